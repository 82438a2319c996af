import type {RuntimeData, RuntimeFacts, RuntimeText, SupportedLocale, TextPart} from '../data/types.js';

/** Why a widget could not show its career; part of every `career-widget-error` event's detail. */
export type ProblemReason =
  | 'missing-career'
  | 'unknown-career'
  | 'network'
  | 'bad-data'
  | 'no-data-for-year';

export class CareerDataProblem extends Error {
  constructor(
    readonly reason: ProblemReason,
    message: string,
    /** For `no-data-for-year`: the year asked for and the years the data has. */
    readonly years?: {requested: number; available: number[]},
  ) {
    super(message);
    this.name = 'CareerDataProblem';
  }
}

export type CareerData = RuntimeData;

// The runtime data sits in data/ beside the built modules (dist/career-widgets.js →
// dist/data/), so the same files work from any CDN or static host. A page that hosts
// the data elsewhere says where with <meta name="career-widgets:data-url" content="…">
// (no script needed, so it suits strict CSPs and LMS pages) or with setDataUrl().
const DATA_URL_META = 'meta[name="career-widgets:data-url"]';
let dataUrl = directoryUrl(document.querySelector<HTMLMetaElement>(DATA_URL_META)?.content || new URL('./data/', import.meta.url));
const requests = new Map<string, Promise<unknown>>();

/** Where the runtime data lives, for self-hosting it apart from the script. */
export function setDataUrl(url: string | URL) {
  dataUrl = directoryUrl(url);
  requests.clear();
}

function directoryUrl(url: string | URL): URL {
  const directory = new URL(url, document.baseURI);
  if (!directory.pathname.endsWith('/')) directory.pathname += '/';
  return directory;
}

const OCCUPATION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The facts and one text part of a career in one locale: one file, fetched once
 * per page; concurrent and later requests share one promise.
 */
export async function loadCareer(career: string, locale: SupportedLocale, part: TextPart): Promise<CareerData> {
  const id = career.trim();
  if (!id) throw new CareerDataProblem('missing-career', 'No career attribute is set.');
  if (!OCCUPATION_ID.test(id)) throw new CareerDataProblem('unknown-career', `No career is named “${id}”.`);
  const data = (await fetchOnce(`${id}/${locale}/${part}.json`, id)) as Partial<CareerData> | null;
  if (!isFacts(data?.facts, id) || !isText(data?.text)) {
    throw new CareerDataProblem('bad-data', `The data of “${id}” is not in the expected form.`);
  }
  return data as CareerData;
}

function fetchOnce(path: string, id: string): Promise<unknown> {
  const url = new URL(path, dataUrl).href;
  let request = requests.get(url);
  if (!request) {
    request = fetchJson(url, id);
    requests.set(url, request);
    // A failure is not cached, so the next widget (or a retry) asks again.
    request.catch(() => requests.delete(url));
  }
  return request;
}

async function fetchJson(url: string, id: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new CareerDataProblem('network', `The data of “${id}” could not be fetched from ${url}.`);
  }
  if (response.status === 404) throw await missingFileProblem(url, id);
  if (!response.ok) {
    throw new CareerDataProblem('network', `The data of “${id}” could not be fetched (HTTP ${response.status}).`);
  }
  try {
    return await response.json();
  } catch {
    throw new CareerDataProblem('bad-data', `The data of “${id}” at ${url} is not valid JSON.`);
  }
}

/** A missing file means an unknown career, unless the career's facts exist: then the dataset lacks a locale. */
async function missingFileProblem(url: string, id: string): Promise<CareerDataProblem> {
  const facts = await fetch(new URL(`${id}/facts.json`, dataUrl), {method: 'HEAD'}).catch(() => undefined);
  return facts?.ok
    ? new CareerDataProblem('bad-data', `The data of “${id}” has no file ${url}.`)
    : new CareerDataProblem('unknown-career', `No career is named “${id}”.`);
}

function isFacts(value: unknown, id: string): value is RuntimeFacts {
  const facts = value as RuntimeFacts | null;
  return facts?.id === id && Array.isArray(facts.wages) && Array.isArray(facts.related) && typeof facts.sources === 'object';
}

function isText(value: unknown): value is RuntimeText {
  const text = value as RuntimeText | null;
  return typeof text?.title === 'string' && typeof text.sources === 'object';
}
