// npm run import [-- --sources DIR] [--out DIR]: reads the publishers' files (O*NET 29.3, BLS OEWS
// national, BLS Employment Projections) and writes the imported dataset's source form:
//
//   data/imported/<id>.json   one occupation: facts (with every figure's year and source),
//                             English text (title, description, tasks) and alternate titles
//   data/imported/release.json what was read: releases, years, the `#` caps, the average growth
//
// read → check → write: nothing is written unless every source row read cleanly, and the
// same files always give the same bytes.
import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import type {OccupationFacts, OccupationText, RelatednessTier} from '../data/types.js';
import {ONET_RELEASE, ONET_SOURCE, readOnet, type OnetOccupation} from './import/onet.js';
import {OEWS_SOURCE, publishedFor, readOews, type OewsYear} from './import/oews.js';
import {EP_SOURCE, readProjections, type Projections} from './import/projections.js';
import {Report} from './import/report.js';
import {assignIds} from '../src/slugs.js';
import {SourceProblem} from './import/workbook.js';

export interface ImportedOccupation {
  facts: OccupationFacts;
  text: Pick<OccupationText, 'title' | 'summary' | 'tasks'>;
  /** O*NET's alternate titles (English): what search matches besides the title. */
  alternateTitles: string[];
}

export interface Release {
  onet: string;
  oews: {year: number; cap: {annual: number; hourly: number}}[];
  projections: {start: number; end: number; averageGrowthPercent: number};
}

export interface Sources {
  onet: string;
  oews: string;
  projections: string;
}

export function defaultSources(root: string): Sources {
  const shared = join(root, '..', 'shared', 'data-sources');
  return {onet: join(shared, 'onet-29.3'), oews: join(shared, 'bls-oews-national'), projections: join(shared, 'bls-ep-2024-34', 'occupation.xlsx')};
}

export class ImportError extends Error {
  constructor(readonly problems: SourceProblem[]) {
    super(`The source files have ${problems.length} problem(s); nothing was written:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
    this.name = 'ImportError';
  }
}

/** Reads and checks every source; throws ImportError naming each bad row's file, row and column. */
export async function readSources(sources: Sources, curatedIds: Map<string, string>) {
  const report = new Report();
  const attempt = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof SourceProblem)) throw error;
      report.problems.push(error);
      return undefined;
    }
  };
  const onet = await attempt(() => readOnet(sources.onet, report));
  const oews = await attempt(() => readOews(sources.oews, report));
  const projections = await attempt(() => readProjections(sources.projections, report));
  if (report.problems.length || !onet || !oews || !projections) throw new ImportError(report.problems);
  const occupations = combine(onet, oews, projections, curatedIds, report);
  const release: Release = {
    onet: ONET_RELEASE,
    oews: oews.map(({year, cap}) => ({year, cap})),
    projections: {start: 2024, end: 2034, averageGrowthPercent: projections.averageGrowthPercent},
  };
  return {occupations, release, report};
}

/** One record per O*NET occupation with data, joined to the BLS files by its SOC code. */
function combine(onet: Map<string, OnetOccupation>, oews: OewsYear[], projections: Projections, curatedIds: Map<string, string>, report: Report) {
  const ids = assignIds(new Map([...onet].map(([code, o]) => [code, o.title])), curatedIds);
  const bySoc = new Map<string, string[]>();
  for (const code of onet.keys()) bySoc.set(code.slice(0, 7), [...(bySoc.get(code.slice(0, 7)) ?? []), code]);
  const occupations: ImportedOccupation[] = [];
  for (const o of onet.values()) {
    const soc = o.code.slice(0, 7);
    const published = oews.flatMap((year) => publishedFor(year, soc) ?? []);
    // Like OEWS, the projections cover some detailed occupations only as their broad group.
    const broadProjection = projections.bySoc.get(`${soc.slice(0, 6)}0`);
    const projection = projections.bySoc.get(soc) ?? (broadProjection && {...broadProjection, outlook: {...broadProjection.outlook, soc: `${soc.slice(0, 6)}0`}});
    if (!published.length) report.skip('OEWS', 'no wages: the SOC code is in no OEWS year (the occupation is shown without them)', `${o.code} ${o.title}`);
    if (!projection) report.skip('Employment Projections', 'no projection for the SOC code (the occupation is shown without one)', `${o.code} ${o.title}`);
    const sharing = bySoc.get(soc)!;
    const employment = published.flatMap((p) => p.employment ?? []);
    const tier = (name: RelatednessTier) => o.related.filter((r) => r.tier === name).map((r) => ids.get(r.code)!);
    const related = tier('primary-short');
    const relatedTiers = Object.fromEntries((['primary-long', 'supplemental'] as const).map((name) => [name, tier(name)]).filter(([, list]) => list.length));
    const facts: OccupationFacts = {
      id: ids.get(o.code)!,
      code: o.code,
      soc: {code: soc, version: '2018'},
      ...(projection?.education ? {education: projection.education} : {}),
      ...(projection?.experience ? {experience: projection.experience} : {}),
      ...(projection?.training ? {training: projection.training} : {}),
      jobZone: o.jobZone,
      ...(sharing.length > 1 ? {sharedSoc: sharing} : {}),
      textSources: {overview: [ONET_SOURCE], tasks: [ONET_SOURCE], skills: [ONET_SOURCE], technology: [ONET_SOURCE]},
      wages: published.flatMap((p) => p.wages ?? []).sort((a, b) => b.year - a.year),
      ...(employment.length ? {employment: employment.sort((a, b) => b.year - a.year)} : {}),
      ...(projection ? {outlook: [projection.outlook]} : {}),
      ...(o.interests ? {interests: o.interests} : {}),
      ...(o.workValues.length ? {workValues: o.workValues} : {}),
      ...(related.length ? {related} : {}),
      ...(Object.keys(relatedTiers).length ? {relatedTiers} : {}),
      ...(o.skills.length ? {skills: o.skills} : {}),
      ...(o.knowledge.length ? {knowledge: o.knowledge} : {}),
      ...(o.workStyles.length ? {workStyles: o.workStyles} : {}),
      ...(o.technology.length ? {technology: o.technology} : {}),
    };
    occupations.push({
      facts,
      text: {title: o.title, summary: o.description, ...(o.tasks.length ? {tasks: o.tasks} : {})},
      alternateTitles: o.alternateTitles,
    });
  }
  return occupations.sort((a, b) => a.facts.code!.localeCompare(b.facts.code!));
}

/** The curated occupations keep their ids: each names its O*NET code in its facts.json. */
export async function readCuratedIds(dataDir: string): Promise<Map<string, string>> {
  const dir = join(dataDir, 'occupations');
  const ids = new Map<string, string>();
  for (const id of (await readdir(dir)).sort()) {
    const {code} = JSON.parse(await readFile(join(dir, id, 'facts.json'), 'utf8')) as OccupationFacts;
    if (code) ids.set(code, id);
  }
  return ids;
}

export async function writeImported(outDir: string, occupations: ImportedOccupation[], release: Release) {
  await rm(outDir, {recursive: true, force: true});
  await mkdir(outDir, {recursive: true});
  await writeFile(join(outDir, 'release.json'), json(release));
  for (const occupation of occupations) await writeFile(join(outDir, `${occupation.facts.id}.json`), json(occupation));
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}

export {EP_SOURCE, OEWS_SOURCE, ONET_SOURCE};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const {values} = parseArgs({options: {sources: {type: 'string'}, out: {type: 'string'}}});
  const base = values.sources ? resolve(values.sources) : join(root, '..', 'shared', 'data-sources');
  const sources = {onet: join(base, 'onet-29.3'), oews: join(base, 'bls-oews-national'), projections: join(base, 'bls-ep-2024-34', 'occupation.xlsx')};
  const outDir = values.out ? resolve(values.out) : join(root, 'data', 'imported');
  const started = performance.now();
  try {
    const {occupations, release, report} = await readSources(sources, await readCuratedIds(join(root, 'data')));
    await writeImported(outDir, occupations, release);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`import: ${occupations.length} occupations written to ${outDir} in ${seconds} s`);
    console.log(`import: OEWS ${release.oews.map((y) => y.year).join(', ')}; O*NET ${release.onet}; projections 2024–34 (all occupations ${release.projections.averageGrowthPercent}%)`);
    for (const line of report.lines()) console.log(line);
  } catch (error) {
    console.error(error instanceof ImportError ? error.message : error);
    process.exitCode = 1;
  }
}
