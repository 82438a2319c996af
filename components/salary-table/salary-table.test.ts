import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, eventsOf, settle, shadow, textOf, textsOf, usd, year} from '../../test/helpers.js';
import type {SalaryTable} from './salary-table.js';

/** The table's cells, row by row. */
const cells = (root: ParentNode) => [...root.querySelectorAll('tbody tr')].map((row) => textsOf(row, 'td'));

const EN_ROWS = ['10th percentile', '25th percentile', 'Median', '75th percentile', '90th percentile', 'Mean'];
const AR_ROWS = ['المئين العاشر', 'المئين الخامس والعشرون', 'الوسيط', 'المئين الخامس والسبعون', 'المئين التسعون', 'المتوسط الحسابي'];

/** The note under the registered nurses' wages (salary-table.component.ts, renderScope). */
const RN_SCOPE_NOTE =
  'These figures are for SOC 29-1141 as a whole: the BLS publishes one set of wages for it, and O*NET divides it into 5 occupations, this one included.';

describe('<salary-table>', () => {
  it('shows the latest edition (May 2025 OEWS) by default, with every percentile and the mean, in English', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career=${CSR}></salary-table>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Wages: Customer Service Representative');
    expect(textOf(root.querySelector('table caption'))).to.equal('Wages in 2025, in US dollars');
    expect(root.querySelector('[role=region]')!.getAttribute('aria-label')).to.equal('Wages in 2025');
    expect(textsOf(root, 'thead th[scope=col]')).to.deep.equal(['Pay level', 'Per year', 'Per hour']);
    expect(textsOf(root, 'tbody th[scope=row]')).to.deep.equal(EN_ROWS);
    expect(cells(root)).to.deep.equal([
      ['$31,750', '$15.27'],
      ['$36,870', '$17.72'],
      ['$44,770', '$21.53'],
      ['$51,780', '$24.89'],
      ['$63,590', '$30.57'],
      ['$46,590', '$22.40'],
    ]);
    // One O*NET occupation per SOC code: no note about whose wages these are.
    expect(root.querySelector('.note')).to.equal(null);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      'Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (2025 figures)',
    );
  });

  it('still shows the seed edition of 2018 when year="2018", with its own source', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career=${CSR} year="2018"></salary-table>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Wages: Customer Service Representative');
    expect(textOf(root.querySelector('table caption'))).to.equal('Wages in 2018, in US dollars');
    expect(textsOf(root, 'thead th[scope=col]')).to.deep.equal(['Pay level', 'Per year', 'Per hour']);
    expect(textsOf(root, 'tbody th[scope=row]')).to.deep.equal(['10th percentile', 'Median', '90th percentile']);
    expect(cells(root)).to.deep.equal([
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
    expect(textsOf(root, 'thead th[scope=col]')).to.deep.equal(['مستوى الأجر', 'سنويًا', 'في الساعة']);
    expect(textsOf(root, 'tbody th[scope=row]')).to.deep.equal(AR_ROWS);
    expect(textsOf(root, 'tbody tr.median td')).to.deep.equal([usd('ar', 44770), usd('ar', 21.53, true)]);
    expect(textsOf(root, 'tbody tr.mean td')).to.deep.equal([usd('ar', 46590), usd('ar', 22.4, true)]);
    expect(textOf(root.querySelector('caption'))).to.equal(`الأجور في عام ${year('ar', 2025)}، بالدولار الأمريكي`);
  });

  it('formats the 2018 seed edition as Intl does for Arabic', async () => {
    const el = await settle<SalaryTable>(html`<salary-table career=${CSR} lang="ar" year="2018"></salary-table>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textsOf(root, 'tbody th[scope=row]')).to.deep.equal(['المئين العاشر', 'الوسيط', 'المئين التسعون']);
    expect(textsOf(root, 'tbody tr:nth-child(2) td')).to.deep.equal([usd('ar', 33750), usd('ar', 16.23, true)]);
    expect(textOf(root.querySelector('caption'))).to.contain(year('ar', 2018));
  });

  it('formats figures as Intl does for Russian', async () => {
    const el = await settle<SalaryTable>(html`<salary-table career=${CSR} lang="ru"></salary-table>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(textsOf(root, 'thead th')).to.deep.equal(['Уровень оплаты', 'В год', 'В час']);
    expect(textsOf(root, 'tbody tr:first-child td')).to.deep.equal([usd('ru', 31750), usd('ru', 15.27, true)]);
    expect(textsOf(root, 'tbody tr.median td')).to.deep.equal([usd('ru', 44770), usd('ru', 21.53, true)]);
    expect(textOf(root.querySelector('caption'))).to.equal('Заработная плата в 2025 году, в долларах США');
  });

  it('formats the 2018 seed edition as Intl does for Russian', async () => {
    const el = await settle<SalaryTable>(html`<salary-table career=${CSR} lang="ru" year="2018"></salary-table>`);
    const root = shadow(el);
    expect(textsOf(root, 'thead th')).to.deep.equal(['Уровень оплаты', 'В год', 'В час']);
    expect(textsOf(root, 'tbody tr:first-child td')).to.deep.equal([usd('ru', 22140), usd('ru', 10.65, true)]);
    expect(textOf(root.querySelector('caption'))).to.equal('Заработная плата в 2018 году, в долларах США');
  });

  it('shows only what an edition reports: 2016 has the 25th–75th percentiles and no hourly figures', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career=${CSR} year="2016"></salary-table>`);
    const root = shadow(el);
    expect(textsOf(root, 'thead th')).to.deep.equal(['Pay level', 'Per year']);
    expect(textsOf(root, 'tbody th')).to.deep.equal(['25th percentile', 'Median', '75th percentile']);
    expect(textsOf(root, 'tbody td')).to.deep.equal(['$25,520', '$32,300', '$41,430']);
    expect(textOf(root.querySelector('[part=sources]'))).to.contain('(2016 figures)');
  });

  it('shows the 2008 hourly median with its source', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career=${CSR} year="2008"></salary-table>`);
    const root = shadow(el);
    expect(textsOf(root, 'thead th')).to.deep.equal(['Pay level', 'Per hour']);
    expect(textsOf(root, 'tbody td')).to.deep.equal(['$14.36']);
    expect(textOf(root.querySelector('[part=sources]'))).to.contain('U.S. Bureau of Labor Statistics');
  });

  it('says which years exist when the year has no figures, and fires career-widget-error', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career=${CSR} year="1999"></salary-table>`);
    expect(shadow(el).querySelector('table')).to.equal(null);
    expect(textOf(shadow(el).querySelector('[part=error]'))).to.equal(
      'There are no wage figures for 1999. Figures are available for 2025, 2024, 2023, 2022, 2021, 2020, 2018, 2017, 2016, 2014, and 2008.',
    );
    const error = eventsOf(el).find((e) => e.type === 'career-widget-error')!;
    expect(error.detail).to.include({career: CSR, locale: 'en', reason: 'no-data-for-year'});
  });

  it('puts its heading at heading-level', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career=${CSR} heading-level="4"></salary-table>`);
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

describe('<salary-table> with top-coded wages', () => {
  it('shows the 75th and 90th percentiles of 2024 as “at least” the cap, never as a plain figure, in English', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career="chief-executive" year="2024"></salary-table>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Wages: Chief Executives');
    expect(textOf(root.querySelector('caption'))).to.equal('Wages in 2024, in US dollars');
    expect(textsOf(root, 'tbody th[scope=row]')).to.deep.equal(EN_ROWS);
    expect(cells(root)).to.deep.equal([
      ['$73,710', '$35.44'],
      ['$126,080', '$60.61'],
      ['$206,420', '$99.24'],
      ['at least $239,200', 'at least $115.00'],
      ['at least $239,200', 'at least $115.00'],
      ['$262,930', '$126.41'],
    ]);
    expect(textsOf(root, 'td')).not.to.include('$239,200');
    expect(textsOf(root, 'td')).not.to.include('$115.00');
  });

  it('says “at least” in Russian and Arabic, with the figure as Intl formats it', async () => {
    const ru = await settle<SalaryTable>(html`<salary-table career="chief-executive" year="2024" lang="ru"></salary-table>`);
    expect(textsOf(shadow(ru), 'tbody tr.p75 td')).to.deep.equal([`не менее ${usd('ru', 239200)}`, `не менее ${usd('ru', 115, true)}`]);
    expect(textsOf(shadow(ru), 'tbody tr.p90 td')).to.deep.equal([`не менее ${usd('ru', 239200)}`, `не менее ${usd('ru', 115, true)}`]);
    expect(textsOf(shadow(ru), 'td')).not.to.include(usd('ru', 239200));
    expect(textsOf(shadow(ru), 'tbody tr.median td')).to.deep.equal([usd('ru', 206420), usd('ru', 99.24, true)]);

    const ar = await settle<SalaryTable>(html`<salary-table career="chief-executive" year="2024" lang="ar"></salary-table>`);
    expect(ar.getAttribute('dir')).to.equal('rtl');
    expect(textsOf(shadow(ar), 'tbody tr.p75 td')).to.deep.equal([`ما لا يقل عن ${usd('ar', 239200)}`, `ما لا يقل عن ${usd('ar', 115, true)}`]);
    expect(textsOf(shadow(ar), 'tbody tr.p90 td')).to.deep.equal([`ما لا يقل عن ${usd('ar', 239200)}`, `ما لا يقل عن ${usd('ar', 115, true)}`]);
    expect(textsOf(shadow(ar), 'td')).not.to.include(usd('ar', 239200));
  });

  it('states the caps in the distribution chart’s accessible name too', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career="chief-executive" year="2024" chart></salary-table>`);
    const distribution = shadow(el).querySelector('figure[part=chart] svg')!;
    expect(distribution.getAttribute('aria-label')).to.equal(
      'Wages per year in 2024: 10th percentile $73,710, 25th percentile $126,080, Median $206,420, 75th percentile at least $239,200, and 90th percentile at least $239,200',
    );
  });

  it('shows the plain figures the May 2025 file publishes for year="2025"', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career="chief-executive" year="2025"></salary-table>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('caption'))).to.equal('Wages in 2025, in US dollars');
    expect(cells(root)).to.deep.equal([
      ['$75,700', '$36.39'],
      ['$129,540', '$62.28'],
      ['$213,990', '$102.88'],
      ['$356,200', '$171.25'],
      ['$507,730', '$244.10'],
      ['$269,630', '$129.63'],
    ]);
    expect(textsOf(root, 'td').some((cell) => cell.includes('at least'))).to.equal(false);

    const ru = await settle<SalaryTable>(html`<salary-table career="chief-executive" year="2025" lang="ru"></salary-table>`);
    expect(textsOf(shadow(ru), 'tbody tr.p90 td')).to.deep.equal([usd('ru', 507730), usd('ru', 244.1, true)]);
  });
});

describe('<salary-table> for hourly-only occupations', () => {
  it('has a “Per hour” column and no “Per year” column for actors', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career="actor"></salary-table>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Wages: Actors');
    expect(textOf(root.querySelector('caption'))).to.equal('Wages in 2025, in US dollars');
    expect(textsOf(root, 'thead th[scope=col]')).to.deep.equal(['Pay level', 'Per hour']);
    expect(textsOf(root, 'tbody th[scope=row]')).to.deep.equal(EN_ROWS);
    expect(cells(root)).to.deep.equal([['$16.50'], ['$20.34'], ['$29.05'], ['$97.95'], ['$143.68'], ['$58.29']]);
  });

  it('has only the hourly column in Russian and Arabic', async () => {
    const ru = await settle<SalaryTable>(html`<salary-table career="actor" lang="ru"></salary-table>`);
    expect(textsOf(shadow(ru), 'thead th[scope=col]')).to.deep.equal(['Уровень оплаты', 'В час']);
    expect(textsOf(shadow(ru), 'tbody tr.median td')).to.deep.equal([usd('ru', 29.05, true)]);
    const ar = await settle<SalaryTable>(html`<salary-table career="actor" lang="ar"></salary-table>`);
    expect(textsOf(shadow(ar), 'thead th[scope=col]')).to.deep.equal(['مستوى الأجر', 'في الساعة']);
    expect(textsOf(shadow(ar), 'tbody tr.median td')).to.deep.equal([usd('ar', 29.05, true)]);
  });

  it('charts the hourly distribution, and no per-year trend', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career="actor" chart></salary-table>`);
    const charts = [...shadow(el).querySelectorAll('figure[part=chart]')];
    expect(charts).to.have.length(1);
    expect(charts[0].querySelector('svg')!.getAttribute('aria-label')).to.equal(
      'Wages per hour in 2025: 10th percentile $16.50, 25th percentile $20.34, Median $29.05, 75th percentile $97.95, and 90th percentile $143.68',
    );
    expect(textsOf(shadow(el), 'figcaption')).to.deep.equal(['Spread of wages per hour in 2025']);
  });
});

describe('<salary-table> for occupations that share a SOC code', () => {
  it('shows Acute Care Nurses (29-1141.01) the registered nurses’ wages, with a note naming SOC 29-1141', async () => {
    const page = await settle<HTMLElement>(html`<div>
      <salary-table lang="en" career="29-1141.01"></salary-table>
      <salary-table lang="en" career="registered-nurse"></salary-table>
    </div>`);
    const [acute, rn] = page.querySelectorAll('salary-table');
    expect(textOf(shadow(acute).querySelector('h2'))).to.equal('Wages: Acute Care Nurses');
    expect(textOf(shadow(rn).querySelector('h2'))).to.equal('Wages: Registered Nurses');
    expect(textsOf(shadow(acute), 'tbody tr.median td')).to.deep.equal(['$97,550', '$46.90']);
    expect(textsOf(shadow(rn), 'tbody tr.median td')).to.deep.equal(['$97,550', '$46.90']);
    expect(cells(shadow(acute))).to.deep.equal(cells(shadow(rn)));
    expect(textOf(shadow(acute).querySelector('p.note'))).to.equal(RN_SCOPE_NOTE);
    expect(textOf(shadow(rn).querySelector('p.note'))).to.equal(RN_SCOPE_NOTE);
  });

  it('names the SOC code in the note in Arabic and Russian too, with the same median', async () => {
    const ar = await settle<SalaryTable>(html`<salary-table career="29-1141.01" lang="ar"></salary-table>`);
    expect(ar.getAttribute('dir')).to.equal('rtl');
    expect(textsOf(shadow(ar), 'tbody tr.median td')).to.deep.equal([usd('ar', 97550), usd('ar', 46.9, true)]);
    expect(textOf(shadow(ar).querySelector('p.note'))).to.contain('29-1141');
    const ru = await settle<SalaryTable>(html`<salary-table career="29-1141.01" lang="ru"></salary-table>`);
    expect(textsOf(shadow(ru), 'tbody tr.median td')).to.deep.equal([usd('ru', 97550), usd('ru', 46.9, true)]);
    expect(textOf(shadow(ru).querySelector('p.note'))).to.contain('29-1141');
  });

  it('notes the SOC code of chief executives (two O*NET occupations) beside their OEWS wages', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career="chief-executive"></salary-table>`);
    expect(textOf(shadow(el).querySelector('p.note'))).to.equal(
      'These figures are for SOC 11-1011 as a whole: the BLS publishes one set of wages for it, and O*NET divides it into 2 occupations, this one included.',
    );
  });
});

describe('<salary-table> career ids', () => {
  it('shows the same table for the readable id, the O*NET-SOC code and the SOC code', async () => {
    const page = await settle<HTMLElement>(html`<div>
      <salary-table lang="en" career="registered-nurse"></salary-table>
      <salary-table lang="en" career="29-1141.00"></salary-table>
      <salary-table lang="en" career="29-1141"></salary-table>
    </div>`);
    const tables = [...page.querySelectorAll('salary-table')];
    const seen = tables.map((el) => ({
      heading: textOf(shadow(el).querySelector('h2')),
      caption: textOf(shadow(el).querySelector('caption')),
      columns: textsOf(shadow(el), 'thead th'),
      rows: textsOf(shadow(el), 'tbody th'),
      cells: cells(shadow(el)),
      note: textOf(shadow(el).querySelector('p.note')),
      sources: textOf(shadow(el).querySelector('[part=sources]')),
    }));
    expect(seen[0]).to.deep.equal({
      heading: 'Wages: Registered Nurses',
      caption: 'Wages in 2025, in US dollars',
      columns: ['Pay level', 'Per year', 'Per hour'],
      rows: EN_ROWS,
      cells: [
        ['$68,940', '$33.14'],
        ['$80,330', '$38.62'],
        ['$97,550', '$46.90'],
        ['$112,350', '$54.02'],
        ['$137,470', '$66.09'],
        ['$101,420', '$48.76'],
      ],
      note: RN_SCOPE_NOTE,
      sources: 'Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (2025 figures)',
    });
    expect(seen[1]).to.deep.equal(seen[0]);
    expect(seen[2]).to.deep.equal(seen[0]);
    for (const el of tables) {
      expect(eventsOf(el).map((e) => e.type)).to.deep.equal(['career-widget-load']);
    }
  });

  it('shows the same table for all three ids in Arabic', async () => {
    const page = await settle<HTMLElement>(html`<div lang="ar">
      <salary-table career="registered-nurse"></salary-table>
      <salary-table career="29-1141.00"></salary-table>
      <salary-table career="29-1141"></salary-table>
    </div>`);
    const tables = [...page.querySelectorAll('salary-table')];
    for (const el of tables) {
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(textOf(shadow(el).querySelector('h2'))).to.equal('الأجور: ممرض مسجل');
      expect(textsOf(shadow(el), 'tbody tr.median td')).to.deep.equal([usd('ar', 97550), usd('ar', 46.9, true)]);
    }
  });
});

describe('<salary-table> without wage figures', () => {
  it('says the BLS publishes none, shows no table, and still loads', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career="fishing-and-hunting-worker"></salary-table>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Wages: Fishing and Hunting Workers');
    expect(textOf(root.querySelector('p.status'))).to.equal('The BLS publishes no wage figures for this occupation.');
    expect(root.querySelector('table')).to.equal(null);
    expect(root.querySelector('[part=error]')).to.equal(null);
    expect(eventsOf(el).map((e) => e.type)).to.deep.equal(['career-widget-load']);
    await expect(el).to.be.accessible();
  });

  it('says so in Russian and Arabic', async () => {
    const ru = await settle<SalaryTable>(html`<salary-table career="fishing-and-hunting-worker" lang="ru"></salary-table>`);
    expect(textOf(shadow(ru).querySelector('p.status'))).to.equal('BLS не публикует данных о заработной плате по этой профессии.');
    expect(shadow(ru).querySelector('table')).to.equal(null);
    expect(eventsOf(ru).map((e) => e.type)).to.deep.equal(['career-widget-load']);
    const ar = await settle<SalaryTable>(html`<salary-table career="fishing-and-hunting-worker" lang="ar"></salary-table>`);
    expect(ar.getAttribute('dir')).to.equal('rtl');
    expect(textOf(shadow(ar).querySelector('p.status'))).to.equal('لا ينشر مكتب BLS أرقامًا للأجور لهذه المهنة.');
    expect(shadow(ar).querySelector('table')).to.equal(null);
    expect(eventsOf(ar).map((e) => e.type)).to.deep.equal(['career-widget-load']);
  });
});

describe('<salary-table chart>', () => {
  it('adds a distribution chart and a trend chart whose accessible names state their values', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career=${CSR} chart></salary-table>`);
    const charts = [...shadow(el).querySelectorAll('figure[part=chart]')];
    expect(charts).to.have.length(2);
    const [distribution, trend] = charts.map((figure) => figure.querySelector('svg')!);
    expect(distribution.getAttribute('role')).to.equal('img');
    expect(distribution.getAttribute('aria-label')).to.equal(
      'Wages per year in 2025: 10th percentile $31,750, 25th percentile $36,870, Median $44,770, 75th percentile $51,780, and 90th percentile $63,590',
    );
    expect(textsOf(distribution, 'text')).to.deep.equal(['$44,770', '$31,750', '$36,870', '$51,780', '$63,590']);
    expect(distribution.querySelector('.band')).to.exist;
    expect(distribution.querySelector('.box')).to.exist;
    expect(trend.getAttribute('role')).to.equal('img');
    expect(trend.getAttribute('aria-label')).to.equal(
      'Median pay per year, by year: 2014: $31,200, 2016: $32,300, 2017: $32,890, 2018: $33,750, 2020: $35,830, 2021: $36,920, 2022: $37,780, 2023: $39,680, 2024: $42,830, and 2025: $44,770',
    );
    expect(textsOf(shadow(el), 'figcaption')).to.deep.equal([
      'Spread of wages per year in 2025',
      'Median pay per year in each edition of the figures',
    ]);
    await expect(el).to.be.accessible();
  });

  it('charts the 2018 seed edition’s distribution when year="2018"', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career=${CSR} year="2018" chart></salary-table>`);
    const [distribution, trend] = [...shadow(el).querySelectorAll('figure[part=chart] svg')];
    expect(distribution.getAttribute('aria-label')).to.equal(
      'Wages per year in 2018: 10th percentile $22,140, Median $33,750, and 90th percentile $55,310',
    );
    expect(textsOf(distribution, 'text')).to.deep.equal(['$33,750', '$22,140', '$55,310']);
    expect(distribution.querySelector('.band')).to.exist;
    expect(distribution.querySelector('.box')).to.equal(null);
    // The trend is of every edition, whichever one the table shows.
    expect(trend.getAttribute('aria-label')).to.contain('2014: $31,200');
    expect(trend.getAttribute('aria-label')).to.contain('2025: $44,770');
    expect(textsOf(shadow(el), 'figcaption')[0]).to.equal('Spread of wages per year in 2018');
  });

  it('leaves gaps in the trend line for years without figures: 2014 | 2016–2018 | 2020–2025', async () => {
    const el = await settle<SalaryTable>(html`<salary-table lang="en" career=${CSR} chart></salary-table>`);
    const trend = shadow(el).querySelectorAll('figure[part=chart] svg')[1];
    const lines = [...trend.querySelectorAll('polyline')];
    expect(lines.length).to.be.above(1);
    const pointsPerLine = lines.map((line) => line.getAttribute('points')!.trim().split(/\s+/).length);
    expect(pointsPerLine).to.deep.equal([1, 3, 6]);
    expect(trend.querySelectorAll('circle')).to.have.length(10);
  });

  it('states every year of the trend in Arabic and Russian', async () => {
    const medians: [number, number][] = [
      [2014, 31200], [2016, 32300], [2017, 32890], [2018, 33750], [2020, 35830],
      [2021, 36920], [2022, 37780], [2023, 39680], [2024, 42830], [2025, 44770],
    ];
    const ar = await settle<SalaryTable>(html`<salary-table career=${CSR} lang="ar" chart></salary-table>`);
    const arLabel = shadow(ar).querySelectorAll('figure[part=chart] svg')[1].getAttribute('aria-label')!;
    for (const [y, median] of medians) expect(arLabel).to.contain(`${year('ar', y)}: ${usd('ar', median)}`);
    expect(arLabel).not.to.contain(year('ar', 2008));
    const ru = await settle<SalaryTable>(html`<salary-table career=${CSR} lang="ru" chart></salary-table>`);
    const ruLabel = shadow(ru).querySelectorAll('figure[part=chart] svg')[1].getAttribute('aria-label')!;
    for (const [y, median] of medians) expect(ruLabel).to.contain(`${year('ru', y)}: ${usd('ru', median)}`);
    expect(ruLabel).not.to.contain('2008');
    expect(shadow(ru).querySelectorAll('figure[part=chart] svg')[1].querySelectorAll('polyline').length).to.be.above(1);
  });

  it('draws the 25th–75th box for 2016, and mirrors right to left in Arabic', async () => {
    const en = await settle<SalaryTable>(html`<salary-table lang="en" career=${CSR} year="2016" chart></salary-table>`);
    const box = shadow(en).querySelector('.box')!;
    expect(box).to.exist;
    const ar = await settle<SalaryTable>(html`<salary-table career=${CSR} lang="ar" year="2018" chart></salary-table>`);
    const svg = shadow(ar).querySelector('svg')!;
    const [median, p10, p90] = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('x')));
    expect(p90).to.be.below(median);
    expect(median).to.be.below(p10);
    expect(svg.getAttribute('aria-label')).to.contain(usd('ar', 33750));
  });

  it('mirrors the 2025 distribution right to left in Arabic', async () => {
    const ar = await settle<SalaryTable>(html`<salary-table career=${CSR} lang="ar" chart></salary-table>`);
    const svg = shadow(ar).querySelector('svg')!;
    const [median, p10, p25, p75, p90] = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('x')));
    expect(p90).to.be.below(p75);
    expect(p75).to.be.below(median);
    expect(median).to.be.below(p25);
    expect(p25).to.be.below(p10);
    expect(svg.getAttribute('aria-label')).to.contain(usd('ar', 44770));
    expect(svg.querySelector('.box')).to.exist;
  });
});
