import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CareerDataProblem, loadCareer, setDataUrl} from '../../src/data.js';
import {CSR, eventsOf, settle, shadow, textOf} from '../helpers.js';

const SOURCE_DATA_URL = '/src/data/';

async function problemOf(promise: Promise<unknown>): Promise<CareerDataProblem> {
  try {
    await promise;
  } catch (error) {
    return error as CareerDataProblem;
  }
  throw new Error('expected the load to fail');
}

describe('data loading', () => {
  afterEach(() => setDataUrl(SOURCE_DATA_URL));

  it('makes one request per career, locale and text part, however many widgets ask at once', async () => {
    setDataUrl(SOURCE_DATA_URL); // a fresh cache
    const requested: string[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => entry.name.includes('/data/teller/') && requested.push(entry.name)),
    );
    observer.observe({type: 'resource', buffered: false});
    await settle(html`<div>
      ${Array.from({length: 6}, () => html`<career-facts career="teller"></career-facts><salary-table career="teller"></salary-table>`)}
      <career-facts career="teller" lang="ru"></career-facts>
    </div>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(requested.map((url) => new URL(url).pathname).sort()).to.deep.equal([
      '/src/data/teller/overview.json',
      '/src/data/teller/overview.ru.json',
    ]);
  });

  it('resolves data relative to the module, and setDataUrl points it elsewhere', async () => {
    setDataUrl('/test/fixtures/data');
    expect((await problemOf(loadCareer(CSR, 'en', 'overview'))).reason).to.equal('unknown-career');
    setDataUrl(SOURCE_DATA_URL);
    expect((await loadCareer(CSR, 'en', 'overview')).facts.id).to.equal(CSR);
  });

  it('names each failure: missing career, unknown career, network, malformed JSON, wrong shape', async () => {
    expect((await problemOf(loadCareer('  ', 'en', 'overview'))).reason).to.equal('missing-career');
    expect((await problemOf(loadCareer('../../etc/passwd', 'en', 'overview'))).reason).to.equal('unknown-career');
    expect((await problemOf(loadCareer('astronaut', 'en', 'overview'))).reason).to.equal('unknown-career');
    expect((await problemOf(loadCareer(CSR, 'en', 'no-such-part' as 'overview'))).reason).to.equal('bad-data');
    setDataUrl('/test/fixtures/data/');
    expect((await problemOf(loadCareer('malformed-json', 'ms', 'overview'))).reason).to.equal('bad-data');
    expect((await problemOf(loadCareer('wrong-shape', 'is', 'overview'))).reason).to.equal('bad-data');
    setDataUrl('http://127.0.0.1:9/data/');
    expect((await problemOf(loadCareer(CSR, 'en', 'overview'))).reason).to.equal('network');
  });

  it('shows a localized message and fires career-widget-error for each failure in a widget', async () => {
    setDataUrl('/test/fixtures/data/');
    const page = await settle<HTMLElement>(html`<div>
      <salary-table career="malformed-json" lang="ms"></salary-table>
      <salary-table career="wrong-shape" lang="is"></salary-table>
      <salary-table career="" lang="fil"></salary-table>
    </div>`);
    const [malformed, wrongShape, missing] = page.querySelectorAll('salary-table');
    expect(textOf(shadow(malformed).querySelector('[part=error]'))).to.equal('Maklumat kerjaya rosak dan tidak dapat dipaparkan.');
    expect(textOf(shadow(wrongShape).querySelector('[part=error]'))).to.equal(
      "Upplýsingarnar um starfið eru skemmdar og ekki er hægt að sýna þær: /facts must have required property 'soc'.",
    );
    expect(textOf(shadow(missing).querySelector('[part=error]'))).to.equal('Walang napiling trabaho para sa widget na ito.');
    expect([malformed, wrongShape, missing].map((el) => (eventsOf(el)[0].detail as {reason: string}).reason)).to.deep.equal([
      'bad-data',
      'bad-data',
      'missing-career',
    ]);
  });

  it('shows a localized network message when the data cannot be fetched', async () => {
    setDataUrl('http://127.0.0.1:9/data/');
    const el = await settle<HTMLElement>(html`<career-facts career=${CSR} lang="ru"></career-facts>`);
    expect(textOf(shadow(el).querySelector('[part=error]'))).to.equal(
      'Не удалось загрузить сведения о профессии. Проверьте подключение и повторите попытку.',
    );
    expect((eventsOf(el)[0].detail as {reason: string}).reason).to.equal('network');
  });
});
