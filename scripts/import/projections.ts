// BLS Employment Projections 2024–34, Table 1.2: per detailed occupation, employment now and
// projected, openings, and what entry takes (education, experience, training).
import type {EducationCode, ExperienceCode, OutlookComparison, OutlookProjection, TrainingCode} from '../../data/types.js';
import type {Report} from './report.js';
import {readTable, SourceProblem, type Row} from './workbook.js';

export const EP_SOURCE = 'bls-ep-2024-34';
const SHEET = 'Table 1.2';
const START = 2024;
const END = 2034;
const TOTAL = '00-0000';

const COLUMNS = {
  title: '2024 National Employment Matrix title',
  code: '2024 National Employment Matrix code',
  type: 'Occupation type',
  start: 'Employment, 2024',
  end: 'Employment, 2034',
  percent: 'Employment change, percent, 2024–34',
  openings: 'Occupational openings, 2024–34 annual average',
  education: 'Typical education needed for entry',
  experience: 'Work experience in a related occupation',
  training: 'Typical on-the-job training needed to attain competency in the occupation',
} as const;

const EDUCATION: Record<string, EducationCode> = {
  'No formal educational credential': 'none',
  'High school diploma or equivalent': 'high-school',
  'Postsecondary nondegree award': 'postsecondary-nondegree',
  'Some college, no degree': 'some-college',
  "Associate's degree": 'associate',
  "Bachelor's degree": 'bachelor',
  "Master's degree": 'master',
  'Doctoral or professional degree': 'doctoral',
};
const EXPERIENCE: Record<string, ExperienceCode> = {
  None: 'none',
  'Less than 5 years': 'less-than-5-years',
  '5 years or more': '5-years-or-more',
};
const TRAINING: Record<string, TrainingCode> = {
  None: 'none',
  'Short-term on-the-job training': 'short-term',
  'Moderate-term on-the-job training': 'moderate-term',
  'Long-term on-the-job training': 'long-term',
  Apprenticeship: 'apprenticeship',
  'Internship/residency': 'internship-residency',
};

/**
 * Our words for a change beside the all-occupation average (data/README.md says why): the BLS
 * publishes the percent; the word is ours. Lower bounds, in percent.
 */
export const COMPARISON_THRESHOLDS: [OutlookComparison, number][] = [
  ['much-faster', 8],
  ['faster', 5],
  ['as-fast', 1.5],
  ['slower', -1],
];

export function compareWithAverage(percent: number): OutlookComparison {
  return COMPARISON_THRESHOLDS.find(([, floor]) => percent >= floor)?.[0] ?? 'decline';
}

export interface Projection {
  outlook: OutlookProjection;
  education?: EducationCode;
  experience?: ExperienceCode;
  training?: TrainingCode;
}

export interface Projections {
  averageGrowthPercent: number;
  bySoc: Map<string, Projection>;
}

export async function readProjections(path: string, report: Report): Promise<Projections> {
  const sheet = await readTable(path, Object.values(COLUMNS), {sheet: SHEET});
  const bySoc = new Map<string, Projection>();
  let averageGrowthPercent: number | undefined;
  report.each(sheet, (row) => {
    const code = row.optionalText(COLUMNS.code);
    if (code === TOTAL) averageGrowthPercent = row.number(COLUMNS.percent);
    if (row.optionalText(COLUMNS.type) !== 'Line item') {
      report.skip(sheet.file, 'not an occupation (a summary row, a footnote)', `${code ?? ''} ${row.optionalText(COLUMNS.title) ?? ''}`.trim());
      return;
    }
    bySoc.set(code!, {
      outlook: {
        start: START,
        end: END,
        growthPercent: row.number(COLUMNS.percent),
        comparedWithAverage: compareWithAverage(row.number(COLUMNS.percent)),
        employment: {start: thousands(row, COLUMNS.start), end: thousands(row, COLUMNS.end)},
        annualOpenings: thousands(row, COLUMNS.openings),
        source: EP_SOURCE,
      },
      ...category(row, 'education', EDUCATION),
      ...category(row, 'experience', EXPERIENCE),
      ...category(row, 'training', TRAINING),
    });
  });
  if (averageGrowthPercent === undefined) {
    throw new SourceProblem(sheet.file, sheet.rows[0]?.rowNumber ?? 1, COLUMNS.code, `no “Total, all occupations” row (${TOTAL}), which gives the average growth`);
  }
  for (const {outlook} of bySoc.values()) outlook.averageGrowthPercent = averageGrowthPercent;
  return {averageGrowthPercent, bySoc};
}

/** Employment is in thousands with one decimal: 309.4 → 309,400. */
function thousands(row: Row, header: string): number {
  return Math.round(row.number(header) * 1000);
}

/** A category column as our code; "—" (not available) leaves it out. */
function category<K extends string, T>(row: Row, key: K, codes: Record<string, T>): Partial<Record<K, T>> {
  const value = row.text(COLUMNS[key as keyof typeof COLUMNS]);
  if (value === '—') return {};
  const code = codes[value];
  if (code === undefined) throw row.problem(COLUMNS[key as keyof typeof COLUMNS], `“${value}” is not one of the BLS categories (${Object.keys(codes).join('; ')})`);
  return {[key]: code} as Partial<Record<K, T>>;
}
