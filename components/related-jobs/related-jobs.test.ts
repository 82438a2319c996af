import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, settle, shadow, textOf, textsOf, usd, year} from '../../test/helpers.js';
import type {RelatedJobs} from './related-jobs.js';

const rows = (el: RelatedJobs) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((row) => [
    textOf(row.querySelector('th')),
    ...textsOf(row, 'td'),
  ]);

/** The row headers' titles and whether each is marked as English text, left to right. */
const titleLanguages = (el: RelatedJobs) =>
  [...shadow(el).querySelectorAll('tbody th[scope=row]')].map((th) => {
    const marked = th.querySelector('[lang]');
    return [textOf(th), marked ? `${marked.getAttribute('lang')} ${marked.getAttribute('dir')}` : 'unmarked'];
  });

/** CSR's related occupations in O*NET 29.3 (Primary-Short), in dist/data/customer-service-representative/related.json's order. */
const CSR_RELATED = [
  'Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel',
  'Telemarketers',
  'Insurance Claims and Policy Processing Clerks',
  'New Accounts Clerks',
  'Credit Authorizers, Checkers, and Clerks',
];

/** The same in Arabic and Russian (data/l10n/<locale>/titles.json). */
const CSR_RELATED_AR = [
  'ممثل مبيعات الخدمات باستثناء الإعلان والتأمين والخدمات المالية والسفر',
  'مسوّق عبر الهاتف',
  'كاتب معالجة مطالبات ووثائق التأمين',
  'كاتب الحسابات الجديدة',
  'مسؤول اعتماد الائتمان ومدقق ائتمان وكاتب ائتمان',
];
const CSR_RELATED_RU = [
  'Торговый представитель по услугам (кроме рекламы, страхования, финансовых услуг и туризма)',
  'Оператор телемаркетинга',
  'Сотрудник по обработке страховых претензий и полисов',
  'Сотрудник по открытию новых счетов',
  'Сотрудник по авторизации кредитов, проверке кредитоспособности и оформлению кредитов',
];

const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. The O*NET content shown here was selected and shortened by career-widgets.';

describe('<related-jobs>', () => {
  it("is a table of O*NET's related occupations with what they do, the latest median pay with its year and education", async () => {
    const el = await settle<RelatedJobs>(html`<related-jobs lang="en" career=${CSR}></related-jobs>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Related occupations');
    expect(textOf(root.querySelector('caption'))).to.equal('Occupations related to Customer Service Representative');
    expect(root.querySelector('[role=region]')!.getAttribute('aria-label')).to.equal('Occupations related to Customer Service Representative');
    expect(textsOf(root, 'thead th[scope=col]')).to.deep.equal([
      'Occupation',
      'What they do',
      'Median pay per year',
      'Typical education for entry',
    ]);
    expect(root.querySelectorAll('tbody th[scope=row]')).to.have.length(5);
    expect(rows(el)).to.deep.equal([
      [CSR_RELATED[0], 'Sell services to individuals or businesses.', '$69,990 (2025)', 'High school diploma or equivalent'],
      [CSR_RELATED[1], 'Solicit donations or orders for goods or services over the telephone.', '$35,450 (2025)', 'No formal education'],
      [CSR_RELATED[2], 'Process new insurance policies, modifications to existing policies, and claims forms.', '$49,230 (2025)', 'High school diploma or equivalent'],
      [CSR_RELATED[3], 'Interview persons desiring to open accounts in financial institutions.', '$47,670 (2025)', 'High school diploma or equivalent'],
      [CSR_RELATED[4], "Authorize credit charges against customers' accounts.", '$50,080 (2025)', 'High school diploma or equivalent'],
    ]);
    // English text in an English widget needs no marking.
    expect(root.querySelector('tbody [lang]')).to.equal(null);
    expect(root.querySelector('a')).to.equal(null);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      'Sources: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (2025 figures) and O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration',
    );
    expect(textsOf(root, '[part~=attribution]')).to.deep.equal([ONET_ATTRIBUTION]);
  });

  it('leaves out the attribution with no-attribution, keeping the source line', async () => {
    const el = await settle<RelatedJobs>(html`<related-jobs lang="en" career=${CSR} no-attribution></related-jobs>`);
    expect(shadow(el).querySelector('[part~=attribution]')).to.equal(null);
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.contain('O*NET 29.3 Database');
  });

  it('shows the 2014 seed figures where a related occupation has them, and “Not reported” where it has none', async () => {
    // Cashiers' related occupations: Teller, Customer Service Representative and Retail Salesperson are curated
    // and carry 2014 medians (OOH 2014–15); the other two are O*NET's alone, with OEWS figures from 2020 on.
    const el = await settle<RelatedJobs>(html`<related-jobs lang="en" career="cashier" year="2014"></related-jobs>`);
    expect(shadow(el).querySelector('[part=error]')).to.equal(null);
    expect(rows(el).map((row) => [row[0], row[2]])).to.deep.equal([
      ['Counter and Rental Clerks', 'Not reported'],
      ['Teller', '$25,760 (2014)'],
      ['First-Line Supervisors of Retail Sales Workers', 'Not reported'],
      ['Customer Service Representative', '$31,200 (2014)'],
      ['Retail Salesperson', '$21,390 (2014)'],
    ]);
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.equal(
      'Sources: U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, 2014–15 Edition (2014 figures, visited October 25, 2015) and O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration',
    );

    const ru = await settle<RelatedJobs>(html`<related-jobs career="cashier" year="2014" lang="ru"></related-jobs>`);
    expect(rows(ru).map((row) => row[2])).to.deep.equal([
      'Нет данных',
      `${usd('ru', 25760)} (2014)`,
      'Нет данных',
      `${usd('ru', 31200)} (2014)`,
      `${usd('ru', 21390)} (2014)`,
    ]);
    expect(textOf(shadow(ru).querySelector('[part=sources]'))).to.contain('данные за 2014 год, просмотрено 25 октября 2015 г.');
  });

  it('links titles through href-template', async () => {
    const el = await settle<RelatedJobs>(html`<related-jobs lang="en" career=${CSR} href-template="/careers/{id}"></related-jobs>`);
    const links = [...shadow(el).querySelectorAll('tbody th a')].map((a) => [textOf(a), a.getAttribute('href')]);
    expect(links).to.have.length(5);
    expect(links[0]).to.deep.equal([
      CSR_RELATED[0],
      '/careers/sales-representative-of-service-except-advertising-insurance-financial-services-and-travel',
    ]);
    expect(links[1]).to.deep.equal(['Telemarketers', '/careers/telemarketer']);
  });

  it('makes no link of a template that is not a web address: titles stay text', async () => {
    const el = await settle<RelatedJobs>(html`<related-jobs lang="en" career=${CSR} href-template="javascript:alert('{id}')"></related-jobs>`);
    expect(shadow(el).querySelectorAll('tbody th a')).to.have.length(0);
    expect(textOf(shadow(el).querySelectorAll('tbody th')[1])).to.equal('Telemarketers');
  });

  it('speaks Arabic, right to left: Arabic titles, O*NET’s English descriptions marked as English, left to right, and a note', async () => {
    const ar = await settle<RelatedJobs>(html`<related-jobs career=${CSR} lang="ar"></related-jobs>`);
    const root = shadow(ar);
    expect(ar.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root.querySelector('table')!).direction).to.equal('rtl');
    expect(textOf(root.querySelector('h2'))).to.equal('المهن ذات الصلة');
    expect(textOf(root.querySelector('caption'))).to.equal('مهن ذات صلة بمهنة ممثل خدمة العملاء');
    expect(textsOf(root, 'thead th[scope=col]')).to.deep.equal(['المهنة', 'طبيعة العمل', 'الأجر السنوي الوسيط', 'المؤهل التعليمي المعتاد لدخول المهنة']);
    // None of CSR's related occupations is curated: every title is translated, every description O*NET's English.
    expect(titleLanguages(ar)).to.deep.equal(CSR_RELATED_AR.map((title) => [title, 'unmarked']));
    const summary = root.querySelector('tbody tr:nth-child(3) td span')!;
    expect([summary.getAttribute('lang'), summary.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(getComputedStyle(summary).direction).to.equal('ltr');
    expect(textsOf(root, '[part=notice]')).to.deep.equal(['أجزاء من هذه الصفحة باللغة الإنجليزية.']);
    expect(rows(ar)[2]).to.deep.equal([
      CSR_RELATED_AR[2],
      'Process new insurance policies, modifications to existing policies, and claims forms.',
      `${usd('ar', 49230)} (${year('ar', 2025)})`,
      'شهادة الثانوية العامة أو ما يعادلها',
    ]);
    expect(rows(ar)[1][3]).to.equal('لا يشترط تعليم رسمي');
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      `المصادر: مكتب إحصاءات العمل الأمريكي، إحصاءات التوظيف والأجور حسب المهنة (أرقام عام ${year('ar', 2025)}) وقاعدة بيانات O*NET 29.3، وزارة العمل الأمريكية، إدارة التوظيف والتدريب`,
    );
    expect(root.querySelectorAll('[part~=attribution]')).to.have.length(1);
  });

  it('speaks Russian, with Russian figures', async () => {
    const ru = await settle<RelatedJobs>(html`<related-jobs career=${CSR} lang="ru"></related-jobs>`);
    expect(textOf(shadow(ru).querySelector('h2'))).to.equal('Родственные профессии');
    expect(textOf(shadow(ru).querySelector('caption'))).to.equal(
      'Профессии, родственные профессии «Представитель службы поддержки клиентов»',
    );
    expect(rows(ru)[0]).to.deep.equal([
      CSR_RELATED_RU[0],
      'Sell services to individuals or businesses.',
      `${usd('ru', 69990)} (2025)`,
      'Среднее образование или эквивалент',
    ]);
    expect(rows(ru)[1][3]).to.equal('Без формального образования');
    expect(titleLanguages(ru)).to.deep.equal(CSR_RELATED_RU.map((title) => [title, 'unmarked']));
  });

  it('shows a curated related occupation under its edition’s title, an imported one under its translated title', async () => {
    const ar = await settle<RelatedJobs>(html`<related-jobs career="cashier" lang="ar"></related-jobs>`);
    expect(titleLanguages(ar)).to.deep.equal([
      ['كاتب خدمة المنضدة والتأجير', 'unmarked'],
      ['صرّاف بنك', 'unmarked'],
      ['مشرف مباشر على عمال مبيعات التجزئة', 'unmarked'],
      ['ممثل خدمة العملاء', 'unmarked'],
      ['بائع تجزئة', 'unmarked'],
    ]);
    expect(rows(ar)[1][2]).to.equal(`${usd('ar', 43030)} (${year('ar', 2025)})`);
    // Cashiers itself is imported: its title is translated too, so the caption is one language.
    const caption = shadow(ar).querySelector('caption')!;
    expect(textOf(caption)).to.equal('مهن ذات صلة بمهنة أمين صندوق');
    expect(caption.querySelectorAll('[lang]')).to.have.length(0);

    const ru = await settle<RelatedJobs>(html`<related-jobs career="cashier" lang="ru"></related-jobs>`);
    expect(titleLanguages(ru)).to.deep.equal([
      ['Сотрудник стойки обслуживания и пункта проката', 'unmarked'],
      ['Банковский кассир', 'unmarked'],
      ['Непосредственный руководитель работников розничной торговли', 'unmarked'],
      ['Представитель службы поддержки клиентов', 'unmarked'],
      ['Продавец розничной торговли', 'unmarked'],
    ]);
    expect(rows(ru)[3].slice(2)).to.deep.equal([`${usd('ru', 44770)} (2025)`, 'Среднее образование или эквивалент']);
  });

  it('passes axe in English and Arabic, links included', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await settle<RelatedJobs>(
        html`<related-jobs career=${CSR} lang=${lang} href-template="/careers/{id}"></related-jobs>`,
      );
      await expect(el).to.be.accessible();
    }
  });
});
