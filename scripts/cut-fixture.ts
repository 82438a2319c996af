// npx tsx scripts/cut-fixture.ts [--from DIR] [--to DIR]: cuts test/fixtures/sources/ from the
// publishers' files in ../shared/data-sources/ — the same folders, file names, sheet names and
// header rows, with the rows of a few occupations only — so that the importer's tests run on real
// rows (its special values, its flags, its shared and broad SOC codes) without the 20 MB originals.
//
// Cells keep their types: numbers stay numbers and the publishers' marks stay text ("#", "*",
// "**", and OEWS's ANNUAL/HOURLY flags, which the BLS files store as the text "TRUE"). The same
// sources always give the same bytes, so a rerun changes nothing in git.
import {mkdir, readdir, rm, writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import readXlsxFile, {readSheet} from 'read-excel-file/node';
import {unzipSync, zipSync} from 'fflate';
import writeXlsxFile from 'write-excel-file/node';

type Value = string | number | boolean | Date | null;
type Rows = Value[][];

/** The occupations the fixture keeps, and why. */
const OCCUPATIONS: Record<string, string> = {
  '11-1011.00': 'Chief Executives: wages `#` in 2020–2024 (two caps), published above the old cap in 2025',
  '27-2011.00': 'Actors: hourly wages only (HOURLY)',
  '27-2021.00': 'Athletes and Sports Competitors: annual wages only (ANNUAL)',
  '29-1141.00': 'Registered Nurses: one SOC code for five O*NET occupations',
  '29-1141.01': 'Acute Care Nurses (SOC 29-1141)',
  '29-1141.02': 'Advanced Practice Psychiatric Nurses (SOC 29-1141)',
  '29-1141.03': 'Critical Care Nurses (SOC 29-1141)',
  '29-1141.04': 'Clinical Nurse Specialists (SOC 29-1141)',
  '29-1024.00': 'Prosthodontists: in every OEWS year but 2022',
  '15-1252.00': 'Software Developers: in OEWS 2021–2025 only',
  '13-1021.00': 'Buyers and Purchasing Agents, Farm Products: no 13-1021 in OEWS, only the broad group 13-1020',
  '43-4051.00': 'Customer Service Representatives (curated)',
  '43-4151.00': 'Order Clerks (curated)',
  '43-4121.00': 'Library Assistants, Clerical (curated)',
  '43-3071.00': 'Tellers (curated)',
  '41-2031.00': 'Retail Salespersons (curated)',
  '15-1232.00': 'Computer User Support Specialists (curated)',
};
/** In Occupation Data only: an occupation without a Job Zone, which the importer skips and reports. */
const WITHOUT_JOB_ZONE = '11-9039.00';
/** Related Occupations rows pointing outside the fixture kept per occupation (the importer skips them). */
const RELATED_OUTSIDE = 2;

const ONET_FILES = [
  'Occupation Data',
  'Job Zones',
  'Alternate Titles',
  'Task Statements',
  'Skills',
  'Knowledge',
  'Work Styles',
  'Interests',
  'Work Values',
  'Technology Skills',
  'Related Occupations',
];
const OEWS = /^national_M\d{4}_dl\.xlsx$/;
/** OEWS rows kept besides the occupations' own: the total and one major group (skipped), the broad group for the buyers. */
const OEWS_EXTRA = [
  {code: '00-0000', group: 'total'},
  {code: '11-0000', group: 'major'},
  {code: '13-1020', group: 'broad'},
];
const EP_SHEET = 'Table 1.2';
/** Employment Projections rows kept besides the occupations' own: the total (the average growth), a summary row, the buyers' group. */
const EP_EXTRA = ['00-0000', '11-0000', '13-1020'];

const root = resolve(fileURLToPath(import.meta.url), '../..');
const {values} = parseArgs({options: {from: {type: 'string'}, to: {type: 'string'}}});
const from = resolve(values.from ?? join(root, '..', 'shared', 'data-sources'));
const to = resolve(values.to ?? join(root, 'test', 'fixtures', 'sources'));

const codes = new Set(Object.keys(OCCUPATIONS));
const socs = new Set([...codes].map((code) => code.slice(0, 7)));

/** A zip entry's time is local time: fixed, and read in UTC, it makes the same bytes everywhere. */
process.env.TZ = 'UTC';
const ENTRY_TIME = new Date('1980-01-01T00:00:00Z');

async function write(path: string, sheets: {sheet: string; data: Rows}[]) {
  const xlsx = await writeXlsxFile(
    sheets.map(({sheet, data}) => ({
      sheet,
      // write-excel-file needs a format for dates; the files the importer reads hold none, but keep any as dates.
      data: data.map((row) => row.map((value) => (value instanceof Date ? {value, type: Date, format: 'yyyy-mm-dd'} : value))),
    })),
  ).toBuffer();
  // write-excel-file stamps each zip entry with the time of writing; rezipped with a fixed one.
  const entries = unzipSync(new Uint8Array(xlsx));
  await writeFile(path, zipSync(Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, [bytes, {mtime: ENTRY_TIME}]]))));
}

/** The header row (which must have the column `key`) and the rows `keep` passes, in the publisher's order. */
function cut(data: Rows, key: string, keep: (column: (header: string) => Value) => boolean): Rows {
  const index = new Map(data[0].map((header, i) => [String(header), i]));
  if (!index.has(key)) throw new Error(`no column “${key}” in ${JSON.stringify(data[0])}`);
  return [data[0], ...data.slice(1).filter((row) => keep((header) => row[index.get(header)!] ?? null))];
}

async function onet() {
  await mkdir(join(to, 'onet-29.3'), {recursive: true});
  const outside = new Map<string, number>();
  for (const name of ONET_FILES) {
    const sheets = (await readXlsxFile(join(from, 'onet-29.3', `${name}.xlsx`))) as {sheet: string; data: Rows}[];
    if (sheets.length !== 1) throw new Error(`${name}.xlsx: expected one sheet, found ${sheets.map((s) => s.sheet).join(', ')}`);
    const [{sheet, data}] = sheets;
    const rows = cut(data, 'O*NET-SOC Code', (column) => {
      const code = String(column('O*NET-SOC Code'));
      if (name === 'Occupation Data') return codes.has(code) || code === WITHOUT_JOB_ZONE;
      if (!codes.has(code)) return false;
      if (name !== 'Related Occupations' || codes.has(String(column('Related O*NET-SOC Code')))) return true;
      outside.set(code, (outside.get(code) ?? 0) + 1);
      return outside.get(code)! <= RELATED_OUTSIDE;
    });
    await write(join(to, 'onet-29.3', `${name}.xlsx`), [{sheet, data: rows}]);
    console.log(`onet-29.3/${name}.xlsx [${sheet}]: ${rows.length - 1} of ${data.length - 1} rows`);
  }
}

async function oews() {
  await mkdir(join(to, 'bls-oews-national'), {recursive: true});
  for (const name of (await readdir(join(from, 'bls-oews-national'))).filter((n) => OEWS.test(n)).sort()) {
    const path = join(from, 'bls-oews-national', name);
    const [first] = (await readXlsxFile(path)) as {sheet: string; data: Rows}[];
    const rows = cut(first.data, 'OCC_CODE', (column) => {
      const code = String(column('OCC_CODE'));
      const group = column('O_GROUP');
      return (group === 'detailed' && socs.has(code)) || OEWS_EXTRA.some((extra) => extra.code === code && extra.group === group);
    });
    const descriptions = (await readSheet(path, 'Field Descriptions')) as Rows;
    await write(join(to, 'bls-oews-national', name), [
      {sheet: first.sheet, data: rows},
      {sheet: 'Field Descriptions', data: descriptions},
    ]);
    console.log(`bls-oews-national/${name} [${first.sheet}]: ${rows.length - 1} of ${first.data.length - 1} rows; [Field Descriptions] whole`);
  }
}

async function projections() {
  await mkdir(join(to, 'bls-ep-2024-34'), {recursive: true});
  const data = (await readSheet(join(from, 'bls-ep-2024-34', 'occupation.xlsx'), EP_SHEET)) as Rows;
  // Row 1 is the table's title, row 2 its header; the footnotes below the table are kept too.
  const header = data.findIndex((row) => row.includes('2024 National Employment Matrix code'));
  const [title, table] = [data.slice(0, header), data.slice(header)];
  const rows = cut(table, '2024 National Employment Matrix code', (column) => {
    const code = column('2024 National Employment Matrix code');
    if (code === null) return true;
    return (column('Occupation type') === 'Line item' && socs.has(String(code))) || EP_EXTRA.includes(String(code));
  });
  await write(join(to, 'bls-ep-2024-34', 'occupation.xlsx'), [{sheet: EP_SHEET, data: [...title, ...rows]}]);
  console.log(`bls-ep-2024-34/occupation.xlsx [${EP_SHEET}]: ${rows.length - 1} of ${table.length - 1} rows below the header`);
}

const README = `# Test fixture: rows of the publishers' files

Cut by \`npx tsx scripts/cut-fixture.ts\` from the files in \`../shared/data-sources/\` (see its
README.md for what they are and their licenses): the same folders, file names, sheet names and
header rows, with only these occupations' rows.

${Object.entries(OCCUPATIONS)
  .map(([code, why]) => `- \`${code}\` ${why}`)
  .join('\n')}
- \`${WITHOUT_JOB_ZONE}\` in Occupation Data only: an occupation without a Job Zone (skipped)

Related Occupations: the rows among these occupations, and ${RELATED_OUTSIDE} per occupation pointing outside
them (skipped). OEWS: each year's first sheet (the occupations' detailed rows, the total \`00-0000\`,
the major group \`11-0000\` and the broad group \`13-1020\`) and its "Field Descriptions" sheet whole.
Employment Projections: the sheet "${EP_SHEET}" with its title row, header row, the occupations' rows,
\`${EP_EXTRA.join('`, `')}\` and the footnotes.

O*NET 29.3: "This product includes information from the O*NET 29.3 Database by the U.S. Department
of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.
O*NET® is a trademark of USDOL/ETA." Modified: selected rows only. OEWS and Employment
Projections: U.S. Bureau of Labor Statistics, public domain.
`;

await rm(to, {recursive: true, force: true});
await onet();
await oews();
await projections();
await writeFile(join(to, 'README.md'), README);
