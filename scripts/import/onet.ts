// O*NET 29.3 (Excel form): the occupations that have data, with what the widgets show of each.
import {join} from 'node:path';
import type {HollandLetter, InterestProfile, JobZone, RatedElement, RelatednessTier, TechnologySkill, WorkValue} from '../../data/types.js';
import {readTable, type Row, type Sheet} from './workbook.js';
import type {Report} from './report.js';

export const ONET_RELEASE = '29.3';
export const ONET_SOURCE = 'onet-29-3';

/** Descriptors O*NET rates at least this important (of 5) are kept, as O*NET OnLine lists them. */
export const IMPORTANT = 3;

const O_NET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
const HOLLAND: HollandLetter[] = ['R', 'I', 'A', 'S', 'E', 'C'];
const WORK_VALUES: WorkValue[] = ['achievement', 'working-conditions', 'recognition', 'relationships', 'support', 'independence'];
const TIERS: Record<string, RelatednessTier> = {'Primary-Short': 'primary-short', 'Primary-Long': 'primary-long', Supplemental: 'supplemental'};

export interface OnetOccupation {
  code: string;
  title: string;
  description: string;
  jobZone: JobZone;
  alternateTitles: string[];
  /** Core tasks first, each group in O*NET's order. */
  tasks: string[];
  skills: RatedElement[];
  knowledge: RatedElement[];
  workStyles: RatedElement[];
  interests?: InterestProfile;
  workValues: WorkValue[];
  technology: TechnologySkill[];
  related: {code: string; tier: RelatednessTier}[];
}

const CODE = 'O*NET-SOC Code';

/** Reads the O*NET files, keeps the occupations that have a Job Zone (O*NET's mark of an occupation with data). */
export async function readOnet(dir: string, report: Report): Promise<Map<string, OnetOccupation>> {
  const table = (name: string, required: string[]) => readTable(join(dir, `${name}.xlsx`), [CODE, ...required]);
  const occupations = new Map<string, OnetOccupation>();

  const data = await table('Occupation Data', ['Title', 'Description']);
  const zones = new Map<string, JobZone>();
  report.each(await table('Job Zones', ['Job Zone']), (row) => {
    const zone = row.number('Job Zone');
    if (![1, 2, 3, 4, 5].includes(zone)) throw row.problem('Job Zone', `is ${zone}, not a Job Zone from 1 to 5`);
    zones.set(code(row), zone as JobZone);
  });
  report.each(data, (row) => {
    const id = code(row);
    const jobZone = zones.get(id);
    if (!jobZone) {
      report.skip(data.file, 'no Job Zone: O*NET has no data for the occupation', `${id} ${row.text('Title')}`);
      return;
    }
    occupations.set(id, {
      code: id,
      title: row.text('Title'),
      description: row.text('Description'),
      jobZone,
      alternateTitles: [],
      tasks: [],
      skills: [],
      knowledge: [],
      workStyles: [],
      workValues: [],
      technology: [],
      related: [],
    });
  });
  /** Visits the rows of occupations with data; the others were reported with Occupation Data. */
  const known = (sheet: Sheet, visit: (row: Row, occupation: OnetOccupation) => void) =>
    report.each(sheet, (row) => {
      const occupation = occupations.get(code(row));
      if (occupation) visit(row, occupation);
    });

  known(await table('Alternate Titles', ['Alternate Title']), (row, o) => o.alternateTitles.push(row.text('Alternate Title')));

  const tasks = await table('Task Statements', ['Task', 'Task Type']);
  const supplemental = new Map<string, string[]>();
  known(tasks, (row, o) => {
    const type = row.optionalText('Task Type');
    if (type === 'Core') o.tasks.push(row.text('Task'));
    // Tasks O*NET has not yet rated have no type; they follow the core ones, with the supplemental.
    else if (type === 'Supplemental' || type === undefined) supplemental.set(o.code, [...(supplemental.get(o.code) ?? []), row.text('Task')]);
    else throw row.problem('Task Type', `is “${type}”, not Core or Supplemental`);
  });
  for (const [id, list] of supplemental) occupations.get(id)!.tasks.push(...list);

  for (const [name, field] of [['Skills', 'skills'], ['Knowledge', 'knowledge'], ['Work Styles', 'workStyles']] as const) {
    const sheet = await table(name, ['Element ID', 'Element Name', 'Scale ID', 'Data Value']);
    known(sheet, (row, o) => {
      if (row.text('Scale ID') !== 'IM') return;
      if (row.optionalText('Recommend Suppress') === 'Y') {
        report.skip(sheet.file, 'O*NET recommends suppressing the rating (low precision)', `row ${row.rowNumber}`);
        return;
      }
      const importance = rating(row, 'Data Value', 1, 5);
      if (importance >= IMPORTANT) o[field].push({id: row.text('Element ID'), name: row.text('Element Name'), importance});
    });
    for (const occupation of occupations.values()) occupation[field].sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id));
  }

  const interests = await table('Interests', ['Element Name', 'Scale ID', 'Data Value']);
  const profiles = new Map<string, {scores: Partial<Record<HollandLetter, number>>; highPoints: HollandLetter[]}>();
  known(interests, (row, o) => {
    const profile = profiles.get(o.code) ?? {scores: {}, highPoints: []};
    profiles.set(o.code, profile);
    if (row.text('Scale ID') === 'OI') {
      const letter = HOLLAND.find((l) => HOLLAND_NAMES[l] === row.text('Element Name'));
      if (!letter) throw row.problem('Element Name', `“${row.text('Element Name')}” is not a RIASEC interest`);
      profile.scores[letter] = rating(row, 'Data Value', 1, 7);
    } else if (row.text('Scale ID') === 'IH') {
      const point = highPoint(row);
      if (point) profile.highPoints.push(HOLLAND[point - 1]);
    }
  });
  for (const [id, {scores, highPoints}] of profiles) {
    if (HOLLAND.every((l) => scores[l] !== undefined)) {
      occupations.get(id)!.interests = {scores: scores as Record<HollandLetter, number>, code: highPoints, source: ONET_SOURCE};
    } else report.skip(interests.file, 'interest scores incomplete: no interest profile', id);
  }

  known(await table('Work Values', ['Element Name', 'Scale ID', 'Data Value']), (row, o) => {
    if (row.text('Scale ID') !== 'VH') return;
    const point = highPoint(row);
    if (point) o.workValues.push(WORK_VALUES[point - 1]);
  });

  const technology = await table('Technology Skills', ['Example', 'Commodity Title', 'Hot Technology', 'In Demand']);
  known(technology, (row, o) => {
    o.technology.push({
      name: row.text('Example'),
      category: row.text('Commodity Title'),
      hot: flag(row, 'Hot Technology'),
      inDemand: flag(row, 'In Demand'),
    });
  });

  const related = await table('Related Occupations', ['Related O*NET-SOC Code', 'Relatedness Tier', 'Index']);
  known(related, (row, o) => {
    const relatedCode = row.text('Related O*NET-SOC Code');
    const tier = TIERS[row.text('Relatedness Tier')];
    if (!tier) throw row.problem('Relatedness Tier', `“${row.text('Relatedness Tier')}” is not a tier O*NET defines`);
    if (!occupations.has(relatedCode)) {
      report.skip(related.file, 'related occupation has no O*NET data', `${o.code} → ${relatedCode}`);
      return;
    }
    o.related.push({code: relatedCode, tier});
  });
  return occupations;
}

const HOLLAND_NAMES: Record<HollandLetter, string> = {
  R: 'Realistic',
  I: 'Investigative',
  A: 'Artistic',
  S: 'Social',
  E: 'Enterprising',
  C: 'Conventional',
};

function code(row: Row): string {
  const value = row.text(CODE);
  if (!O_NET_CODE.test(value)) throw row.problem(CODE, `“${value}” is not an O*NET-SOC code (00-0000.00)`);
  return value;
}

function rating(row: Row, header: string, min: number, max: number): number {
  const value = row.number(header);
  if (value < min || value > max) throw row.problem(header, `is ${value}, outside O*NET's scale of ${min} to ${max}`);
  return value;
}

/** High-point rows name a type by its number (1–6 in the Content Model's order); 0 means none. */
function highPoint(row: Row): number {
  const value = row.number('Data Value');
  if (!Number.isInteger(value) || value < 0 || value > 6) throw row.problem('Data Value', `is ${value}, not a high point from 0 to 6`);
  return value;
}

function flag(row: Row, header: string): boolean {
  const value = row.text(header);
  if (value !== 'Y' && value !== 'N') throw row.problem(header, `is “${value}”, not Y or N`);
  return value === 'Y';
}
