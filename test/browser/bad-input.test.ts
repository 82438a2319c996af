import {expect} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import {setDataUrl} from '../../src/data.js';
import {CSR, eventsOf, settle, shadow, textOf} from '../helpers.js';

// Every kind of bad input ends in a clear message inside the widget, a career-widget-error
// event with a reason, no uncaught error or unhandled rejection, and the rest of the page
// working (a good widget beside the bad one still renders).

const BYO = '/test/fixtures/byo';
const uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

interface Outcome {
  bad: HTMLElement;
  message: string;
  notice: string;
  reasons: string[];
}

/**
 * Renders a bad widget beside a good one; returns what the bad one shows and fired. The
 * good one names its file with src, so a page-wide setDataUrl() in a test leaves it be.
 */
async function withGoodNeighbour(bad: TemplateResult): Promise<Outcome> {
  const goodSrc = `/test/fixtures/byo/${CSR}.overview.{locale}.json`;
  const page = await settle<HTMLElement>(html`<div>${bad}<career-facts src=${goodSrc} lang="is"></career-facts></div>`);
  const [badWidget, good] = page.children as unknown as HTMLElement[];
  expect(textOf(shadow(good).querySelector('h2'))).to.equal('Þjónustufulltrúi');
  return {
    bad: badWidget,
    message: textOf(shadow(badWidget).querySelector('[part=error]')),
    notice: textOf(shadow(badWidget).querySelector('[part=notice]')),
    reasons: eventsOf(badWidget)
      .filter((e) => e.type === 'career-widget-error')
      .map((e) => (e.detail as {reason: string}).reason),
  };
}

describe('bad input', () => {
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    setDataUrl('/src/data/');
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  it('an unknown career', async () => {
    const {message, reasons} = await withGoodNeighbour(html`<salary-table career="astronaut" lang="ms"></salary-table>`);
    expect(message).to.equal('Tiada maklumat kerjaya ditemui untuk “astronaut”.');
    expect(reasons).to.deep.equal(['unknown-career']);
  });

  it('an empty or missing career', async () => {
    for (const bad of [html`<career-facts career="" lang="ru"></career-facts>`, html`<career-facts lang="ru"></career-facts>`]) {
      const {message, reasons} = await withGoodNeighbour(bad);
      expect(message).to.equal('Для этого виджета не выбрана профессия.');
      expect(reasons).to.deep.equal(['missing-career']);
    }
  });

  it('an unsupported lang: English content, a note saying so, and an event', async () => {
    const {bad, notice, reasons} = await withGoodNeighbour(html`<career-facts career=${CSR} lang="de-AT"></career-facts>`);
    expect(textOf(shadow(bad).querySelector('h2'))).to.equal('Customer Service Representative');
    expect(notice).to.equal('This content is shown in English because the requested language is not available.');
    expect(reasons).to.deep.equal(['unsupported-locale']);
  });

  it('a malformed lang tag', async () => {
    const {bad, notice, reasons} = await withGoodNeighbour(html`<career-facts career=${CSR} lang="12-!!"></career-facts>`);
    expect(textOf(shadow(bad).querySelector('h2'))).to.equal('Customer Service Representative');
    expect(notice).to.equal('This content is shown in English because the language tag of this page is not valid.');
    expect(reasons).to.deep.equal(['malformed-locale']);
  });

  it('a year with no data, or not a year at all', async () => {
    const missing = await withGoodNeighbour(html`<salary-table career=${CSR} year="2019" lang="ar"></salary-table>`);
    expect(missing.message).to.contain('لا توجد أرقام للأجور لعام');
    expect(missing.reasons).to.deep.equal(['no-data-for-year']);
    const word = await withGoodNeighbour(html`<career-facts lang="en" career=${CSR} year="latest"></career-facts>`);
    expect(word.message).to.equal(
      'There are no wage figures for latest. Figures are available for 2025, 2024, 2023, 2022, 2021, 2020, 2018, 2017, 2016, 2014, and 2008.',
    );
    expect(word.reasons).to.deep.equal(['no-data-for-year']);
  });

  it('a heading-level out of range or not a number: level 2, a note, an event', async () => {
    for (const level of ['0', '7', 'two']) {
      const {bad, notice, reasons} = await withGoodNeighbour(html`<skills-list career=${CSR} heading-level=${level} lang="fil"></skills-list>`);
      expect(shadow(bad).querySelector('[part=heading]')!.localName).to.equal('h2');
      expect(notice).to.equal(`Ang antas ng heading na “${level}” ay hindi numero mula 1 hanggang 6, kaya antas 2 ang ginamit.`);
      expect(reasons).to.deep.equal(['invalid-heading-level']);
    }
  });

  it('a data file that 404s', async () => {
    setDataUrl('/test/fixtures/empty/');
    const {message, reasons} = await withGoodNeighbour(html`<related-jobs career=${CSR} lang="en"></related-jobs>`);
    expect(message).to.equal('No career information was found for “customer-service-representative”.');
    expect(reasons).to.deep.equal(['unknown-career']);
    setDataUrl('/src/data/');
    const missingFile = await withGoodNeighbour(html`<career-facts src="${BYO}/no-such-file.json"></career-facts>`);
    expect(missingFile.message).to.match(/^The career information is damaged and cannot be shown: http.*no-such-file\.json is missing\.$/);
    expect(missingFile.reasons).to.deep.equal(['bad-data']);
  });

  it('a network error', async () => {
    setDataUrl('http://127.0.0.1:9/');
    const {message, reasons} = await withGoodNeighbour(html`<career-facts career=${CSR} lang="ar"></career-facts>`);
    expect(message).to.equal('تعذّر تحميل معلومات المهنة. تحقّق من الاتصال وحاول مرة أخرى.');
    expect(reasons).to.deep.equal(['network']);
  });

  it('malformed JSON', async () => {
    setDataUrl('/test/fixtures/data/');
    const {message, reasons} = await withGoodNeighbour(html`<career-facts career="malformed-json" lang="ms"></career-facts>`);
    expect(message).to.equal('Maklumat kerjaya rosak dan tidak dapat dipaparkan.');
    expect(reasons).to.deep.equal(['bad-data']);
  });

  it('JSON that breaks the schema: a wage as a string, a missing locale', async () => {
    const wage = await withGoodNeighbour(html`<salary-table src="${BYO}/wage-as-string.json"></salary-table>`);
    expect(wage.message).to.equal('The career information is damaged and cannot be shown: /facts/wages/0/annual/median must be number.');
    expect(wage.reasons).to.deep.equal(['bad-data']);
    setDataUrl('/test/fixtures/data/');
    const locale = await withGoodNeighbour(html`<career-facts career="missing-locale" lang="ru"></career-facts>`);
    expect(locale.message).to.match(/^Сведения о профессии повреждены и не могут быть показаны: .*\/missing-locale\/overview\.ru\.json is missing\.$/);
    expect(locale.reasons).to.deep.equal(['bad-data']);
  });

  it('very long strings: quoted in short, laid out within the widget', async () => {
    const longCareer = 'a'.repeat(5000);
    const career = await withGoodNeighbour(html`<career-facts lang="en" career=${longCareer}></career-facts>`);
    expect(career.message).to.equal(`No career information was found for “${'a'.repeat(60)}…”.`);
    const text = await withGoodNeighbour(html`<career-facts src="${BYO}/long-text.json" lang="en" style="inline-size: 30em"></career-facts>`);
    const base = shadow(text.bad).querySelector('[part=base]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(text.bad.getBoundingClientRect().width).to.be.at.most(text.bad.parentElement!.getBoundingClientRect().width);
    expect(text.reasons).to.deep.equal([]);
  });

  it('strings that contain HTML or script are shown as inert text', async () => {
    const attack = '<img src=x onerror="window.injected=1">';
    const attribute = await withGoodNeighbour(html`<career-facts lang="en" career=${attack}></career-facts>`);
    expect(attribute.message).to.equal(`No career information was found for “${attack}”.`);
    const data = await withGoodNeighbour(html`<career-facts src="${BYO}/html-in-text.json"></career-facts>`);
    expect(textOf(shadow(data.bad).querySelector('h2'))).to.equal('<img src=x onerror="window.injected=1"><b>Bold</b> agent');
    expect(textOf(shadow(data.bad).querySelector('[part=summary]'))).to.equal('<script>window.injected=1</script>Plain text.');
    expect(shadow(data.bad).querySelector('img, b, script')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as {injected?: number}).injected).to.equal(undefined);
  });
});

describe('bring your own data', () => {
  it('shows a career described in the runtime form, in the widget’s locale, validated', async () => {
    const page = await settle<HTMLElement>(html`<div>
      <career-facts src="${BYO}/night-support-agent.{locale}.json" lang="en"></career-facts>
      <salary-table src="${BYO}/night-support-agent.{locale}.json" lang="ar"></salary-table>
    </div>`);
    const [facts, table] = page.children;
    expect(textOf(shadow(facts).querySelector('h2'))).to.equal('Night Support Agent');
    expect(textOf(shadow(facts).querySelector('dd'))).to.equal('$41,000 per year $19.71 per hour (2024)');
    expect(textOf(shadow(facts).querySelector('[part=sources]'))).to.equal('Source: Example Telecom, job posting (2024 figures, visited May 1, 2024)');
    expect(textOf(shadow(table).querySelector('h2'))).to.equal('الأجور: موظف دعم ليلي');
    expect(eventsOf(facts).map((e) => e.type)).to.deep.equal(['career-widget-load']);
  });

  it('says when the file is for another career than the one named', async () => {
    const el = await settle<HTMLElement>(html`<career-facts lang="en" career="teller" src="${BYO}/night-support-agent.en.json"></career-facts>`);
    expect(textOf(shadow(el).querySelector('[part=error]'))).to.equal(
      'The career information is damaged and cannot be shown: /facts/id is “night-support-agent”, not “teller”.',
    );
  });
});
