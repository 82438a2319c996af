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
    readonly details: {
      /** For `no-data-for-year`: the year asked for (as written) and the years the data has. */
      years?: {requested: number | string; available: number[]};
      /** For `bad-data` in a host's own data: what is wrong, and where in the file. */
      invalid?: string;
    } = {},
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
const BUNDLED_DATA_URL = new URL('./data/', import.meta.url).href;
let dataUrl = directoryUrl(document.querySelector<HTMLMetaElement>(DATA_URL_META)?.content || BUNDLED_DATA_URL);
const requests = new Map<string, Promise<unknown>>();

/** Where the runtime data lives, for self-hosting it apart from the script, or for a dataset of your own. */
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
 * per page; concurrent and later requests share one promise. `src`, a host's own
 * file for the career (with `{locale}` standing for the locale), replaces the dataset.
 */
export async function loadCareer(career: string, locale: SupportedLocale, part: TextPart, src?: string): Promise<CareerData> {
  const id = career.trim();
  if (!id && !src) throw new CareerDataProblem('missing-career', 'No career or src attribute is set.');
  if (id && !OCCUPATION_ID.test(id)) throw new CareerDataProblem('unknown-career', `No career is named “${id}”.`);
  const url = src
    ? new URL(src.replaceAll('{locale}', locale), document.baseURI)
    : new URL(`${id}/${locale}/${part}.json`, dataUrl);
  // The library's own data was validated when it was built; anything else is checked here.
  const external = Boolean(src) || dataUrl.href !== BUNDLED_DATA_URL;
  const data = (await fetchOnce(url, id, external)) as Partial<CareerData> | null;
  if (!isFacts(data?.facts) || !isText(data?.text)) {
    throw new CareerDataProblem('bad-data', `The data of “${id}” is not in the expected form.`);
  }
  if (id && data.facts.id !== id) {
    throw new CareerDataProblem('bad-data', `${url} holds “${data.facts.id}”, not “${id}”.`, {
      invalid: `/facts/id is “${data.facts.id}”, not “${id}”`,
    });
  }
  return data as CareerData;
}

function fetchOnce(url: URL, id: string, validate: boolean): Promise<unknown> {
  let request = requests.get(url.href);
  if (!request) {
    request = fetchJson(url.href, id).then((data) => (validate ? validated(data, url.href) : data));
    requests.set(url.href, request);
    // A failure is not cached, so the next widget (or a retry) asks again.
    request.catch(() => requests.delete(url.href));
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

/**
 * Checks a host's data against data/schema/runtime.schema.json. The validator is ajv's
 * standalone code, compiled at build time; at about 7 KB gzipped it is its own chunk,
 * loaded only by pages that bring their own data.
 */
async function validated(data: unknown, url: string): Promise<unknown> {
  const {validateRuntimeData} = await import('./generated/validate-runtime-data.js');
  if (validateRuntimeData(data)) return data;
  const [error] = validateRuntimeData.errors ?? [];
  const invalid = `${error?.instancePath || '/'} ${error?.message ?? 'is not valid'}`;
  throw new CareerDataProblem('bad-data', `${url} does not match the career data schema: ${invalid}.`, {invalid});
}

/** A missing file means an unknown career, unless the career's facts exist: then the dataset lacks a locale. */
async function missingFileProblem(url: string, id: string): Promise<CareerDataProblem> {
  if (!id) return new CareerDataProblem('bad-data', `${url} is missing.`, {invalid: `${url} is missing`});
  const facts = await fetch(new URL(`${id}/facts.json`, dataUrl), {method: 'HEAD'}).catch(() => undefined);
  return facts?.ok
    ? new CareerDataProblem('bad-data', `The data of “${id}” has no file ${url}.`, {invalid: `${url} is missing`})
    : new CareerDataProblem('unknown-career', `No career is named “${id}”.`);
}

function isFacts(value: unknown): value is RuntimeFacts {
  const facts = value as RuntimeFacts | null;
  return typeof facts?.id === 'string' && Array.isArray(facts.wages) && Array.isArray(facts.related) && typeof facts.sources === 'object';
}

function isText(value: unknown): value is RuntimeText {
  const text = value as RuntimeText | null;
  return typeof text?.title === 'string' && typeof text.sources === 'object';
}
