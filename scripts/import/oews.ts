// BLS OEWS, national, cross-industry: one workbook per May estimate. Wages and employment of
// each detailed occupation (SOC 2018 code), with the special values read as what they mean.
import {readdir} from 'node:fs/promises';
import {join} from 'node:path';
import type {EmploymentObservation, WageDistribution, WageObservation, WageStatistic, WageValue} from '../../data/types.js';
import type {Report} from './report.js';
import {readLines, readTable, type Row, SourceProblem} from './workbook.js';

export const OEWS_SOURCE = 'bls-oews';
const WORKBOOK = /^national_M(\d{4})_dl\.xlsx$/;
const SOC_CODE = /^\d{2}-\d{4}$/;

/** The columns of each statistic, annual and hourly. */
const COLUMNS: Record<WageStatistic, {annual: string; hourly: string}> = {
  p10: {annual: 'A_PCT10', hourly: 'H_PCT10'},
  p25: {annual: 'A_PCT25', hourly: 'H_PCT25'},
  median: {annual: 'A_MEDIAN', hourly: 'H_MEDIAN'},
  p75: {annual: 'A_PCT75', hourly: 'H_PCT75'},
  p90: {annual: 'A_PCT90', hourly: 'H_PCT90'},
  mean: {annual: 'A_MEAN', hourly: 'H_MEAN'},
};

interface Published {
  /** Absent where every wage of the row is `*`. */
  wages?: WageObservation;
  employment?: EmploymentObservation;
  title: string;
}

export interface OewsYear {
  year: number;
  /** The top of the published range, which `#` stands for. */
  cap: {annual: number; hourly: number};
  bySoc: Map<string, Published>;
  /** Broad groups (SOC codes ending in 0), for detailed occupations the BLS publishes only as a group. */
  broad: Map<string, Published>;
}

/** What a year publishes for a SOC code: the detailed occupation, else its broad group, marked with the group's code. */
export function publishedFor({bySoc, broad}: OewsYear, soc: string): Published | undefined {
  const detailed = bySoc.get(soc);
  if (detailed) return detailed;
  const groupCode = `${soc.slice(0, 6)}0`;
  const group = broad.get(groupCode);
  return (
    group && {
      ...group,
      ...(group.wages ? {wages: {...group.wages, soc: groupCode}} : {}),
      ...(group.employment ? {employment: {...group.employment, soc: groupCode}} : {}),
    }
  );
}

export async function readOews(dir: string, report: Report): Promise<OewsYear[]> {
  const files = (await readdir(dir)).filter((name) => WORKBOOK.test(name)).sort();
  if (!files.length) throw new SourceProblem(dir, 0, undefined, 'has no OEWS workbook (national_MYYYY_dl.xlsx)');
  const years: OewsYear[] = [];
  for (const name of files) years.push(await readYear(join(dir, name), Number(WORKBOOK.exec(name)![1]), report));
  return years;
}

async function readYear(path: string, year: number, report: Report): Promise<OewsYear> {
  const cap = await readCap(path);
  const sheet = await readTable(path, ['OCC_CODE', 'O_GROUP', 'TOT_EMP', ...Object.values(COLUMNS).flatMap((c) => [c.annual, c.hourly])]);
  const bySoc: OewsYear['bySoc'] = new Map();
  const broad: OewsYear['broad'] = new Map();
  report.each(sheet, (row) => {
    // Broad groups are kept: where the BLS publishes no detailed code, they stand in (data/README.md).
    if (!['detailed', 'broad'].includes(row.text('O_GROUP'))) {
      report.skip(sheet.file, 'not an occupation (a total, major or minor group)', `${row.text('OCC_CODE')} ${row.text('OCC_TITLE')}`);
      return;
    }
    const soc = row.text('OCC_CODE');
    if (!SOC_CODE.test(soc)) throw row.problem('OCC_CODE', `“${soc}” is not a SOC code (00-0000)`);
    // Where the BLS publishes hourly wages only (actors, dancers…), the annual figures are `*`.
    const annual = distribution(row, 'annual', cap.annual);
    const hourly = distribution(row, 'hourly', cap.hourly);
    if (flag(row, 'HOURLY') && annual) throw row.problem('A_MEDIAN', 'has annual wages where HOURLY says the BLS publishes hourly wages only');
    if (flag(row, 'ANNUAL') && hourly) throw row.problem('H_MEDIAN', 'has hourly wages where ANNUAL says the BLS publishes annual wages only');
    const wages: WageObservation | undefined = annual
      ? {year, source: OEWS_SOURCE, annual, ...(hourly ? {hourly} : {})}
      : hourly && {year, source: OEWS_SOURCE, hourly};
    const count = employment(row);
    if (!wages) report.skip(sheet.file, 'every wage is `*` (not available): employment only', `${soc} ${row.text('OCC_TITLE')}`);
    const group = row.text('O_GROUP') as 'detailed' | 'broad';
    (group === 'detailed' ? bySoc : broad).set(soc, {
      title: row.text('OCC_TITLE'),
      ...(wages ? {wages} : {}),
      ...(count === undefined ? {} : {employment: {year, count, source: OEWS_SOURCE}}),
    });
  });
  return {year, cap, bySoc, broad};
}

/**
 * `#` means a wage at or above the top of the published range; the Field Descriptions sheet
 * states that top for its year ("… $115.00 per hour or $239,200 per year").
 */
async function readCap(path: string): Promise<OewsYear['cap']> {
  const lines = await readLines(path, 'Field Descriptions');
  const line = lines.find((l) => l.startsWith('#'));
  const match = line && /\$([\d,.]+) per hour or \$([\d,]+) per year/.exec(line);
  if (!match) {
    throw new SourceProblem(`${path.split('/').pop()} [Field Descriptions]`, 0, undefined, 'does not say what `#` stands for ("… $N per hour or $N per year")');
  }
  return {hourly: Number(match[1].replaceAll(',', '')), annual: Number(match[2].replaceAll(',', ''))};
}

function distribution(row: Row, period: 'annual' | 'hourly', cap: number): WageDistribution | undefined {
  const values = Object.entries(COLUMNS).flatMap(([statistic, columns]) => {
    const value = wage(row, columns[period], cap);
    return value === undefined ? [] : [[statistic, value] as const];
  });
  return values.length ? Object.fromEntries(values) : undefined;
}

/** One wage cell: a number, `#` (at least the cap), or `*` (not available: left out). */
function wage(row: Row, header: string, cap: number): WageValue | undefined {
  const value = row.cell(header);
  if (value === '*') return undefined;
  if (value === '#') return {atLeast: cap};
  const amount = row.number(header);
  // Figures above the cap are published as they are: means always, and in May 2025, which
  // uses no `#`, percentiles too (data/README.md).
  if (amount <= 0) throw row.problem(header, `is ${amount}, not a wage`);
  return amount;
}

/** ANNUAL/HOURLY: the BLS files hold the text "TRUE" (a spreadsheet program re-saving them may make it a boolean). */
function flag(row: Row, header: string): boolean {
  const value = row.cell(header);
  return value === true || value === 'TRUE';
}

/** TOT_EMP: a count, or `**` (not available: left out). */
function employment(row: Row): number | undefined {
  if (row.cell('TOT_EMP') === '**') return undefined;
  const count = row.number('TOT_EMP');
  if (!Number.isInteger(count) || count < 0) throw row.problem('TOT_EMP', `is ${count}, not a count of jobs`);
  return count;
}
