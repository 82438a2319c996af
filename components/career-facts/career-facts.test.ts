import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, eventsOf, reloadAfter, settle, shadow, textOf, textsOf, usd, year} from '../../test/helpers.js';
import type {CareerFacts} from './career-facts.js';

const compact = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, {notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1}).format(value);

function facts(el: CareerFacts): Record<string, string> {
  return Object.fromEntries(
    [...shadow(el).querySelectorAll('dl > div')].map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]),
  );
}

describe('<career-facts>', () => {
  it('shows title, summary, pay, jobs, where they work and outlook with years and sources, in English', async () => {
    const el = await settle<CareerFacts>(html`<career-facts career=${CSR}></career-facts>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Customer Service Representative');
    expect(textOf(root.querySelector('[part=summary]'))).to.match(/^A customer service representative spends the day/);
    expect(facts(el)).to.deep.equal({
      'Median pay': '$33,750 per year $16.23 per hour (2018)',
      Jobs: '2.8 million (2016)',
      'Where they work':
        'Customer service representatives work in every industry. Employers include retailers, insurance companies, call centers and banks, and the BLS expects call centers to do the most hiring.',
      'Job outlook': 'About as fast as the average for all occupations: 5% growth, 2016–2026',
    });
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      'Sources: U.S. Bureau of Labor Statistics, wage and employment statistics, as cited in the Icelandic edition (2018 figures) and U.S. Bureau of Labor Statistics, wage and employment statistics, as cited in the Malay edition (2016 figures)',
    );
  });

  it('shows Russian text and numbers as Intl formats them', async () => {
    const el = await settle<CareerFacts>(html`<career-facts career=${CSR} lang="ru"></career-facts>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Представитель службы поддержки клиентов');
    const ru = facts(el);
    expect(ru['Медианная оплата']).to.equal(`${usd('ru', 33750)} в год ${usd('ru', 16.23, true)} в час (2018)`);
    expect(ru['Число рабочих мест']).to.equal(`${compact('ru', 2784500)} (2016)`);
    expect(ru['Перспективы занятости']).to.equal(
      `Примерно как в среднем по всем профессиям: рост на ${new Intl.NumberFormat('ru', {style: 'percent'}).format(0.05)}, 2016–2026`,
    );
  });

  it('is right to left in Arabic, with Arabic labels and Intl-formatted figures', async () => {
    const el = await settle<CareerFacts>(html`<career-facts career=${CSR} lang="ar"></career-facts>`);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(shadow(el).querySelector('[part=base]')!).direction).to.equal('rtl');
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('ممثل خدمة العملاء');
    expect(facts(el)['الأجر الوسيط']).to.equal(
      `${usd('ar', 33750)} سنويًا ${usd('ar', 16.23, true)} في الساعة (${year('ar', 2018)})`,
    );
    expect(facts(el)['عدد الوظائف']).to.equal(`${compact('ar', 2784500)} (${year('ar', 2016)})`);
  });

  it('keeps the full tag for Intl: ar-u-nu-latn gives Latin digits, ar-u-nu-arab Arabic-Indic ones', async () => {
    const latn = await settle<CareerFacts>(html`<career-facts career=${CSR} lang="ar-u-nu-latn"></career-facts>`);
    expect(facts(latn)['الأجر الوسيط']).to.contain('33,750');
    const arab = await settle<CareerFacts>(html`<career-facts career=${CSR} lang="ar-u-nu-arab"></career-facts>`);
    expect(facts(arab)['الأجر الوسيط']).to.contain('٣٣٬٧٥٠');
    expect(arab.getAttribute('dir')).to.equal('rtl');
  });

  it('shows the wage edition named by year', async () => {
    const el = await settle<CareerFacts>(html`<career-facts career=${CSR} year="2014"></career-facts>`);
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
