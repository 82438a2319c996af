import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import 'axe-core/axe.min.js';
import {html} from 'lit';
import type {SearchIndex} from '../../data/types.js';
import type {CareerProfileOpenDetail, CareerSelectDetail} from '../../src/events.js';
import {settle, shadow, textOf, textsOf, usd, year} from '../../test/helpers.js';
import type {CareerExplorer} from './career-explorer.js';

const {axe} = window as unknown as {axe: typeof import('axe-core')};
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const results = (el: CareerExplorer) => [...shadow(el).querySelectorAll('[part=result]')];
const resultTitles = (el: CareerExplorer) => textsOf(shadow(el), '[part=result-title]');
const count = (el: CareerExplorer) => textOf(shadow(el).querySelector('[part=status]'));
const index = async (locale: string): Promise<SearchIndex> => (await fetch(`/src/data/search/${locale}.json`)).json();

async function choose(el: CareerExplorer, name: string, value: string) {
  const select = shadow(el).querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  await el.updateComplete;
}

describe('<career-explorer>', () => {
  it('lists every occupation with its title, median pay with the year, and outlook', async () => {
    const el = await settle<CareerExplorer>(html`<career-explorer lang="en"></career-explorer>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Explore careers');
    const {occupations} = await index('en');
    expect(count(el)).to.equal(`Occupations found: ${occupations.length}`);
    expect(results(el)).to.have.length(50);
    const accountants = results(el).find((r) => textOf(r.querySelector('[part=result-title]')) === 'Accountants and Auditors')!;
    const figures = textsOf(accountants, '.figure');
    expect(figures[0]).to.match(new RegExp(`^Median pay: \\$[\\d,]+ a year \\(${2025}\\)$`));
    expect(figures[1]).to.match(/^Outlook: .+ \(-?[\d.]+%, 2024–2034\)$/);
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.contain('Occupational Employment and Wage Statistics (2025)');
  });

  it('combines filters: interest, Job Zone, education, pay range and outlook', async () => {
    const el = await settle<CareerExplorer>(html`<career-explorer lang="en"></career-explorer>`);
    await choose(el, 'interest', 'S');
    await choose(el, 'job-zone', '4');
    await choose(el, 'pay-min', '75000');
    const {occupations} = await index('en');
    const expected = occupations.filter((o) => o.interest === 'S' && o.jobZone === 4 && o.pay && o.pay.per !== 'hour' && (typeof o.pay.median === 'number' ? o.pay.median : o.pay.median.atLeast) >= 75000);
    expect(count(el)).to.equal(`Occupations found: ${expected.length}`);
    expect(resultTitles(el)).to.include('Registered Nurses');
    expect(resultTitles(el)).to.deep.equal(expected.map((o) => o.title).slice(0, 50));
    await choose(el, 'education', 'bachelor');
    await choose(el, 'outlook', 'as-fast');
    const narrower = expected.filter((o) => o.education === 'bachelor' && o.outlook?.comparedWithAverage === 'as-fast');
    expect(count(el)).to.equal(`Occupations found: ${narrower.length}`);
    expect(resultTitles(el)).to.include('Registered Nurses');
    await choose(el, 'pay-max', '60000');
    expect(count(el)).to.equal('Occupations found: 0');
  });

  it('sorts by median pay, highest first', async () => {
    const el = await settle<CareerExplorer>(html`<career-explorer lang="en" job-zone="1"></career-explorer>`);
    await choose(el, 'sort', 'pay');
    const pays = results(el).map((r) => Number(textOf(r.querySelector('.figure')).match(/\$([\d,]+)/)?.[1].replaceAll(',', '') ?? NaN)).filter((n) => !Number.isNaN(n));
    expect(pays.length).to.be.greaterThan(5);
    expect(pays).to.deep.equal([...pays].sort((a, b) => b - a));
  });

  it('opens a profile in place and goes back to the list, with the URL hash so Back works', async () => {
    const before = location.hash;
    const el = await settle<CareerExplorer>(html`<career-explorer lang="en" interest="S" job-zone="4" pay-min="75000" hash-state></career-explorer>`);
    const nurses = results(el).find((r) => textOf(r.querySelector('[part=result-title]')) === 'Registered Nurses')!;
    const selected = oneEvent(el, 'career-select');
    const opened = oneEvent(el, 'career-profile-open');
    nurses.querySelector<HTMLButtonElement>('[part=result-title]')!.click();
    expect(((await selected) as CustomEvent<CareerSelectDetail>).detail).to.deep.equal({id: 'registered-nurse', code: '29-1141.00', title: 'Registered Nurses', locale: 'en'});
    expect(((await opened) as CustomEvent<CareerProfileOpenDetail>).detail).to.deep.equal({career: 'registered-nurse', code: '29-1141.00', locale: 'en'});
    await el.updateComplete;
    const profile = shadow(el).querySelector('career-profile')!;
    expect(profile.getAttribute('career')).to.equal('registered-nurse');
    await waitUntil(() => textOf(profile.shadowRoot?.querySelector('h2')) === 'Registered Nurses', 'the profile shows', {timeout: 5000});
    expect(new URLSearchParams(location.hash.slice(1)).get('career')).to.equal('registered-nurse');
    expect(new URLSearchParams(location.hash.slice(1)).get('interest')).to.equal('S');
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('back');

    history.back();
    await waitUntil(() => !shadow(el).querySelector('career-profile'), 'Back returns to the list');
    expect(resultTitles(el)).to.include('Registered Nurses');
    expect(el.interest).to.equal('S');
    await waitUntil(() => textOf(shadow(el).activeElement) === 'Registered Nurses', 'focus returns to the chosen occupation');
    history.replaceState(null, '', `${location.pathname}${location.search}${before}`);
  });

  it('lets the host handle the choice: preventDefault() keeps the list', async () => {
    const el = await settle<CareerExplorer>(html`<career-explorer lang="en" job-zone="5"></career-explorer>`);
    el.addEventListener('career-select', (event) => event.preventDefault());
    shadow(el).querySelector<HTMLButtonElement>('[part=result-title]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('career-profile')).to.equal(null);
  });

  it('makes each title a link with href-template', async () => {
    const el = await settle<CareerExplorer>(html`<career-explorer lang="en" href-template="/careers/{career}?code={code}"></career-explorer>`);
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[part=result-title]')!;
    expect(link.getAttribute('href')).to.match(/^\/careers\/[a-z0-9-]+\?code=\d\d-\d{4}\.\d\d$/);
  });

  it('makes no link of a template that is not a web address (javascript:)', async () => {
    const el = await settle<CareerExplorer>(html`<career-explorer lang="en" job-zone="5" href-template="javascript:alert('{career}')"></career-explorer>`);
    expect(shadow(el).querySelector('a')).to.equal(null);
    expect(shadow(el).querySelectorAll('button[part=result-title]').length).to.be.greaterThan(0);
  });

  it('reads right to left in Arabic, with Arabic titles, labels and figures, and passes axe', async () => {
    const el = await settle<CareerExplorer>(html`<career-explorer lang="ar" interest="S" job-zone="4"></career-explorer>`);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(resultTitles(el)).to.include('ممرض مسجل');
    const nurses = results(el).find((r) => textOf(r.querySelector('[part=result-title]')) === 'ممرض مسجل')!;
    expect(textOf(nurses)).to.contain(usd('ar', 97550));
    expect(textOf(nurses)).to.contain(year('ar', 2025));
    expect(textOf(shadow(el).querySelector('h2'))).to.not.equal('Explore careers');
    const axeResults = await axe.run(el, {runOnly: {type: 'tag', values: WCAG_22_AA}});
    expect(axeResults.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
  });

  it('lists Filipino titles with a count in Filipino', async () => {
    const el = await settle<CareerExplorer>(html`<career-explorer lang="fil" job-zone="4" interest="S"></career-explorer>`);
    expect(resultTitles(el)).to.include('Rehistradong Nars');
    expect(count(el)).to.not.match(/^Occupations found/);
  });
});
