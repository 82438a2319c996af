import {SOURCE_LOCALE, TERM_PARTS, type RuntimeData, type RuntimeFacts, type RuntimePart, type RuntimeText, type SupportedLocale, type TextPart} from '../data/types.js';

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

// A career is named by its readable id (registered-nurse), its O*NET-SOC code (29-1141.00) or
// its SOC code (29-1141), which names its .00 occupation. The "All Other" SOC codes, whose .00
// O*NET gives no data, name none: the widget says it found no career rather than show a specialty.
const READABLE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
const SOC_CODE = /^\d{2}-\d{4}$/;
/** Longer than any occupation's id (the longest is about 100 characters), and than some servers take in a URL. */
const MAX_ID_LENGTH = 200;

/** The dataset's directory for a career as a page names it, or undefined for a name no career can have. */
export function careerDirectory(career: string): string | undefined {
  if (career.length > MAX_ID_LENGTH) return undefined;
  if (SOC_CODE.test(career)) return `${career}.00`;
  return READABLE_ID.test(career) || ONET_CODE.test(career) ? career : undefined;
}

/**
 * The facts and one text part of a career in one locale. The dataset's part file holds the part
 * in every language (one request); where its long text was translated into the locale, that
 * translation is a second file; a part that names terms (O*NET's skills, kinds of software) has
 * their names in the locale from one file for the whole dataset, fetched alongside the part.
 * Requests are made once per page; concurrent and later ones
 * share one promise. `src`, a host's own file for the career (with `{locale}` standing for the
 * locale), replaces the dataset.
 */
export async function loadCareer(career: string, locale: SupportedLocale, part: TextPart, src?: string): Promise<CareerData> {
  const id = career.trim();
  if (!id && !src) throw new CareerDataProblem('missing-career', 'No career or src attribute is set.');
  const directory = careerDirectory(id);
  if (id && !directory) throw new CareerDataProblem('unknown-career', `No career is named “${id}”.`);
  // The library's own data was validated when it was built; anything else is checked here.
  const external = Boolean(src) || dataUrl.href !== BUNDLED_DATA_URL;
  let data: Partial<CareerData> | null;
  if (src) {
    data = (await fetchOnce(new URL(src.replaceAll('{locale}', locale), document.baseURI), id, 'career')) as Partial<CareerData> | null;
  } else {
    const url = new URL(`${directory}/${part}.json`, dataUrl);
    const terms = locale !== SOURCE_LOCALE && TERM_PARTS.includes(part) ? fetchOnce(new URL(`terms/${part}.${locale}.json`, dataUrl), id, 'translation') : undefined;
    // Settled here too, so that a failure while the part file loads is not left unhandled.
    terms?.catch(() => undefined);
    const file = (await fetchOnce(url, id, 'career')) as RuntimePart | null;
    // A dataset of the host's own: its facts and source text are checked, so a problem is named.
    if (external) await validated({facts: file?.facts, text: file?.text}, url.href);
    if (!isPart(file)) throw new CareerDataProblem('bad-data', `The data of “${id}” is not in the expected form.`);
    const translation = locale !== SOURCE_LOCALE && file.translations.includes(locale)
      ? ((await fetchOnce(new URL(`${directory}/${part}.${locale}.json`, dataUrl), id, 'translation')) as RuntimeText)
      : undefined;
    const names = await terms;
    if (names !== undefined && !isTerms(names)) throw new CareerDataProblem('bad-data', `The term names for “${locale}” are not in the expected form.`);
    data = inLocale(file, locale, translation, names);
  }
  if (src && data) data = (await validated(data, src)) as Partial<CareerData>;
  if (!isFacts(data?.facts) || !isText(data?.text)) {
    throw new CareerDataProblem('bad-data', `The data of “${id}” is not in the expected form.`);
  }
  if (id && !namesOf(data.facts).includes(id)) {
    throw new CareerDataProblem('bad-data', `The data for “${id}” holds “${data.facts.id}”.`, {
      invalid: `/facts/id is “${data.facts.id}”, not “${id}”`,
    });
  }
  return data as CareerData;
}

/** Every name a page may give the career of these facts. */
function namesOf(facts: RuntimeFacts): string[] {
  return [facts.id, ...(facts.code?.endsWith('.00') ? [facts.code, facts.code.slice(0, 7)] : facts.code ? [facts.code] : [])];
}

/**
 * A part in one language: its translation where there is one, the English text elsewhere, each
 * field that is not in the language asked for named in `langs`, so widgets can mark it.
 */
export function inLocale(file: RuntimePart, locale: SupportedLocale, translation?: RuntimeText, terms?: Record<string, string>): CareerData {
  const english = file.text;
  const langs: NonNullable<RuntimeText['langs']> = {};
  const text: RuntimeText = {
    ...english,
    ...translation,
    title: file.titles[locale] ?? english.title,
    sources: translation?.sources ?? file.citations[locale] ?? english.sources,
  };
  if (terms) text.terms = terms;
  if (locale !== SOURCE_LOCALE) {
    if (!file.titles[locale]) langs.title = SOURCE_LOCALE;
    for (const field of Object.keys(english) as (keyof RuntimeText)[]) {
      if (!['title', 'sources', 'related', 'langs', 'terms'].includes(field) && translation?.[field] === undefined) {
        langs[field as keyof typeof langs] = SOURCE_LOCALE;
      }
    }
  }
  if (english.related) {
    text.related = Object.fromEntries(
      Object.entries(english.related).map(([id, relatedEnglish]) => {
        const translated = translation?.related?.[id];
        const title = file.relatedTitles?.[id]?.[locale];
        const shown = {...relatedEnglish, ...translated, ...(title ? {title} : {})};
        const inEnglish = locale === SOURCE_LOCALE ? [] : (['title', 'summary', 'educationNote'] as const).filter((f) => shown[f] !== undefined && (f === 'title' ? !title : translated?.[f] === undefined));
        return [id, inEnglish.length ? {...shown, langs: Object.fromEntries(inEnglish.map((f) => [f, SOURCE_LOCALE]))} : shown];
      }),
    );
  }
  if (Object.keys(langs).length) text.langs = langs;
  return {facts: file.facts, text};
}

/** A file of the dataset other than a career's (a search index), by its path in the dataset: fetched once per page. */
export function loadDataFile(path: string): Promise<unknown> {
  return fetchOnce(new URL(path, dataUrl), path, 'file');
}

/** `career`: the file of a career, which is unknown when missing; `translation` and `file`: a file the dataset should have. */
type FileKind = 'career' | 'translation' | 'file';

function fetchOnce(url: URL, id: string, kind: FileKind): Promise<unknown> {
  let request = requests.get(url.href);
  if (!request) {
    request = fetchJson(url.href, id, kind);
    requests.set(url.href, request);
    // A failure is not cached, so the next widget (or a retry) asks again.
    request.catch(() => requests.delete(url.href));
  }
  return request;
}

async function fetchJson(url: string, id: string, kind: FileKind): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new CareerDataProblem('network', `The data of “${id}” could not be fetched from ${url}.`);
  }
  if (response.status === 404) {
    // No file for the career means no such career; a missing translation means a broken dataset.
    throw id && kind === 'career'
      ? new CareerDataProblem('unknown-career', `No career is named “${id}”.`)
      : new CareerDataProblem('bad-data', `${url} is missing.`, {invalid: `${url} is missing`});
  }
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
  const {validateRuntimeData} = await import('./generated/validate-runtime-data.js').catch(() => {
    throw new CareerDataProblem('network', `The data validator could not be loaded to check ${url}.`);
  });
  if (validateRuntimeData(data)) return data;
  const [error] = validateRuntimeData.errors ?? [];
  const invalid = `${error?.instancePath || '/'} ${error?.message ?? 'is not valid'}`;
  throw new CareerDataProblem('bad-data', `${url} does not match the career data schema: ${invalid}.`, {invalid});
}

function isFacts(value: unknown): value is RuntimeFacts {
  const facts = value as RuntimeFacts | null;
  return typeof facts?.id === 'string' && typeof facts.sources === 'object' && (facts.wages === undefined || Array.isArray(facts.wages));
}

function isPart(value: unknown): value is RuntimePart {
  const part = value as RuntimePart | null;
  return isFacts(part?.facts) && isText(part?.text) && typeof part?.titles === 'object' && Array.isArray(part?.translations);
}

function isTerms(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((name) => typeof name === 'string');
}

function isText(value: unknown): value is RuntimeText {
  const text = value as RuntimeText | null;
  return typeof text?.title === 'string' && typeof text.sources === 'object';
}
