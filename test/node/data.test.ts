// The dataset: schema validity, locale completeness, the provenance of every
// figure, and that a broken file fails the build with a message naming it.
import assert from 'node:assert/strict';
import {mkdtemp, readFile, readdir, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {buildData} from '../../scripts/build-data.js';
import {problemsOfBrokenCopy} from './broken-copy.js';
import {PARTS, SUPPORTED_LOCALES, type OccupationFacts, type TextPart} from '../../data/types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = join(root, 'data');
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'));
const facts = (id: string): Promise<OccupationFacts> => readJson(join(dataDir, 'occupations', id, 'facts.json'));
const seed = (file: string) => readFile(join(dataDir, 'seeds', file), 'utf8');

const FIL = '000_8a02dcaa7e3ea8f1.txt';
const RU = '001_2106015b5d6738fa.txt';
const IS = '002_5b80e73a766b78bc.txt';
const MS = '003_4f0ac85c7e8d3569.txt';
const AR = '004_778d0809d6a1a851.txt';
const CSR = 'customer-service-representative';

type Figure =
  | {series: 'wages'; year: number; period: 'annual' | 'hourly'; statistic: string; value: number}
  | {series: 'employment'; year: number; value: number}
  | {series: 'outlook'; start: number; end: number; comparedWithAverage: string; growthPercent?: number};

// Every figure of every seed: where it is in the dataset, its source, and the words of the seed it comes from.
const FIGURES: {occupation: string; figure: Figure; source: string; seeds: [string, string][]}[] = [
  {occupation: CSR, figure: {series: 'wages', year: 2018, period: 'annual', statistic: 'p10', value: 22140}, source: 'bls-2018', seeds: [[IS, 'Minna en $22.140']]},
  {occupation: CSR, figure: {series: 'wages', year: 2018, period: 'annual', statistic: 'median', value: 33750}, source: 'bls-2018', seeds: [[IS, 'Miðgildi árslauna : $33.750']]},
  {occupation: CSR, figure: {series: 'wages', year: 2018, period: 'annual', statistic: 'p90', value: 55310}, source: 'bls-2018', seeds: [[IS, 'Meira en $55.310']]},
  {occupation: CSR, figure: {series: 'wages', year: 2018, period: 'hourly', statistic: 'p10', value: 10.65}, source: 'bls-2018', seeds: [[IS, '$10,65/klst']]},
  {occupation: CSR, figure: {series: 'wages', year: 2018, period: 'hourly', statistic: 'median', value: 16.23}, source: 'bls-2018', seeds: [[IS, '$16.23/klst']]},
  {occupation: CSR, figure: {series: 'wages', year: 2018, period: 'hourly', statistic: 'p90', value: 26.59}, source: 'bls-2018', seeds: [[IS, '$26.59/klst']]},
  {occupation: CSR, figure: {series: 'wages', year: 2017, period: 'annual', statistic: 'median', value: 32890}, source: 'bls-ooh-2018', seeds: [[FIL, '$ 32,890 taun-taon'], [AR, '32890 دولارًا سنويًا']]},
  {occupation: CSR, figure: {series: 'wages', year: 2017, period: 'hourly', statistic: 'median', value: 15.81}, source: 'bls-ooh-2018', seeds: [[FIL, '$ 15.81 oras-oras (2017)'], [AR, '15.81 دولارًا في الساعة (2017)']]},
  {occupation: CSR, figure: {series: 'wages', year: 2016, period: 'annual', statistic: 'p25', value: 25520}, source: 'bls-ms', seeds: [[MS, 'persentil ke 25 sebesar $ 25,520']]},
  {occupation: CSR, figure: {series: 'wages', year: 2016, period: 'annual', statistic: 'median', value: 32300}, source: 'bls-ms', seeds: [[MS, 'median $ 32,300 pada 2016']]},
  {occupation: CSR, figure: {series: 'wages', year: 2016, period: 'annual', statistic: 'p75', value: 41430}, source: 'bls-ms', seeds: [[MS, 'persentil ke-75 ialah $ 41,430']]},
  {occupation: CSR, figure: {series: 'wages', year: 2014, period: 'annual', statistic: 'median', value: 31200}, source: 'bls-ooh-2014-15', seeds: [[RU, 'В 2014 году они получали средний годовой оклад в размере 31, 200']]},
  {occupation: CSR, figure: {series: 'wages', year: 2014, period: 'hourly', statistic: 'median', value: 15}, source: 'bls-ooh-2014-15', seeds: [[RU, 'или 15 долларов в час']]},
  {occupation: CSR, figure: {series: 'wages', year: 2008, period: 'hourly', statistic: 'median', value: 14.36}, source: 'bls-ms', seeds: [[MS, '$ 14.36 pada tahun 2008']]},
  {occupation: CSR, figure: {series: 'employment', year: 2012, value: 2363000}, source: 'bls-ooh-2014-15', seeds: [[RU, 'В 2012 году в качестве представителей службы поддержки было занято около 2 363 000']]},
  {occupation: CSR, figure: {series: 'employment', year: 2016, value: 2784500}, source: 'bls-ms', seeds: [[MS, 'Pada tahun 2016, 2,784,500 orang']]},
  {occupation: CSR, figure: {series: 'employment', year: 2016, value: 2785000}, source: 'bls-ooh-2018', seeds: [[FIL, '2,785,000 katao'], [AR, '2،785،000 شخص']]},
  {occupation: CSR, figure: {series: 'outlook', start: 2016, end: 2026, growthPercent: 5, comparedWithAverage: 'as-fast'}, source: 'bls-2018', seeds: [[IS, '5% hraða frá 2016 til 2026']]},
  {occupation: CSR, figure: {series: 'outlook', start: 2016, end: 2026, comparedWithAverage: 'faster'}, source: 'bls-ooh-2018', seeds: [[FIL, 'mas mabilis kaysa sa average para sa lahat ng trabaho sa 2016 at 2026'], [AR, 'أسرع من المتوسط لجميع المهن بين عامي 2016 و 2026']]},
  {occupation: CSR, figure: {series: 'outlook', start: 2014, end: 2024, comparedWithAverage: 'faster'}, source: 'bls-ooh-2014-15', seeds: [[RU, 'быстрее, чем средняя для всех профессий до 2024 года']]},
  ...(
    [
      ['order-clerk', 33510, '$33,510', 31180, '$ 31, 180'],
      ['library-assistant', 25810, '$25,810', 23910, '$ 23, 910'],
      ['teller', 28110, '$28,110', 25760, '$ 25, 760'],
      ['retail-salesperson', 23210, '$23,210', 21390, '$ 21, 390'],
      ['computer-user-support-specialist', 50210, '$50,210', 47610, '$ 47, 610'],
    ] as const
  ).flatMap(([occupation, median2017, quote2017, median2014, quote2014]) => [
    {occupation, figure: {series: 'wages' as const, year: 2017, period: 'annual' as const, statistic: 'median', value: median2017}, source: 'bls-ooh-2018', seeds: [[FIL, quote2017], [AR, quote2017]] as [string, string][]},
    {occupation, figure: {series: 'wages' as const, year: 2014, period: 'annual' as const, statistic: 'median', value: median2014}, source: 'bls-ooh-2014-15', seeds: [[RU, quote2014]] as [string, string][]},
  ]),
];

function findFigure(occupation: OccupationFacts, figure: Figure) {
  switch (figure.series) {
    case 'wages':
      return occupation.wages.find(
        (w) => w.year === figure.year && w[figure.period]?.[figure.statistic as 'median'] === figure.value,
      );
    case 'employment':
      return occupation.employment?.find((e) => e.year === figure.year && e.count === figure.value);
    case 'outlook':
      return occupation.outlook?.find(
        (o) =>
          o.start === figure.start &&
          o.end === figure.end &&
          o.comparedWithAverage === figure.comparedWithAverage &&
          o.growthPercent === figure.growthPercent,
      );
  }
}

describe('dataset', () => {
  it('validates against the schemas, with every locale complete (the build check)', async () => {
    const {ids} = await buildData({dataDir, root});
    assert.ok(ids.includes(CSR) && ids.includes('teller'), 'the curated occupations');
  });

  it('has every text field of the English profile in all six locales', async () => {
    const english = await readJson(join(dataDir, 'occupations', CSR, 'en.json'));
    for (const locale of SUPPORTED_LOCALES) {
      const text = await readJson(join(dataDir, 'occupations', CSR, `${locale}.json`));
      assert.deepEqual(Object.keys(text).sort(), Object.keys(english).sort(), `${locale} has the same fields as en`);
      for (const field of ['title', 'summary', 'whereTheyWork', 'workEnvironment', 'schedule', 'fitIntro']) {
        assert.ok(text[field].trim().length > 0, `${locale} ${field}`);
      }
      assert.equal(text.softSkills.items.length, 5, `${locale} soft skills`);
      assert.equal(text.personalQualities.length, 5, `${locale} personal qualities`);
      assert.equal(text.duties.items.length, 6, `${locale} duties`);
      assert.equal(text.howToGetTheJob.length, 3, `${locale} how to get the job`);
    }
  });

  it('has no seed noise left in the text: mojibake, photo credits, mistranslated brand names', async () => {
    const noise = [/Getty Images/, /\$config/, /Ø|Ù/, /Fact\.com/, /Einmitt|Skrímsli/, /Jafnvægið/, /malaswang/, /Голландия/, /Video/i];
    for (const id of await readdir(join(dataDir, 'occupations'))) {
      for (const locale of SUPPORTED_LOCALES) {
        const text = await readFile(join(dataDir, 'occupations', id, `${locale}.json`), 'utf8');
        for (const pattern of noise) assert.doesNotMatch(text, pattern, `${id}/${locale}.json`);
      }
    }
  });

  for (const {occupation, figure, source, seeds} of FIGURES) {
    const {series, ...what} = figure;
    it(`${occupation} ${series} ${JSON.stringify(what)} is in the dataset with its year and source '${source}', as the seeds say`, async () => {
      const observation = findFigure(await facts(occupation), figure);
      assert.ok(observation, 'figure present');
      assert.equal(observation.source, source);
      const sources = await readJson(join(dataDir, 'sources.json'));
      for (const [file, quote] of seeds) {
        assert.ok((await seed(file)).includes(quote), `${file} says “${quote}”`);
        assert.ok(sources[source].seeds.includes(file), `source ${source} lists seed ${file}`);
      }
    });
  }

});

describe('the runtime layout, built once for every occupation', () => {
  const CARD_PARTS = ['overview', 'skills', 'related', 'technology'] as const;
  const PROFILE_PARTS = Object.keys(PARTS) as TextPart[];
  const CURATED = ['computer-user-support-specialist', CSR, 'library-assistant', 'order-clerk', 'retail-salesperson', 'teller'];
  let out: string;
  let ids: string[];
  const gz = async (file: string) => gzipSync(await readFile(join(out, file))).length;
  const exists = (file: string) => stat(join(out, file)).then(() => true, () => false);

  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'career-data-'));
    ({ids} = await buildData({dataDir, outDir: out, root}));
  });
  after(() => rm(out, {recursive: true, force: true}));

  it('has every O*NET occupation with data, and the six curated ones under their ids', () => {
    assert.equal(ids.length, 923);
    for (const id of [...CURATED, 'registered-nurse', 'actor', 'chief-executive']) assert.ok(ids.includes(id), id);
  });

  it('writes each occupation under its id and its O*NET-SOC code, and a SOC code’s .00 occupation', async () => {
    const byId = JSON.parse(await readFile(join(out, 'registered-nurse', 'overview.json'), 'utf8'));
    const byCode = JSON.parse(await readFile(join(out, '29-1141.00', 'overview.json'), 'utf8'));
    assert.deepEqual(byCode, byId);
    assert.equal(byId.facts.code, '29-1141.00');
    assert.equal(JSON.parse(await readFile(join(out, '43-4051.00', 'overview.json'), 'utf8')).facts.id, CSR);
  });

  it('keeps every file a card widget fetches under 4 KB gzipped, for every occupation and language', async () => {
    let largest = 0;
    for (const id of ids) {
      for (const part of CARD_PARTS) {
        largest = Math.max(largest, await gz(`${id}/${part}.json`));
        for (const locale of SUPPORTED_LOCALES) {
          if (await exists(`${id}/${part}.${locale}.json`)) largest = Math.max(largest, await gz(`${id}/${part}.${locale}.json`));
        }
      }
    }
    // The term names a skills or technology widget fetches in another language: one file for every occupation.
    for (const file of await readdir(join(out, 'terms'))) largest = Math.max(largest, await gz(`terms/${file}`));
    assert.ok(largest <= 4096, `largest card file: ${largest} bytes`);
  });

  it('keeps a whole profile under 12 KB gzipped in English, and in every language for occupations without translated long text', async () => {
    for (const id of ids) {
      for (const locale of CURATED.includes(id) ? (['en'] as const) : SUPPORTED_LOCALES) {
        let total = 0;
        for (const part of PROFILE_PARTS) {
          total += await gz(`${id}/${part}.json`);
          if (locale !== 'en' && (await exists(`${id}/${part}.${locale}.json`))) total += await gz(`${id}/${part}.${locale}.json`);
        }
        assert.ok(total <= 12 * 1024, `${id} (${locale}): ${total} bytes`);
      }
    }
  });

  it('stores nothing that is not localized once per language: a translation file holds text only', async () => {
    const translation = JSON.parse(await readFile(join(out, CSR, 'overview.ar.json'), 'utf8'));
    assert.deepEqual(Object.keys(translation).sort(), ['sources', 'summary', 'title', 'whereTheyWork']);
    assert.equal(await exists('registered-nurse/overview.ar.json'), false);
  });

  it('keeps dist/data/ under 40 MB', async () => {
    let bytes = 0;
    for (const entry of await readdir(out, {recursive: true, withFileTypes: true})) {
      if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size;
    }
    assert.ok(bytes <= 40 * 1024 * 1024, `${(bytes / 1024 / 1024).toFixed(1)} MB`);
  });
});

describe('a broken data file fails the build with a message naming the file and the path in it', () => {
  const factsFile = (dir: string) => join(dir, 'occupations', CSR, 'facts.json');

  it('a wage given as a string', async () => {
    const problems = await problemsOfBrokenCopy(async (dir) => {
      const data = await readJson(factsFile(dir));
      data.wages[0].annual.median = '33750';
      await writeFile(factsFile(dir), JSON.stringify(data));
    });
    // A wage is a number or {atLeast: number} (a top-coded OEWS figure): the string is neither.
    assert.ok(problems.includes(`data/occupations/${CSR}/facts.json: /wages/0/annual/median: must be number`), problems.join('\n'));
    assert.ok(problems.every((p) => p.startsWith(`data/occupations/${CSR}/facts.json: /wages/0/annual/median: must`)), problems.join('\n'));
  });

  it('a missing locale file and a missing translated field', async () => {
    const problems = await problemsOfBrokenCopy(async (dir) => {
      await rm(join(dir, 'occupations', 'teller', 'is.json'));
      const ru = join(dir, 'occupations', CSR, 'ru.json');
      const text = await readJson(ru);
      delete text.schedule;
      text.downsides.pop();
      await writeFile(ru, JSON.stringify(text));
    });
    assert.deepEqual(problems, [
      `data/occupations/${CSR}/ru.json: /downsides: has 4 items where en has 5`,
      `data/occupations/${CSR}/ru.json: /schedule: missing (en has it)`,
      'data/occupations/teller/is.json: file is missing',
    ]);
  });

  it('malformed JSON, an unknown source and an unknown related occupation', async () => {
    const problems = await problemsOfBrokenCopy(async (dir) => {
      await writeFile(join(dir, 'occupations', 'order-clerk', 'ar.json'), '{"title": ');
      const data = await readJson(factsFile(dir));
      data.wages[1].source = 'no-such-source';
      data.related.push('astronaut');
      await writeFile(factsFile(dir), JSON.stringify(data));
    });
    assert.equal(problems.length, 3);
    assert.match(problems[0], /^data\/occupations\/order-clerk\/ar\.json: not valid JSON/);
    assert.ok(problems.includes(`data/occupations/${CSR}/facts.json: /related/5: unknown occupation 'astronaut'`));
    assert.ok(problems.includes(`data/occupations/${CSR}/facts.json: /wages/1/source: unknown source 'no-such-source'`));
  });
});
