import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {eventsOf, settle, shadow, textOf, textsOf, year} from '../../test/helpers.js';
import type {CareerOutlook} from './career-outlook.js';

const integer = (locale: string, value: number) => new Intl.NumberFormat(locale, {maximumFractionDigits: 0}).format(value);
const percent = (locale: string, value: number) => new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 1}).format(value / 100);
const years = (locale: string, start: number, end: number) => new Intl.NumberFormat(locale, {useGrouping: false}).formatRange(start, end);
/** The employment table's rows: year, people employed. */
const rows = (el: Element) => [...shadow(el).querySelectorAll('tbody tr')].map((row) => [textOf(row.querySelector('th[scope=row]')), textOf(row.querySelector('td'))]);
const pairs = (el: Element) => [...shadow(el).querySelectorAll('dt')].map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]);
const region = (el: Element) => {
  const scroll = shadow(el).querySelector('.table-scroll')!;
  return [scroll.getAttribute('role'), scroll.getAttribute('aria-label')];
};

const RN_COUNTS: [number, number][] = [[2025, 3379720], [2024, 3282010], [2023, 3175390], [2022, 3072700], [2021, 3047530], [2020, 2986500]];

describe('<career-outlook>', () => {
  it('gives the 2024–34 projection, head counts by year in a labelled scrolling region, and both BLS sources, in English', async () => {
    const el = await settle<CareerOutlook>(html`<career-outlook lang="en" career="29-1141.00"></career-outlook>`);
    const root = shadow(el);
    expect(textsOf(root, 'ul > li')).to.deep.equal(['About as fast as the average for all occupations: 4.9% change, 2024–2034 (all occupations: 3.1%)']);
    expect(pairs(el)).to.deep.equal([
      ['Employment, 2024 and 2034', '3,391,000 → 3,557,100 (projected)'],
      ['Openings each year, on average', '189,100'],
    ]);
    expect(region(el)).to.deep.equal(['region', 'Employment of Registered Nurses']);
    expect(textOf(root.querySelector('caption'))).to.equal('Employment of Registered Nurses');
    expect(textsOf(root, 'thead th[scope=col]')).to.deep.equal(['Year', 'People employed']);
    expect(rows(el)).to.deep.equal([
      ['2025', '3,379,720'],
      ['2024', '3,282,010'],
      ['2023', '3,175,390'],
      ['2022', '3,072,700'],
      ['2021', '3,047,530'],
      ['2020', '2,986,500'],
    ]);
    expect(textsOf(root, '.note')).to.deep.equal([]);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      'Sources: U.S. Bureau of Labor Statistics, Employment Projections 2024–34 and U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (2020, 2021, 2022, 2023, 2024, and 2025 figures)',
    );
  });

  it('says when the projection is that of a broader SOC group', async () => {
    const el = await settle<CareerOutlook>(html`<career-outlook lang="en" career="13-1021.00"></career-outlook>`);
    expect(textsOf(shadow(el), 'ul > li')).to.deep.equal(['Faster than the average for all occupations: 5.8% change, 2024–2034 (all occupations: 3.1%)']);
    expect(textsOf(shadow(el), 'p.note')).to.deep.equal([
      'These projections are for the broader group SOC 13-1020, which includes this occupation.',
      // Its head counts are the group's too.
      'These figures are for the broader group SOC 13-1020, which includes this occupation: the BLS publishes no figures for it alone.',
    ]);
  });

  it('reads right to left in Arabic, with the translated title unmarked and every figure as Intl writes it', async () => {
    const el = await settle<CareerOutlook>(html`<career-outlook lang="ar" career="registered-nurse"></career-outlook>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textOf(root.querySelector('h2'))).to.equal('آفاق العمل');
    expect(textsOf(root, 'ul > li')).to.deep.equal([
      `بمعدل مماثل تقريبًا لمتوسط جميع المهن: تغيّر بنسبة ${percent('ar', 4.9)}، ${years('ar', 2024, 2034)} (جميع المهن: ${percent('ar', 3.1)})`,
    ]);
    expect(pairs(el)).to.deep.equal([
      [`عدد العاملين في عامي ${year('ar', 2024)} و${year('ar', 2034)}`, `${integer('ar', 3391000)} ← ${integer('ar', 3557100)} (وفق التوقعات)`],
      ['متوسط عدد الوظائف الشاغرة سنويًا', integer('ar', 189100)],
    ]);
    expect(region(el)).to.deep.equal(['region', 'عدد العاملين: ممرض مسجل']);
    expect(textOf(root.querySelector('caption'))).to.equal('عدد العاملين: ممرض مسجل');
    expect(root.querySelectorAll('caption [lang]').length).to.equal(0);
    expect(textsOf(root, 'thead th')).to.deep.equal(['السنة', 'عدد العاملين']);
    expect(rows(el)).to.deep.equal(RN_COUNTS.map(([y, count]) => [year('ar', y), integer('ar', count)]));
    expect(getComputedStyle(root.querySelector('table')!).direction).to.equal('rtl');
  });

  it('speaks Russian, with Russian number formats', async () => {
    const el = await settle<CareerOutlook>(html`<career-outlook lang="ru" career="15-1232.00"></career-outlook>`);
    const root = shadow(el);
    expect(textsOf(root, 'ul > li')).to.deep.equal([
      `Сокращение занятости: изменение на ${percent('ru', -3.7)}, ${years('ru', 2024, 2034)} (по всем профессиям: ${percent('ru', 3.1)})`,
    ]);
    expect(pairs(el)).to.deep.equal([
      ['Число занятых в 2024 и 2034 годах', `${integer('ru', 729500)} → ${integer('ru', 702500)} (прогноз)`],
      ['Среднее число вакансий в год', integer('ru', 40800)],
    ]);
    expect(textOf(root.querySelector('caption'))).to.equal('Занятость: Специалист по поддержке пользователей компьютеров');
    expect(rows(el)[0]).to.deep.equal(['2025', integer('ru', 717190)]);
  });

  it('shows the projection without a table where BLS reports no head counts (fishing and hunting workers, in Malay)', async () => {
    const el = await settle<CareerOutlook>(html`<career-outlook lang="ms" career="fishing-and-hunting-worker"></career-outlook>`);
    expect(textsOf(shadow(el), 'ul > li')).to.deep.equal([
      `Pekerjaan semakin berkurang: perubahan ${percent('ms', -4.6)}, ${years('ms', 2024, 2034)} (semua pekerjaan: ${percent('ms', 3.1)})`,
    ]);
    expect(pairs(el)[0]).to.deep.equal(['Guna tenaga, 2024 dan 2034', `${integer('ms', 21900)} → ${integer('ms', 20900)} (unjuran)`]);
    expect(textsOf(shadow(el), 'table, [role=region]')).to.deep.equal([]);
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.equal('Sumber: Biro Statistik Buruh AS, Unjuran Guna Tenaga 2024–34');
  });

  it('says the section is not available for a host’s career with neither projections nor head counts', async () => {
    const el = await settle<CareerOutlook>(html`<career-outlook lang="ar" src="/test/fixtures/byo/night-support-agent.{locale}.json"></career-outlook>`);
    expect(textsOf(shadow(el), '[part=heading]')).to.deep.equal(['آفاق العمل']);
    expect(textOf(shadow(el).querySelector('p.status'))).to.equal('هذا القسم غير متوفر لهذه المهنة بعد.');
    expect(textsOf(shadow(el), 'li, dl, table, [part=sources]')).to.deep.equal([]);
  });

  it('shows a Malay alert for two careers in one attribute', async () => {
    const el = await settle<CareerOutlook>(html`<career-outlook lang="ms" career="teller, cashier"></career-outlook>`);
    expect(textsOf(shadow(el), '[role=alert]')).to.deep.equal(['Tiada maklumat kerjaya ditemui untuk “teller, cashier”.']);
    expect(textsOf(shadow(el), '[part=heading], table')).to.deep.equal([]);
    expect(eventsOf(el).map((e) => [e.type, e.detail.career, e.detail.locale, (e.detail as {reason?: string}).reason])).to.deep.equal([
      ['career-widget-error', 'teller, cashier', 'ms', 'unknown-career'],
    ]);
  });

  it('says whose head counts they are where the BLS counts only a broader group, in English and Arabic', async () => {
    const en = await settle<CareerOutlook>(html`<career-outlook lang="en" career="21-1011.00"></career-outlook>`);
    expect(textsOf(shadow(en), 'p.note')).to.deep.equal([
      'These figures are for the broader group SOC 21-1010, which includes this occupation: the BLS publishes no figures for it alone.',
    ]);
    const ar = await settle<CareerOutlook>(html`<career-outlook lang="ar" career="21-1011.00"></career-outlook>`);
    expect(textsOf(shadow(ar), 'p.note')).to.deep.equal([
      'تخص هذه الأرقام المجموعة الأوسع SOC 21-1010 التي تندرج ضمنها هذه المهنة، إذ لا ينشر مكتب BLS أرقامًا لهذه المهنة وحدها.',
    ]);
  });
});
