import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, eventsOf, settle, shadow, textOf, textsOf, usd, year} from '../../test/helpers.js';
import type {SalaryTable} from './salary-table.js';

describe('<salary-table>', () => {
  it('shows the latest edition (2018) as a table with caption, column and row headers, in English', async () => {
    const el = await settle<SalaryTable>(html`<salary-table career=${CSR}></salary-table>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Wages: Customer Service Representative');
    expect(textOf(root.querySelector('table caption'))).to.equal('Wages in 2018, in US dollars');
    expect(textsOf(root, 'thead th[scope=col]')).to.deep.equal(['Pay level', 'Per year', 'Per hour']);
    expect(textsOf(root, 'tbody th[scope=row]')).to.deep.equal(['10th percentile', 'Median', '90th percentile']);
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => textsOf(row, 'td'));
    expect(rows).to.deep.equal([
      ['$22,140', '$10.65'],
      ['$33,750', '$16.23'],
      ['$55,310', '$26.59'],
    ]);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      'Source: U.S. Bureau of Labor Statistics, wage and employment statistics, as cited in the Icelandic edition (2018 figures)',
    );
  });

  it('formats figures as Intl does for Arabic, right to left', async () => {
    const el = await settle<SalaryTable>(html`<salary-table career=${CSR} lang="ar"></salary-table>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root.querySelector('table')!).direction).to.equal('rtl');
    expect(textOf(root.querySelector('h2'))).to.equal('الأجور: ممثل خدمة العملاء');
    expect(textsOf(root, 'tbody th[scope=row]')).to.deep.equal(['المئين العاشر', 'الوسيط', 'المئين التسعون']);
    expect(textsOf(root, 'tbody tr:nth-child(2) td')).to.deep.equal([usd('ar', 33750), usd('ar', 16.23, true)]);
    expect(textOf(root.querySelector('caption'))).to.contain(year('ar', 2018));
  });

  it('formats figures as Intl does for Russian', async () => {
    const el = await settle<SalaryTable>(html`<salary-table career=${CSR} lang="ru"></salary-table>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(textsOf(root, 'thead th')).to.deep.equal(['Уровень оплаты', 'В год', 'В час']);
    expect(textsOf(root, 'tbody tr:first-child td')).to.deep.equal([usd('ru', 22140), usd('ru', 10.65, true)]);
    expect(textOf(root.querySelector('caption'))).to.equal('Заработная плата в 2018 году, в долларах США');
  });

  it('shows only what an edition reports: 2016 has the 25th–75th percentiles and no hourly figures', async () => {
    const el = await settle<SalaryTable>(html`<salary-table career=${CSR} year="2016"></salary-table>`);
    const root = shadow(el);
    expect(textsOf(root, 'thead th')).to.deep.equal(['Pay level', 'Per year']);
    expect(textsOf(root, 'tbody th')).to.deep.equal(['25th percentile', 'Median', '75th percentile']);
    expect(textsOf(root, 'tbody td')).to.deep.equal(['$25,520', '$32,300', '$41,430']);
    expect(textOf(root.querySelector('[part=sources]'))).to.contain('(2016 figures)');
  });

  it('shows the 2008 hourly median with its source', async () => {
    const el = await settle<SalaryTable>(html`<salary-table career=${CSR} year="2008"></salary-table>`);
    const root = shadow(el);
    expect(textsOf(root, 'thead th')).to.deep.equal(['Pay level', 'Per hour']);
    expect(textsOf(root, 'tbody td')).to.deep.equal(['$14.36']);
    expect(textOf(root.querySelector('[part=sources]'))).to.contain('U.S. Bureau of Labor Statistics');
  });

  it('says which years exist when the year has no figures, and fires career-widget-error', async () => {
    const el = await settle<SalaryTable>(html`<salary-table career=${CSR} year="1999"></salary-table>`);
    expect(shadow(el).querySelector('table')).to.equal(null);
    expect(textOf(shadow(el).querySelector('[part=error]'))).to.equal(
      'There are no wage figures for 1999. Figures are available for 2018, 2017, 2016, 2014, and 2008.',
    );
    const error = eventsOf(el).find((e) => e.type === 'career-widget-error')!;
    expect(error.detail).to.include({career: CSR, locale: 'en', reason: 'no-data-for-year'});
  });

  it('puts its heading at heading-level', async () => {
    const el = await settle<SalaryTable>(html`<salary-table career=${CSR} heading-level="4"></salary-table>`);
    expect(shadow(el).querySelector('h4')).to.exist;
    expect(shadow(el).querySelector('h2')).to.equal(null);
  });

  it('passes axe in English and Arabic', async () => {
    const en = await settle<SalaryTable>(html`<salary-table career=${CSR} lang="en"></salary-table>`);
    await expect(en).to.be.accessible();
    const ar = await settle<SalaryTable>(html`<salary-table career=${CSR} lang="ar"></salary-table>`);
    await expect(ar).to.be.accessible();
  });
});

describe('<salary-table chart>', () => {
  it('adds a distribution chart and a trend chart whose accessible names state their values', async () => {
    const el = await settle<SalaryTable>(html`<salary-table career=${CSR} chart></salary-table>`);
    const charts = [...shadow(el).querySelectorAll('figure[part=chart]')];
    expect(charts).to.have.length(2);
    const [distribution, trend] = charts.map((figure) => figure.querySelector('svg')!);
    expect(distribution.getAttribute('role')).to.equal('img');
    expect(distribution.getAttribute('aria-label')).to.equal(
      'Wages per year in 2018: 10th percentile $22,140, Median $33,750, and 90th percentile $55,310',
    );
    expect(textsOf(distribution, 'text')).to.deep.equal(['$33,750', '$22,140', '$55,310']);
    expect(distribution.querySelector('.band')).to.exist;
    expect(distribution.querySelector('.box')).to.equal(null);
    expect(trend.getAttribute('aria-label')).to.equal(
      'Median pay per year, by year: 2014: $31,200, 2016: $32,300, 2017: $32,890, and 2018: $33,750',
    );
    expect(textsOf(shadow(el), 'figcaption')).to.deep.equal([
      'Spread of wages per year in 2018',
      'Median pay per year in each edition of the figures',
    ]);
    await expect(el).to.be.accessible();
  });

  it('draws the 25th–75th box for 2016, and mirrors right to left in Arabic', async () => {
    const en = await settle<SalaryTable>(html`<salary-table career=${CSR} year="2016" chart></salary-table>`);
    const box = shadow(en).querySelector('.box')!;
    expect(box).to.exist;
    const ar = await settle<SalaryTable>(html`<salary-table career=${CSR} lang="ar" chart></salary-table>`);
    const svg = shadow(ar).querySelector('svg')!;
    const [median, p10, p90] = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('x')));
    expect(p90).to.be.below(median);
    expect(median).to.be.below(p10);
    expect(svg.getAttribute('aria-label')).to.contain(usd('ar', 33750));
  });
});
