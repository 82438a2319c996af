// The importer (npm run import): on a fixture cut from the publishers' files (scripts/cut-fixture.ts),
// its figures checked against the workbooks, its refusal of malformed cells with the file, row and
// column named and nothing written, its byte-identical reruns, and, where the full files are at
// hand (../shared/data-sources), that data/imported/ is exactly what they give.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {cp, mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import type {WageDistribution, WageValue} from '../../data/types.js';
import {defaultSources, ImportError, readCuratedIds, readSources, writeImported, type ImportedOccupation, type Sources} from '../../scripts/import.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(root, 'test', 'fixtures', 'sources');
const shared = join(root, '..', 'shared', 'data-sources');
const run = promisify(execFile);

/** The folders and files the CLI finds under --sources. */
const sourcesIn = (dir: string): Sources => ({
  onet: join(dir, 'onet-29.3'),
  oews: join(dir, 'bls-oews-national'),
  projections: join(dir, 'bls-ep-2024-34', 'occupation.xlsx'),
});

const readFixture = async (dir = fixture) => readSources(sourcesIn(dir), await readCuratedIds(join(root, 'data')));

let imported: Promise<Awaited<ReturnType<typeof readFixture>>> | undefined;
/** The fixture, read once for the tests that only look. */
const fromFixture = () => (imported ??= readFixture());

async function occupation(id: string): Promise<ImportedOccupation> {
  const found = (await fromFixture()).occupations.find((o) => o.facts.id === id);
  assert.ok(found, `occupation ${id} imported`);
  return found;
}

async function temporary(prefix: string) {
  return mkdtemp(join(tmpdir(), `career-import-${prefix}-`));
}

/** `node --import tsx scripts/import.ts --sources … --out …`: its exit code and output, failing or not. */
async function cli(sources: string, out: string): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run(process.execPath, ['--import', 'tsx', 'scripts/import.ts', '--sources', sources, '--out', out], {cwd: root});
    return {code: 0, stdout, stderr};
  } catch (error) {
    const {code, stdout, stderr} = error as {code: number; stdout: string; stderr: string};
    return {code, stdout, stderr};
  }
}

/** Two folders compared file by file, byte for byte: the files only one has, and those that differ. */
async function differences(expected: string, actual: string) {
  const [want, got] = [(await readdir(expected)).sort(), (await readdir(actual)).sort()];
  const differing = [];
  for (const name of want.filter((n) => got.includes(n))) {
    if (!(await readFile(join(expected, name))).equals(await readFile(join(actual, name)))) differing.push(name);
  }
  return {files: want.length, onlyExpected: want.filter((n) => !got.includes(n)), onlyActual: got.filter((n) => !want.includes(n)), differing};
}

// --- the fixture's figures, as the publishers' workbooks (../shared/data-sources) have them --------

type Statistic = keyof WageDistribution;

const WAGES: {id: string; year: number; period: 'annual' | 'hourly'; statistic: Statistic; value: WageValue; cell: string}[] = [
  {id: 'registered-nurse', year: 2024, period: 'annual', statistic: 'median', value: 93600, cell: 'national_M2024_dl.xlsx row 542, column AB (A_MEDIAN)'},
  {id: 'registered-nurse', year: 2024, period: 'hourly', statistic: 'median', value: 45, cell: 'national_M2024_dl.xlsx row 542, column W (H_MEDIAN)'},
  {id: 'registered-nurse', year: 2020, period: 'annual', statistic: 'p10', value: 53410, cell: 'national_M2020_dl.xlsx row 511, column Y (A_PCT10)'},
  {id: 'chief-executive', year: 2024, period: 'annual', statistic: 'p75', value: {atLeast: 239200}, cell: 'national_M2024_dl.xlsx row 6, column AC (A_PCT75): "#", cap $239,200'},
  {id: 'chief-executive', year: 2024, period: 'hourly', statistic: 'p90', value: {atLeast: 115}, cell: 'national_M2024_dl.xlsx row 6, column Y (H_PCT90): "#", cap $115.00'},
  {id: 'chief-executive', year: 2024, period: 'annual', statistic: 'median', value: 206420, cell: 'national_M2024_dl.xlsx row 6, column AB (A_MEDIAN)'},
  {id: 'chief-executive', year: 2024, period: 'annual', statistic: 'mean', value: 262930, cell: 'national_M2024_dl.xlsx row 6, column S (A_MEAN): a mean above the cap, published'},
  {id: 'chief-executive', year: 2020, period: 'annual', statistic: 'p75', value: {atLeast: 208000}, cell: 'national_M2020_dl.xlsx row 6, column AB (A_PCT75): "#", cap $208,000'},
  {id: 'chief-executive', year: 2020, period: 'hourly', statistic: 'p75', value: {atLeast: 100}, cell: 'national_M2020_dl.xlsx row 6, column W (H_PCT75): "#", cap $100.00'},
  {id: 'chief-executive', year: 2021, period: 'annual', statistic: 'p90', value: {atLeast: 208000}, cell: 'national_M2021_dl.xlsx row 6, column AD (A_PCT90): "#"'},
  {id: 'chief-executive', year: 2025, period: 'annual', statistic: 'p75', value: 356200, cell: 'national_M2025_dl.xlsx row 6, column AC (A_PCT75): no "#" in 2025'},
  {id: 'chief-executive', year: 2025, period: 'annual', statistic: 'p90', value: 507730, cell: 'national_M2025_dl.xlsx row 6, column AD (A_PCT90)'},
  {id: 'actor', year: 2024, period: 'hourly', statistic: 'median', value: 23.33, cell: 'national_M2024_dl.xlsx row 467, column W (H_MEDIAN)'},
  {id: 'actor', year: 2025, period: 'hourly', statistic: 'p90', value: 143.68, cell: 'national_M2025_dl.xlsx row 465, column Y (H_PCT90)'},
  {id: 'athlete-and-sports-competitor', year: 2024, period: 'annual', statistic: 'median', value: 62360, cell: 'national_M2024_dl.xlsx row 470, column AB (A_MEDIAN)'},
  {id: 'athlete-and-sports-competitor', year: 2024, period: 'annual', statistic: 'p90', value: {atLeast: 239200}, cell: 'national_M2024_dl.xlsx row 470, column AD (A_PCT90): "#"'},
  {id: 'prosthodontist', year: 2024, period: 'annual', statistic: 'median', value: {atLeast: 239200}, cell: 'national_M2024_dl.xlsx row 518, column AB (A_MEDIAN): "#"'},
  {id: 'prosthodontist', year: 2021, period: 'annual', statistic: 'median', value: 100950, cell: 'national_M2021_dl.xlsx row 518, column AB (A_MEDIAN)'},
  {id: 'software-developer', year: 2021, period: 'annual', statistic: 'median', value: 120730, cell: 'national_M2021_dl.xlsx row 151, column AB (A_MEDIAN)'},
  {id: 'buyer-and-purchasing-agent-farm-product', year: 2024, period: 'annual', statistic: 'median', value: 75650, cell: 'national_M2024_dl.xlsx row 80, column AB (A_MEDIAN): the broad group 13-1020'},
  {id: 'customer-service-representative', year: 2025, period: 'annual', statistic: 'median', value: 44770, cell: 'national_M2025_dl.xlsx row 872, column AB (A_MEDIAN)'},
  {id: 'customer-service-representative', year: 2024, period: 'hourly', statistic: 'p10', value: 14.75, cell: 'national_M2024_dl.xlsx row 874, column U (H_PCT10)'},
];

const EMPLOYMENT: {id: string; year: number; count: number; soc?: string; cell: string}[] = [
  {id: 'registered-nurse', year: 2024, count: 3282010, cell: 'national_M2024_dl.xlsx row 542, column L (TOT_EMP)'},
  {id: 'actor', year: 2020, count: 44460, cell: 'national_M2020_dl.xlsx row 440, column L (TOT_EMP)'},
  {id: 'buyer-and-purchasing-agent-farm-product', year: 2024, count: 486900, soc: '13-1020', cell: 'national_M2024_dl.xlsx row 80, column L (TOT_EMP): the broad group'},
];

// Which years have wages: a detailed code missing from a year is missing from the fixture's wages
// (the full files fill some of those years from a broad group, which the fixture leaves out).
const WAGE_YEARS: {id: string; years: number[]; why: string}[] = [
  {id: 'chief-executive', years: [2025, 2024, 2023, 2022, 2021, 2020], why: 'in every year'},
  {id: 'prosthodontist', years: [2025, 2024, 2023, 2021, 2020], why: '29-1024 is in no row of national_M2022_dl.xlsx'},
  {id: 'software-developer', years: [2025, 2024, 2023, 2022, 2021], why: '15-1252 is in no row of national_M2020_dl.xlsx (2020 published 15-1256)'},
  {id: 'buyer-and-purchasing-agent-farm-product', years: [2025, 2024, 2023, 2022, 2021, 2020], why: 'from the broad group 13-1020 in every year'},
];

// occupation.xlsx, sheet Table 1.2: columns I (percent), D and E (thousands), K (openings, thousands); row 3 (00-0000) has 3.1.
const OUTLOOK: {id: string; growthPercent: number; comparedWithAverage: string; start: number; end: number; annualOpenings: number; soc?: string; cell: string}[] = [
  {id: 'customer-service-representative', growthPercent: -5.5, comparedWithAverage: 'decline', start: 2814000, end: 2660300, annualOpenings: 341700, cell: 'row 700'},
  {id: 'registered-nurse', growthPercent: 4.9, comparedWithAverage: 'as-fast', start: 3391000, end: 3557100, annualOpenings: 189100, cell: 'row 438'},
  {id: 'software-developer', growthPercent: 15.8, comparedWithAverage: 'much-faster', start: 1693800, end: 1961400, annualOpenings: 115200, cell: 'row 110'},
  {id: 'actor', growthPercent: 0.3, comparedWithAverage: 'slower', start: 57000, end: 57100, annualOpenings: 6300, cell: 'row 376'},
  {id: 'buyer-and-purchasing-agent-farm-product', growthPercent: 5.8, comparedWithAverage: 'faster', start: 522200, end: 552300, annualOpenings: 52200, soc: '13-1020', cell: 'row 56, the line item 13-1020'},
];

// occupation.xlsx, sheet Table 1.2, columns M, N and O.
const ENTRY: {id: string; education?: string; experience?: string; training?: string; cell: string}[] = [
  {id: 'customer-service-representative', education: 'high-school', experience: 'none', training: 'short-term', cell: 'row 700'},
  {id: 'registered-nurse', education: 'bachelor', experience: 'none', training: 'none', cell: 'row 438'},
  {id: 'chief-executive', education: 'bachelor', experience: '5-years-or-more', training: 'none', cell: 'row 6'},
  {id: 'prosthodontist', education: 'doctoral', experience: 'none', training: 'internship-residency', cell: 'row 421'},
  {id: 'athlete-and-sports-competitor', education: 'none', experience: 'none', training: 'long-term', cell: 'row 379: "No formal educational credential"'},
  {id: 'actor', education: 'some-college', experience: 'none', training: 'long-term', cell: 'row 376'},
  {id: 'buyer-and-purchasing-agent-farm-product', education: 'bachelor', experience: 'none', training: 'moderate-term', cell: 'row 56 (13-1020)'},
];

// Interests.xlsx, the three IH rows of each occupation, column G: 1–6 = R I A S E C, 0 = none.
const HIGH_POINTS: {id: string; code: string[]; cell: string}[] = [
  {id: 'registered-nurse', code: ['S', 'I', 'C'], cell: 'rows 3617–3619: 4, 2, 6'},
  {id: 'chief-executive', code: ['E', 'C'], cell: 'rows 8–10: 5, 6, 0'},
  {id: 'actor', code: ['A', 'S', 'E'], cell: 'rows 3158–3160: 3, 4, 5'},
  {id: 'customer-service-representative', code: ['C', 'E', 'S'], cell: 'rows 5444–5446: 6, 5, 4'},
];

const IDS: {code: string; id: string; why: string}[] = [
  {code: '43-4051.00', id: 'customer-service-representative', why: 'curated: data/occupations/customer-service-representative'},
  {code: '15-1232.00', id: 'computer-user-support-specialist', why: 'curated'},
  {code: '43-4121.00', id: 'library-assistant', why: 'curated (the title would give library-assistant-clerical)'},
  {code: '29-1141.00', id: 'registered-nurse', why: '"Registered Nurses"'},
  {code: '29-1141.02', id: 'advanced-practice-psychiatric-nurse', why: '"Advanced Practice Psychiatric Nurses"'},
  {code: '27-2021.00', id: 'athlete-and-sports-competitor', why: '"Athletes and Sports Competitors": each phrase\'s head made singular'},
  {code: '13-1021.00', id: 'buyer-and-purchasing-agent-farm-product', why: '"Buyers and Purchasing Agents, Farm Products"'},
];

const NURSES = ['29-1141.00', '29-1141.01', '29-1141.02', '29-1141.03', '29-1141.04'];

describe('import: the fixture cut from the publishers\' files', () => {
  it('imports the 17 occupations with a Job Zone, in code order, and not the one without', async () => {
    const {occupations} = await fromFixture();
    assert.deepEqual(
      occupations.map((o) => o.facts.code),
      ['11-1011.00', '13-1021.00', '15-1232.00', '15-1252.00', '27-2011.00', '27-2021.00', '29-1024.00', ...NURSES, '41-2031.00', '43-3071.00', '43-4051.00', '43-4121.00', '43-4151.00'],
    );
  });

  for (const {code, id, why} of IDS) {
    it(`gives ${code} the id ${id} (${why})`, async () => {
      const found = (await fromFixture()).occupations.find((o) => o.facts.code === code);
      assert.equal(found?.facts.id, id);
    });
  }

  for (const {id, year, period, statistic, value, cell} of WAGES) {
    it(`${id} ${year} ${period} ${statistic} is ${JSON.stringify(value)} (${cell})`, async () => {
      const wages = (await occupation(id)).facts.wages.find((w) => w.year === year);
      assert.ok(wages, `wages for ${year}`);
      assert.equal(wages.source, 'bls-oews');
      assert.deepEqual(wages[period]?.[statistic], value);
    });
  }

  for (const {id, year, count, soc, cell} of EMPLOYMENT) {
    it(`${id} ${year} employment is ${count}${soc ? ` from ${soc}` : ''} (${cell})`, async () => {
      const employment = (await occupation(id)).facts.employment?.find((e) => e.year === year);
      assert.deepEqual(employment, {year, count, source: 'bls-oews', ...(soc ? {soc} : {})});
    });
  }

  for (const {id, years, why} of WAGE_YEARS) {
    it(`${id} has wages for ${years.join(', ')} (${why})`, async () => {
      assert.deepEqual(
        (await occupation(id)).facts.wages.map((w) => w.year),
        years,
      );
    });
  }

  it('buyers of farm products carry the broad group 13-1020 on every wage, their own code nowhere in OEWS', async () => {
    const {facts} = await occupation('buyer-and-purchasing-agent-farm-product');
    assert.deepEqual(
      facts.wages.map((w) => w.soc),
      Array(6).fill('13-1020'),
    );
    assert.deepEqual(facts.soc, {code: '13-1021', version: '2018'});
  });

  it('actors have hourly wages and no annual ones in every year (HOURLY = TRUE, A_* = "*")', async () => {
    const {wages} = (await occupation('actor')).facts;
    assert.equal(wages.length, 6);
    for (const w of wages) {
      assert.ok(w.hourly?.median, `${w.year} hourly median`);
      assert.equal(w.annual, undefined, `${w.year} annual`);
    }
  });

  it('athletes have annual wages and no hourly ones in every year (ANNUAL = TRUE, H_* = "*")', async () => {
    const {wages} = (await occupation('athlete-and-sports-competitor')).facts;
    assert.equal(wages.length, 6);
    for (const w of wages) {
      assert.ok(w.annual?.median, `${w.year} annual median`);
      assert.equal(w.hourly, undefined, `${w.year} hourly`);
    }
  });

  it('the five O*NET occupations of SOC 29-1141 have identical wages, employment and outlook, and list each other as sharedSoc', async () => {
    const {occupations} = await fromFixture();
    const nurses = NURSES.map((code) => occupations.find((o) => o.facts.code === code)!.facts);
    assert.equal(nurses[0].wages.length, 6);
    for (const nurse of nurses) {
      assert.deepEqual(nurse.sharedSoc, NURSES, nurse.code);
      assert.deepEqual(nurse.wages, nurses[0].wages, nurse.code);
      assert.deepEqual(nurse.employment, nurses[0].employment, nurse.code);
      assert.deepEqual(nurse.outlook, nurses[0].outlook, nurse.code);
    }
    assert.equal((await occupation('chief-executive')).facts.sharedSoc, undefined);
  });

  for (const {id, growthPercent, comparedWithAverage, start, end, annualOpenings, soc, cell} of OUTLOOK) {
    it(`${id} outlook 2024–34: ${growthPercent}% (${comparedWithAverage}) (occupation.xlsx [Table 1.2] ${cell})`, async () => {
      assert.deepEqual((await occupation(id)).facts.outlook, [
        {start: 2024, end: 2034, growthPercent, comparedWithAverage, employment: {start, end}, annualOpenings, source: 'bls-ep-2024-34', averageGrowthPercent: 3.1, ...(soc ? {soc} : {})},
      ]);
    });
  }

  for (const {id, education, experience, training, cell} of ENTRY) {
    it(`${id} needs ${education} education, ${experience} experience, ${training} training (occupation.xlsx [Table 1.2] ${cell})`, async () => {
      const {facts} = await occupation(id);
      assert.deepEqual({education: facts.education, experience: facts.experience, training: facts.training}, {education, experience, training});
    });
  }

  for (const {id, code, cell} of HIGH_POINTS) {
    it(`${id} has the interest high-point code ${code.join('')} (Interests.xlsx ${cell})`, async () => {
      assert.deepEqual((await occupation(id)).facts.interests?.code, code);
    });
  }

  it('registered nurses\' interest scores are O*NET\'s (Interests.xlsx rows 3611–3616, column G)', async () => {
    assert.deepEqual((await occupation('registered-nurse')).facts.interests, {
      scores: {R: 3.66, I: 4.82, A: 1.31, S: 5.62, E: 2.28, C: 4.58},
      code: ['S', 'I', 'C'],
      source: 'onet-29-3',
    });
  });

  it('lists core tasks first, then supplemental ones, each in O*NET\'s order (Task Statements.xlsx rows 12707–12719)', async () => {
    const {tasks} = (await occupation('customer-service-representative')).text;
    assert.equal(tasks?.length, 13);
    assert.equal(tasks[0], 'Confer with customers by telephone or in person to provide information about products or services, take or enter orders, cancel accounts, or obtain details of complaints.');
    assert.equal(tasks[6], 'Refer unresolved customer grievances to designated departments for further investigation.');
    assert.equal(tasks[7], "Resolve customers' service or billing complaints by performing activities such as exchanging merchandise, refunding money, or adjusting bills.");
    assert.equal(tasks[12], 'Recommend improvements in products, packaging, shipping, service, or billing methods and procedures to prevent future problems.');
  });

  it('keeps tasks O*NET has not typed, in its order (software developers, Task Statements.xlsx rows 2474–2492, column E empty)', async () => {
    const {tasks} = (await occupation('software-developer')).text;
    assert.equal(tasks?.length, 19);
    assert.equal(tasks[0], 'Analyze information to determine, recommend, and plan installation of a new system or modification of an existing system.');
    assert.equal(tasks[18], 'Train users to use new or modified equipment.');
  });

  it('relates only Primary-Short occupations that have data, in O*NET\'s order (Related Occupations.xlsx rows 8022–8041)', async () => {
    // 29-1171.00 and 29-2061.00 (Primary-Short) are not in the fixture; 29-1141.02 is Primary-Long.
    assert.deepEqual((await occupation('registered-nurse')).facts.related, ['clinical-nurse-specialist', 'acute-care-nurse', 'critical-care-nurse']);
  });

  it('keeps the title, description, Job Zone and alternate titles (Occupation Data.xlsx row 437, Job Zones.xlsx row 403, Alternate Titles.xlsx row 16801)', async () => {
    const {facts, text, alternateTitles} = await occupation('registered-nurse');
    assert.equal(text.title, 'Registered Nurses');
    assert.match(text.summary, /^Assess patient health problems and needs, develop and implement nursing care plans/);
    assert.equal(facts.jobZone, 4);
    assert.equal(alternateTitles.length, 100);
    assert.ok(alternateTitles.includes('Registered Nurse (RN)'));
  });

  it('reads each year\'s `#` cap from its Field Descriptions sheet, and the average growth from the total row', async () => {
    assert.deepEqual((await fromFixture()).release, {
      onet: '29.3',
      oews: [
        {year: 2020, cap: {hourly: 100, annual: 208000}},
        {year: 2021, cap: {hourly: 100, annual: 208000}},
        {year: 2022, cap: {hourly: 115, annual: 239200}},
        {year: 2023, cap: {hourly: 115, annual: 239200}},
        {year: 2024, cap: {hourly: 115, annual: 239200}},
        {year: 2025, cap: {hourly: 115, annual: 239200}},
      ],
      projections: {start: 2024, end: 2034, averageGrowthPercent: 3.1},
    });
  });

  it('reports the rows it skipped on purpose: no Job Zone, totals and groups, related occupations without data', async () => {
    const lines = (await fromFixture()).report.lines();
    assert.ok(lines.includes('  skipped 1 in Occupation Data.xlsx: no Job Zone: O*NET has no data for the occupation (e.g. 11-9039.00 Education Administrators, All Other)'), lines.join('\n'));
    assert.ok(lines.includes('  skipped 2 in national_M2024_dl.xlsx: not an occupation (a total, major or minor group) (e.g. 00-0000 All Occupations; 11-0000 Management Occupations)'), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('  skipped 6 in occupation.xlsx [Table 1.2]: not an occupation (a summary row, a footnote) (e.g. 00-0000 Total, all occupations; 11-0000 Management occupations; Footnotes:; …)')), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('  skipped 34 in Related Occupations.xlsx: related occupation has no O*NET data (e.g. 11-1011.00 → 11-1021.00;')), lines.join('\n'));
  });
});

// --- malformed source data ------------------------------------------------------------------------

interface CellChange {
  /** The workbook, under the sources folder. */
  file: string;
  sheet?: string;
  /** The row: the one whose `key[0]` column holds `key[1]` (and, for OEWS, a detailed or broad occupation). */
  key: [string, string];
  header: string;
  value: string | number;
}

const OEWS_2024 = 'bls-oews-national/national_M2024_dl.xlsx';
const TASKS = 'onet-29.3/Task Statements.xlsx';
const EP = 'bls-ep-2024-34/occupation.xlsx';

/**
 * A copy of the fixture with cells rewritten (read with read-excel-file, written back with
 * write-excel-file, every sheet kept); returns the copy and each changed cell's row number as a
 * spreadsheet program shows it.
 */
async function changedCopy(changes: CellChange[]): Promise<{dir: string; rows: number[]}> {
  const dir = await temporary('sources');
  await cp(fixture, dir, {recursive: true});
  const rows = [];
  for (const {file, sheet, key, header, value} of changes) {
    const path = join(dir, file);
    const sheets = await readXlsxFile(path);
    const {data} = sheet ? sheets.find((s) => s.sheet === sheet)! : sheets[0];
    const headerIndex = data.findIndex((row) => row.includes(key[0]) && row.includes(header));
    const [keyColumn, column] = [data[headerIndex].indexOf(key[0]), data[headerIndex].indexOf(header)];
    const index = data.findIndex((row, i) => i > headerIndex && String(row[keyColumn]) === key[1]);
    assert.ok(index > headerIndex, `${file}: a row with ${key[0]} = ${key[1]}`);
    data[index][column] = value;
    rows.push(index + 1);
    await writeXlsxFile(sheets.map((s) => ({sheet: s.sheet, data: s.data as (string | number | boolean | Date | null)[][]}))).toFile(path);
  }
  return {dir, rows};
}

const MALFORMED: {name: string; changes: CellChange[]; problems: (rows: number[]) => {file: string; row: number; column: string; message: string}[]}[] = [
  {
    name: 'a wage that is not a number',
    changes: [{file: OEWS_2024, key: ['OCC_CODE', '29-1141'], header: 'A_PCT75', value: '12,3x4'}],
    problems: ([row]) => [{file: 'national_M2024_dl.xlsx', row, column: 'AC (A_PCT75)', message: `national_M2024_dl.xlsx, row ${row}, column AC (A_PCT75): is not a number: "12,3x4"`}],
  },
  {
    name: 'a Task Type that is neither Core nor Supplemental',
    changes: [{file: TASKS, key: ['Task ID', '2578'], header: 'Task Type', value: 'Sometimes'}],
    problems: ([row]) => [{file: 'Task Statements.xlsx', row, column: 'E (Task Type)', message: `Task Statements.xlsx, row ${row}, column E (Task Type): is “Sometimes”, not Core or Supplemental`}],
  },
  {
    name: 'annual wages where HOURLY (the text "TRUE", as the BLS files have it) says hourly only',
    changes: [{file: OEWS_2024, key: ['OCC_CODE', '27-2011'], header: 'A_MEDIAN', value: 50000}],
    problems: ([row]) => [
      {file: 'national_M2024_dl.xlsx', row, column: 'AB (A_MEDIAN)', message: `national_M2024_dl.xlsx, row ${row}, column AB (A_MEDIAN): has annual wages where HOURLY says the BLS publishes hourly wages only`},
    ],
  },
  {
    name: 'a Job Zone outside 1–5',
    changes: [{file: 'onet-29.3/Job Zones.xlsx', key: ['O*NET-SOC Code', '29-1141.00'], header: 'Job Zone', value: 6}],
    problems: ([row]) => [{file: 'Job Zones.xlsx', row, column: 'C (Job Zone)', message: `Job Zones.xlsx, row ${row}, column C (Job Zone): is 6, not a Job Zone from 1 to 5`}],
  },
  {
    name: 'a growth percent that is not a number in the projections',
    changes: [{file: EP, sheet: 'Table 1.2', key: ['2024 National Employment Matrix code', '43-4051'], header: 'Employment change, percent, 2024–34', value: 'n/a'}],
    problems: ([row]) => [
      {
        file: 'occupation.xlsx [Table 1.2]',
        row,
        column: 'I (Employment change, percent, 2024–34)',
        message: `occupation.xlsx [Table 1.2], row ${row}, column I (Employment change, percent, 2024–34): is not a number: "n/a"`,
      },
    ],
  },
  {
    name: 'every problem of every file at once, O*NET first',
    changes: [
      {file: OEWS_2024, key: ['OCC_CODE', '29-1141'], header: 'A_PCT75', value: '12,3x4'},
      {file: TASKS, key: ['Task ID', '2578'], header: 'Task Type', value: 'Sometimes'},
    ],
    problems: ([wage, task]) => [
      {file: 'Task Statements.xlsx', row: task, column: 'E (Task Type)', message: `Task Statements.xlsx, row ${task}, column E (Task Type): is “Sometimes”, not Core or Supplemental`},
      {file: 'national_M2024_dl.xlsx', row: wage, column: 'AC (A_PCT75)', message: `national_M2024_dl.xlsx, row ${wage}, column AC (A_PCT75): is not a number: "12,3x4"`},
    ],
  },
];

describe('import: malformed source data fails with the file, row and column named, and nothing written', () => {
  for (const {name, changes, problems} of MALFORMED) {
    it(name, async () => {
      const {dir, rows} = await changedCopy(changes);
      try {
        const error = await readFixture(dir).then(
          () => assert.fail('the import should have failed'),
          (error: unknown) => error,
        );
        assert.ok(error instanceof ImportError, String(error));
        const expected = problems(rows);
        assert.deepEqual(
          error.problems.map(({file, row, column, message}) => ({file, row, column, message})),
          expected,
        );
        for (const {message} of expected) assert.ok(error.message.includes(`\n  ${message}`), error.message);
      } finally {
        await rm(dir, {recursive: true, force: true});
      }
    });
  }

  it('the CLI exits with 1, names the file, row and column on stderr, and creates no output folder', async () => {
    const {dir, rows} = await changedCopy([{file: OEWS_2024, key: ['OCC_CODE', '29-1141'], header: 'A_PCT75', value: '12,3x4'}]);
    const out = join(await temporary('out'), 'imported');
    try {
      const {code, stdout, stderr} = await cli(dir, out);
      assert.equal(code, 1, stderr);
      assert.equal(stdout, '');
      assert.match(stderr, /^The source files have 1 problem\(s\); nothing was written:/);
      assert.ok(stderr.includes(`national_M2024_dl.xlsx, row ${rows[0]}, column AC (A_PCT75): is not a number: "12,3x4"`), stderr);
      assert.equal(existsSync(out), false, `${out} exists`);
    } finally {
      await rm(dir, {recursive: true, force: true});
      await rm(join(out, '..'), {recursive: true, force: true});
    }
  });

  it('a Supplemental task above the Core ones goes after them (not malformed: O*NET\'s order within each group is kept)', async () => {
    const {dir} = await changedCopy([{file: TASKS, key: ['Task ID', '18565'], header: 'Task Type', value: 'Supplemental'}]);
    try {
      const {tasks} = (await readFixture(dir)).occupations.find((o) => o.facts.id === 'customer-service-representative')!.text;
      assert.equal(tasks?.length, 13);
      assert.equal(tasks[0], 'Keep records of customer interactions or transactions, recording details of inquiries, complaints, or comments, as well as actions taken.');
      assert.equal(tasks[6], 'Confer with customers by telephone or in person to provide information about products or services, take or enter orders, cancel accounts, or obtain details of complaints.');
      assert.equal(tasks[7], "Resolve customers' service or billing complaints by performing activities such as exchanging merchandise, refunding money, or adjusting bills.");
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  });
});

// --- output ------------------------------------------------------------------------------------------

describe('import: output', () => {
  it('is byte-identical when the CLI runs twice on the same files', async () => {
    const [first, second] = [await temporary('first'), await temporary('second')];
    try {
      for (const out of [first, second]) {
        const {code, stdout, stderr} = await cli(fixture, out);
        assert.equal(code, 0, stderr);
        assert.match(stdout, /^import: 17 occupations written to /);
      }
      const result = await differences(first, second);
      assert.deepEqual(result, {files: 18, onlyExpected: [], onlyActual: [], differing: []});
    } finally {
      await rm(first, {recursive: true, force: true});
      await rm(second, {recursive: true, force: true});
    }
  });
});

const haveShared = existsSync(shared);

describe('import: data/imported/ is what the full publishers\' files give (drift check)', {skip: !haveShared && 'no ../shared/data-sources'}, () => {
  it('every file of a fresh import equals the committed one byte for byte, and no file is missing or extra', async () => {
    const out = await temporary('full');
    try {
      const {occupations, release} = await readSources(defaultSources(root), await readCuratedIds(join(root, 'data')));
      assert.equal(occupations.length, 923);
      await writeImported(out, occupations, release);
      // expected: the committed files; actual: the fresh import.
      const result = await differences(join(root, 'data', 'imported'), out);
      assert.deepEqual(result, {files: 924, onlyExpected: [], onlyActual: [], differing: []}, 'data/imported/ is not what `npm run import` gives: run it and commit data/imported/');
    } finally {
      await rm(out, {recursive: true, force: true});
    }
  });

  it('fills a year the detailed code is missing from with its broad group: prosthodontists 2022 (29-1020), software developers 2020 (15-1250)', async () => {
    const facts = async (id: string) => (JSON.parse(await readFile(join(root, 'data', 'imported', `${id}.json`), 'utf8')) as ImportedOccupation).facts;
    // national_M2022_dl.xlsx row 514 (29-1020 Dentists, broad), column AB (A_MEDIAN) and AD (A_PCT90, "#").
    const prosthodontist = (await facts('prosthodontist')).wages.find((w) => w.year === 2022);
    assert.equal(prosthodontist?.soc, '29-1020');
    assert.equal(prosthodontist?.annual?.median, 159530);
    assert.deepEqual(prosthodontist?.annual?.p90, {atLeast: 239200});
    // national_M2020_dl.xlsx row 134 (15-1250 Software and Web Developers, Programmers, and Testers, broad), column AA (A_MEDIAN).
    const developer = (await facts('software-developer')).wages.find((w) => w.year === 2020);
    assert.equal(developer?.soc, '15-1250');
    assert.equal(developer?.annual?.median, 105310);
  });
});
