import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, eventsOf, reloadAfter, settle, shadow, textOf, textsOf, usd, year} from '../../test/helpers.js';
import type {CareerFacts} from './career-facts.js';

const compact = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, {notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1}).format(value);
const percent = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 1}).format(value / 100);
const years = (locale: string, start: number, end: number) =>
  new Intl.NumberFormat(locale, {useGrouping: false}).formatRange(start, end);

const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.';
const ONET_ATTRIBUTION_AR =
  'يتضمن هذا المنتج معلومات من قاعدة بيانات O*NET 29.3 الصادرة عن إدارة التوظيف والتدريب في وزارة العمل الأمريكية (USDOL/ETA). وتُستخدم هذه المعلومات بموجب ترخيص CC BY 4.0. O*NET® علامة تجارية مملوكة لـ USDOL/ETA.';
const RN_SUMMARY =
  'Assess patient health problems and needs, develop and implement nursing care plans, and maintain medical records. Administer nursing care to ill, injured, convalescent, or disabled patients. May advise patients on health maintenance and disease prevention or provide case management. Licensing or registration required.';

/** The element inside the shadow root that marks the language of `element`'s text, and that language and direction. */
function languageOf(element: Element) {
  const marked = element.querySelector('[lang]') ?? element;
  return {
    text: textOf(marked),
    lang: marked.closest('[lang]')?.getAttribute('lang'),
    dir: marked.closest('[dir]')?.getAttribute('dir'),
    direction: getComputedStyle(marked).direction,
  };
}

function facts(el: CareerFacts): Record<string, string> {
  return Object.fromEntries(
    [...shadow(el).querySelectorAll('dl > div')].map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]),
  );
}

describe('<career-facts>', () => {
  it('shows title, summary, pay, jobs, where they work and outlook with years and sources, in English', async () => {
    const el = await settle<CareerFacts>(html`<career-facts lang="en" career=${CSR}></career-facts>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Customer Service Representative');
    expect(textOf(root.querySelector('[part=summary]'))).to.match(/^A customer service representative spends the day/);
    expect(facts(el)).to.deep.equal({
      'Median pay': '$44,770 per year $21.53 per hour (2025)',
      Jobs: '2.6 million (2025)',
      'Where they work':
        'Customer service representatives work in every industry. Employers include retailers, insurance companies, call centers and banks, and the BLS expects call centers to do the most hiring.',
      'Job outlook': 'Declining employment: -5.5% change, 2024–2034 (all occupations: 3.1%)',
    });
    expect(textOf(root.querySelector('[part~=sources]'))).to.equal(
      'Sources: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (2025 figures), U.S. Bureau of Labor Statistics, Employment Projections 2024–34, and U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (visited August 20, 2018)',
    );
  });

  it('shows the 2018 seed wages with their source when year="2018"; jobs and outlook stay the latest', async () => {
    const el = await settle<CareerFacts>(html`<career-facts lang="en" career=${CSR} year="2018"></career-facts>`);
    expect(facts(el)).to.deep.equal({
      'Median pay': '$33,750 per year $16.23 per hour (2018)',
      Jobs: '2.6 million (2025)',
      'Where they work':
        'Customer service representatives work in every industry. Employers include retailers, insurance companies, call centers and banks, and the BLS expects call centers to do the most hiring.',
      'Job outlook': 'Declining employment: -5.5% change, 2024–2034 (all occupations: 3.1%)',
    });
    expect(textOf(shadow(el).querySelector('[part~=sources]'))).to.contain(
      'U.S. Bureau of Labor Statistics, wage and employment statistics, as cited in the Icelandic edition (2018 figures)',
    );
  });

  it('shows Russian text and numbers as Intl formats them', async () => {
    const el = await settle<CareerFacts>(html`<career-facts career=${CSR} lang="ru"></career-facts>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Представитель службы поддержки клиентов');
    const ru = facts(el);
    expect(ru['Медианная оплата']).to.equal(`${usd('ru', 44770)} в год ${usd('ru', 21.53, true)} в час (2025)`);
    expect(ru['Число рабочих мест']).to.equal(`${compact('ru', 2595750)} (2025)`);
    expect(ru['Перспективы занятости']).to.equal(
      `Сокращение занятости: изменение на ${percent('ru', -5.5)}, ${years('ru', 2024, 2034)} (по всем профессиям: ${percent('ru', 3.1)})`,
    );
  });

  it('shows the 2018 seed wages in Russian when year="2018"', async () => {
    const el = await settle<CareerFacts>(html`<career-facts career=${CSR} lang="ru" year="2018"></career-facts>`);
    expect(facts(el)['Медианная оплата']).to.equal(`${usd('ru', 33750)} в год ${usd('ru', 16.23, true)} в час (2018)`);
  });

  it('is right to left in Arabic, with Arabic labels and Intl-formatted figures', async () => {
    const el = await settle<CareerFacts>(html`<career-facts career=${CSR} lang="ar"></career-facts>`);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(shadow(el).querySelector('[part=base]')!).direction).to.equal('rtl');
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('ممثل خدمة العملاء');
    expect(facts(el)['الأجر الوسيط']).to.equal(
      `${usd('ar', 44770)} سنويًا ${usd('ar', 21.53, true)} في الساعة (${year('ar', 2025)})`,
    );
    expect(facts(el)['عدد الوظائف']).to.equal(`${compact('ar', 2595750)} (${year('ar', 2025)})`);
    expect(facts(el)['آفاق العمل']).to.equal(
      `تراجع في التوظيف: تغيّر بنسبة ${percent('ar', -5.5)}، ${years('ar', 2024, 2034)} (جميع المهن: ${percent('ar', 3.1)})`,
    );
  });

  it('shows the 2018 seed wages in Arabic when year="2018"', async () => {
    const el = await settle<CareerFacts>(html`<career-facts career=${CSR} lang="ar" year="2018"></career-facts>`);
    expect(facts(el)['الأجر الوسيط']).to.equal(
      `${usd('ar', 33750)} سنويًا ${usd('ar', 16.23, true)} في الساعة (${year('ar', 2018)})`,
    );
  });

  it('keeps the full tag for Intl: ar-u-nu-latn gives Latin digits, ar-u-nu-arab Arabic-Indic ones', async () => {
    const latn = await settle<CareerFacts>(html`<career-facts career=${CSR} lang="ar-u-nu-latn"></career-facts>`);
    expect(facts(latn)['الأجر الوسيط']).to.contain('44,770');
    expect(facts(latn)['الأجر الوسيط']).to.contain('(2025)');
    const arab = await settle<CareerFacts>(html`<career-facts career=${CSR} lang="ar-u-nu-arab"></career-facts>`);
    expect(facts(arab)['الأجر الوسيط']).to.contain('٤٤٬٧٧٠');
    expect(facts(arab)['الأجر الوسيط']).to.contain('(٢٠٢٥)');
    expect(arab.getAttribute('dir')).to.equal('rtl');
  });

  it('shows the wage edition named by year', async () => {
    const el = await settle<CareerFacts>(html`<career-facts lang="en" career=${CSR} year="2014"></career-facts>`);
    expect(facts(el)['Median pay']).to.equal('$31,200 per year $15.00 per hour (2014)');
  });

  it('negotiates regional and alias tags: ar-EG → ar, fil-PH → fil, tl → fil, ms-MY → ms', async () => {
    const page = await settle<HTMLElement>(html`<div>
      <career-facts career=${CSR} lang="ar-EG"></career-facts>
      <career-facts career=${CSR} lang="fil-PH"></career-facts>
      <career-facts career=${CSR} lang="tl"></career-facts>
      <career-facts career=${CSR} lang="ms-MY"></career-facts>
    </div>`);
    const titles = [...page.querySelectorAll('career-facts')].map((el) => textOf(shadow(el).querySelector('h2')));
    expect(titles).to.deep.equal([
      'ممثل خدمة العملاء',
      'Kinatawan ng Serbisyo sa Customer',
      'Kinatawan ng Serbisyo sa Customer',
      'Wakil Khidmat Pelanggan',
    ]);
  });

  it('shows English, says so, and reports it for an unsupported language', async () => {
    const el = await settle<CareerFacts>(html`<career-facts career=${CSR} lang="de"></career-facts>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Customer Service Representative');
    expect(textOf(shadow(el).querySelector('[part=notice]'))).to.equal(
      'This content is shown in English because the requested language is not available.',
    );
    expect(shadow(el).querySelector('[part=base]')!.getAttribute('lang')).to.equal('en');
    const error = eventsOf(el).find((e) => e.type === 'career-widget-error')!;
    expect(error.detail).to.include({locale: 'en', requestedLocale: 'de', reason: 'unsupported-locale'});
    expect(eventsOf(el).some((e) => e.type === 'career-widget-load')).to.equal(true);
  });

  it('shows an error and fires career-widget-error for an unknown career', async () => {
    const el = await settle<CareerFacts>(html`<career-facts career="astronaut" lang="ar"></career-facts>`);
    expect(textOf(shadow(el).querySelector('[part=error]'))).to.equal('لم يُعثر على معلومات عن المهنة «astronaut».');
    expect(shadow(el).querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');
    const [error] = eventsOf(el);
    expect(error.type).to.equal('career-widget-error');
    expect(error.bubbles && error.composed).to.equal(true);
    expect(error.detail).to.include({career: 'astronaut', locale: 'ar', reason: 'unknown-career'});
  });

  it('re-renders when lang changes on itself, on an ancestor, and on <html>', async () => {
    const page = await settle<HTMLElement>(html`<div lang="en"><career-facts career=${CSR}></career-facts></div>`);
    const el = page.querySelector('career-facts')!;
    const title = () => textOf(shadow(el).querySelector('h2'));
    expect(title()).to.equal('Customer Service Representative');

    await reloadAfter(el, () => page.setAttribute('lang', 'is'));
    expect(title()).to.equal('Þjónustufulltrúi');

    await reloadAfter(el, () => el.setAttribute('lang', 'ar'));
    expect(title()).to.equal('ممثل خدمة العملاء');
    expect(el.getAttribute('dir')).to.equal('rtl');

    el.removeAttribute('lang');
    page.removeAttribute('lang');
    const htmlLang = document.documentElement.lang;
    try {
      await reloadAfter(el, () => (document.documentElement.lang = 'ms'));
      expect(title()).to.equal('Wakil Khidmat Pelanggan');
      expect(el.getAttribute('dir')).to.equal('ltr');
    } finally {
      document.documentElement.lang = htmlLang;
    }
  });

  it('renders English and Arabic side by side, labels included', async () => {
    const page = await settle<HTMLElement>(html`<div>
      <career-facts career=${CSR} lang="en"></career-facts>
      <career-facts career=${CSR} lang="ar"></career-facts>
    </div>`);
    const [en, ar] = page.querySelectorAll('career-facts');
    expect(textsOf(shadow(en), 'dt')).to.deep.equal(['Median pay', 'Jobs', 'Where they work', 'Job outlook']);
    expect(textsOf(shadow(ar), 'dt')).to.deep.equal(['الأجر الوسيط', 'عدد الوظائف', 'أماكن العمل', 'آفاق العمل']);
    expect([en.getAttribute('dir'), ar.getAttribute('dir')]).to.deep.equal(['ltr', 'rtl']);
  });

  it('shows a loading state before its data arrives', async () => {
    const el = await fixture<CareerFacts>(html`<career-facts career="order-clerk" lang="is"></career-facts>`);
    const status = shadow(el).querySelector('[part=status]');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(textOf(status)).to.equal('Hleð upplýsingum um starfið…');
  });

  it('passes axe in English, Arabic and Russian', async () => {
    for (const lang of ['en', 'ar', 'ru']) {
      const el = await settle<CareerFacts>(html`<career-facts career=${CSR} lang=${lang}></career-facts>`);
      await expect(el).to.be.accessible();
    }
  });
});

describe('<career-facts> for an imported O*NET occupation', () => {
  it('shows Registered Nurses (29-1141.00): median of 2025, the 2024–2034 outlook beside all occupations, and O*NET’s attribution', async () => {
    const el = await settle<CareerFacts>(html`<career-facts lang="en" career="29-1141.00"></career-facts>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Registered Nurses');
    expect(textOf(root.querySelector('[part=summary]'))).to.equal(RN_SUMMARY);
    expect(facts(el)).to.deep.equal({
      'Median pay': '$97,550 per year $46.90 per hour (2025)',
      Jobs: '3.4 million (2025)',
      'Job outlook': 'About as fast as the average for all occupations: 4.9% change, 2024–2034 (all occupations: 3.1%)',
    });
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      'Sources: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (2025 figures), U.S. Bureau of Labor Statistics, Employment Projections 2024–34, and O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration',
    );
    expect(textOf(root.querySelector('[part~=attribution]'))).to.equal(ONET_ATTRIBUTION);
    expect(eventsOf(el).map((e) => e.type)).to.deep.equal(['career-widget-load']);
    await expect(el).to.be.accessible();
  });

  it('in Arabic: the Arabic title, the English summary marked lang="en" dir="ltr" with a note saying so, Arabic labels and numbers', async () => {
    const el = await settle<CareerFacts>(html`<career-facts career="29-1141.00" lang="ar"></career-facts>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root.querySelector('[part=base]')!).direction).to.equal('rtl');
    expect(languageOf(root.querySelector('h2')!)).to.deep.equal({text: 'ممرض مسجل', lang: 'ar', dir: undefined, direction: 'rtl'});
    expect(textsOf(root, '[part=notice]')).to.deep.equal(['أجزاء من هذه الصفحة باللغة الإنجليزية.']);
    expect(languageOf(root.querySelector('[part=summary]')!)).to.deep.equal({text: RN_SUMMARY, lang: 'en', dir: 'ltr', direction: 'ltr'});
    expect(textsOf(root, 'dt')).to.deep.equal(['الأجر الوسيط', 'عدد الوظائف', 'آفاق العمل']);
    expect(facts(el)).to.deep.equal({
      'الأجر الوسيط': `${usd('ar', 97550)} سنويًا ${usd('ar', 46.9, true)} في الساعة (${year('ar', 2025)})`,
      'عدد الوظائف': `${compact('ar', 3379720)} (${year('ar', 2025)})`,
      'آفاق العمل': `بمعدل مماثل تقريبًا لمتوسط جميع المهن: تغيّر بنسبة ${percent('ar', 4.9)}، ${years('ar', 2024, 2034)} (جميع المهن: ${percent('ar', 3.1)})`,
    });
    // The figures are the widget's own, in Arabic: not inside the English-marked text.
    expect(root.querySelector('dl')!.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
    expect(textOf(root.querySelector('[part~=attribution]'))).to.equal(ONET_ATTRIBUTION_AR);
    await expect(el).to.be.accessible();
  });

  it('in Russian: the Russian title, the English summary marked, Russian labels and numbers', async () => {
    const el = await settle<CareerFacts>(html`<career-facts career="29-1141.00" lang="ru"></career-facts>`);
    const root = shadow(el);
    expect(languageOf(root.querySelector('h2')!)).to.deep.equal({text: 'Дипломированная медицинская сестра', lang: 'ru', dir: undefined, direction: 'ltr'});
    expect(languageOf(root.querySelector('[part=summary]')!)).to.deep.equal({text: RN_SUMMARY, lang: 'en', dir: 'ltr', direction: 'ltr'});
    expect(textsOf(root, '[part=notice]')).to.deep.equal(['Часть этой страницы — на английском языке.']);
    expect(facts(el)).to.deep.equal({
      'Медианная оплата': `${usd('ru', 97550)} в год ${usd('ru', 46.9, true)} в час (2025)`,
      'Число рабочих мест': `${compact('ru', 3379720)} (2025)`,
      'Перспективы занятости': `Примерно как в среднем по всем профессиям: изменение на ${percent('ru', 4.9)}, ${years('ru', 2024, 2034)} (по всем профессиям: ${percent('ru', 3.1)})`,
    });
  });

  it('shows the same facts for the readable id, the O*NET-SOC code and the SOC code', async () => {
    for (const lang of ['en', 'ar']) {
      const page = await settle<HTMLElement>(html`<div lang=${lang}>
        <career-facts career="registered-nurse"></career-facts>
        <career-facts career="29-1141.00"></career-facts>
        <career-facts career="29-1141"></career-facts>
      </div>`);
      const widgets = [...page.querySelectorAll('career-facts')];
      const seen = widgets.map((el) => ({
        title: textOf(shadow(el).querySelector('h2')),
        summary: textOf(shadow(el).querySelector('[part=summary]')),
        facts: facts(el),
        sources: textOf(shadow(el).querySelector('[part=sources]')),
      }));
      expect(seen[0].title).to.equal(lang === 'en' ? 'Registered Nurses' : 'ممرض مسجل');
      expect(seen[0].summary).to.equal(RN_SUMMARY);
      expect(seen[0].facts[lang === 'en' ? 'Median pay' : 'الأجر الوسيط']).to.equal(
        lang === 'en'
          ? '$97,550 per year $46.90 per hour (2025)'
          : `${usd('ar', 97550)} سنويًا ${usd('ar', 46.9, true)} في الساعة (${year('ar', 2025)})`,
      );
      expect(seen[1]).to.deep.equal(seen[0]);
      expect(seen[2]).to.deep.equal(seen[0]);
      // In Arabic, O*NET's summary is English: a notice (also an error event, as every notice), then the load.
      const fired = lang === 'en' ? ['career-widget-load'] : ['partly-in-english', 'career-widget-load'];
      for (const el of widgets) expect(eventsOf(el).map((e) => (e.detail as {reason?: string}).reason ?? e.type)).to.deep.equal(fired);
    }
  });
});
