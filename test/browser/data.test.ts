import {expect} from '@open-wc/testing';
import {html} from 'lit';
import type {RuntimePart} from '../../data/types.js';
import {CareerDataProblem, careerDirectory, inLocale, loadCareer, setDataUrl} from '../../src/data.js';
import {CSR, eventsOf, settle, shadow, textOf, textsOf} from '../helpers.js';

const SOURCE_DATA_URL = '/src/data/';

async function problemOf(promise: Promise<unknown>): Promise<CareerDataProblem> {
  try {
    await promise;
  } catch (error) {
    return error as CareerDataProblem;
  }
  throw new Error('expected the load to fail');
}

/** The paths of the data files (under /data/) a page fetches while it renders a template, from a fresh cache. */
async function dataRequestsOf(template: ReturnType<typeof html>): Promise<string[]> {
  setDataUrl(SOURCE_DATA_URL); // a fresh cache
  const requested: string[] = [];
  // Only requests made from now on: earlier tests' entries may still be on their way.
  const start = performance.now();
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => {
      const path = new URL(entry.name).pathname;
      if (entry.startTime >= start && path.startsWith('/src/data/')) requested.push(path);
    }),
  );
  observer.observe({type: 'resource', buffered: false});
  await settle(template);
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return requested.sort();
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
      ${Array.from({length: 6}, () => html`<career-facts lang="en" career="teller"></career-facts><salary-table career="teller"></salary-table>`)}
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
    // The dataset has no file for that part of the career: to a page, there is no such career.
    expect((await problemOf(loadCareer(CSR, 'en', 'no-such-part' as 'overview'))).reason).to.equal('unknown-career');
    setDataUrl('/test/fixtures/data/');
    expect((await problemOf(loadCareer('malformed-json', 'ms', 'overview'))).reason).to.equal('bad-data');
    // A part that lists a translation the dataset does not have is a broken dataset.
    expect((await problemOf(loadCareer('missing-locale', 'ru', 'overview'))).reason).to.equal('bad-data');
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
    // A dataset that does not come with the library is validated when it loads: the widget says what is wrong, and where.
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

  it('names a career by its readable id, its O*NET-SOC code or its SOC code (read as <soc>.00)', async () => {
    const byId = await loadCareer('registered-nurse', 'en', 'overview');
    const byCode = await loadCareer('29-1141.00', 'en', 'overview');
    const bySoc = await loadCareer('29-1141', 'ar', 'overview');
    for (const data of [byId, byCode, bySoc]) {
      expect([data.facts.id, data.facts.code, data.facts.soc.code, data.text.title]).to.deep.equal([
        'registered-nurse',
        '29-1141.00',
        '29-1141',
        data === bySoc ? 'ممرض مسجل' : 'Registered Nurses',
      ]);
      expect(data.facts.wages![0]).to.deep.include({year: 2025, source: 'bls-oews'});
      expect(data.facts.wages![0].annual!.median).to.equal(97550);
    }
    expect([careerDirectory('29-1141'), careerDirectory('29-1141.00'), careerDirectory('29-1141.0')]).to.deep.equal(['29-1141.00', '29-1141.00', undefined]);
    // Another O*NET occupation in the same SOC code is named by its own O*NET-SOC code.
    expect((await loadCareer('29-1141.01', 'en', 'overview')).facts.id).to.equal('acute-care-nurse');
    for (const malformed of ['29-1141.0', '2914-11', '29-114', '29-1141.000']) {
      expect((await problemOf(loadCareer(malformed, 'en', 'overview'))).reason, malformed).to.equal('unknown-career');
    }
    // An "All Other" SOC code has no .00 occupation with O*NET data, only specialties: it names none.
    expect((await loadCareer('11-9199.01', 'en', 'overview')).facts.soc.code).to.equal('11-9199');
    expect((await problemOf(loadCareer('11-9199', 'en', 'overview'))).reason).to.equal('unknown-career');
    // What a reader sees: the same occupation under each name, and a plain message for a malformed code.
    const page = await settle<HTMLElement>(html`<div>
      <career-facts career="registered-nurse" lang="en"></career-facts>
      <career-facts career="29-1141.00" lang="en"></career-facts>
      <career-facts career="29-1141" lang="ru"></career-facts>
      <career-facts career="29-1141.0" lang="en"></career-facts>
      <career-facts career="2914-11" lang="ar"></career-facts>
    </div>`);
    const [id, code, soc, badCode, badSoc] = page.querySelectorAll('career-facts');
    for (const el of [id, code]) {
      expect(textOf(shadow(el).querySelector('h2'))).to.equal('Registered Nurses');
      expect(eventsOf(el).map((e) => e.type)).to.deep.equal(['career-widget-load']);
    }
    expect(textOf(shadow(soc).querySelector('h2'))).to.equal('Дипломированная медицинская сестра');
    expect(textsOf(shadow(id), 'dd')[0]).to.equal('$97,550 per year $46.90 per hour (2025)');
    expect(textsOf(shadow(code), 'dd')[0]).to.equal('$97,550 per year $46.90 per hour (2025)');
    expect(textOf(shadow(badCode).querySelector('[part=error]'))).to.equal('No career information was found for “29-1141.0”.');
    expect(textOf(shadow(badSoc).querySelector('[part=error]'))).to.equal('لم يُعثر على معلومات عن المهنة «2914-11».');
    expect([badCode, badSoc].map((el) => (eventsOf(el)[0].detail as {reason: string}).reason)).to.deep.equal(['unknown-career', 'unknown-career']);
  });

  it('a one-widget page fetches one data file, and a translation only where one exists', async () => {
    expect(await dataRequestsOf(html`<career-facts career="registered-nurse" lang="en"></career-facts>`)).to.deep.equal([
      '/src/data/registered-nurse/overview.json',
    ]);
    // No Arabic translation of the nurse's text exists: the English in the part file is all there is.
    expect(await dataRequestsOf(html`<career-facts career="registered-nurse" lang="ar"></career-facts>`)).to.deep.equal([
      '/src/data/registered-nurse/overview.json',
    ]);
    expect(await dataRequestsOf(html`<career-duties career=${CSR} lang="en"></career-duties>`)).to.deep.equal([
      `/src/data/${CSR}/profile.json`,
    ]);
    expect(await dataRequestsOf(html`<career-facts career="teller" lang="ru"></career-facts>`)).to.deep.equal([
      '/src/data/teller/overview.json',
      '/src/data/teller/overview.ru.json',
    ]);
    // The teller's tasks are translated; the nurse's are not: a Russian profile section fetches its part alone.
    expect(await dataRequestsOf(html`<career-duties career="teller" lang="ru"></career-duties>`)).to.deep.equal([
      '/src/data/teller/profile.json',
      '/src/data/teller/profile.ru.json',
    ]);
    expect(await dataRequestsOf(html`<career-duties career="registered-nurse" lang="ru"></career-duties>`)).to.deep.equal([
      '/src/data/registered-nurse/profile.json',
    ]);
  });

  it('inLocale marks each field shown in English in another language, and the widgets mark it lang="en" dir="ltr"', async () => {
    const nurse = await loadCareer('registered-nurse', 'ar', 'overview');
    expect(nurse.text.title).to.equal('ممرض مسجل');
    expect(nurse.text.langs).to.deep.equal({summary: 'en'});
    expect((await loadCareer('registered-nurse', 'en', 'overview')).text.langs).to.equal(undefined);
    // The same from the part file itself.
    const file = (await (await fetch('/src/data/registered-nurse/overview.json')).json()) as RuntimePart;
    expect(inLocale(file, 'ar').text.langs).to.deep.equal({summary: 'en'});
    // A title with no translation (a host's own dataset, say) is marked too.
    expect(inLocale({...file, titles: {en: file.titles.en}}, 'ar').text.langs).to.deep.equal({title: 'en', summary: 'en'});
    expect(inLocale(file, 'ru').text.summary).to.match(/^Assess patient health problems and needs/);

    // CSR in Arabic: the title and the seeds' text are Arabic, and so are O*NET's tasks (data/l10n/ar/text/).
    const csr = await loadCareer(CSR, 'ar', 'profile');
    expect(csr.text.title).to.equal('ممثل خدمة العملاء');
    expect(csr.text.langs).to.equal(undefined);
    expect(csr.text.duties!.items[0]).to.match(/^التشاور مع العملاء/);
    expect(csr.text.tasks![0]).to.match(/^التشاور مع العملاء عبر الهاتف/);
    expect((await loadCareer(CSR, 'ar', 'overview')).text.langs).to.equal(undefined);

    const page = await settle<HTMLElement>(html`<div>
      <career-facts career="registered-nurse" lang="ar"></career-facts>
      <career-facts career=${CSR} lang="ar"></career-facts>
      <career-duties career="registered-nurse" lang="ar"></career-duties>
      <career-duties career=${CSR} lang="en"></career-duties>
    </div>`);
    const [nurseFacts, csrFacts, nurseDuties, englishDuties] = page.children;
    expect(textOf(shadow(nurseFacts).querySelector('h2'))).to.equal('ممرض مسجل');
    const summary = shadow(nurseFacts).querySelector('[part=summary] > span')!;
    expect([summary.getAttribute('lang'), summary.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(textOf(summary)).to.match(/^Assess patient health problems and needs/);
    expect(nurseFacts.getAttribute('dir')).to.equal('rtl');
    // Arabic text carries no mark.
    expect(textOf(shadow(csrFacts).querySelector('h2'))).to.equal('ممثل خدمة العملاء');
    expect(shadow(csrFacts).querySelectorAll('[part=base] [lang]')).to.have.length(0);
    const tasks = shadow(nurseDuties).querySelector('ul')!;
    expect([tasks.getAttribute('lang'), tasks.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(textOf(tasks.querySelector('li'))).to.equal("Record patients' medical information and vital signs.");
    expect(shadow(englishDuties).querySelectorAll('[part=base] [lang]')).to.have.length(0);
  });
});
