import fc from 'fast-check';
import {SUPPORTED_LOCALES, type RuntimePart, type RuntimeText} from '../../data/types.js';
import {PROFILE_SECTIONS} from '../../src/elements.js';
import {defineAll} from '../../src/index.js';
import {CAREER_TAGS as TAGS} from '../helpers.js';
import {inLocale} from '../../src/data.js';
import {validateRuntimeData} from '../../src/generated/validate-runtime-data.js';
import {schemaArbitrary, type JsonSchema} from '../schema-arbitrary.js';

// Property-based tests: thousands of random attribute values and random data files thrown at
// every widget. Whatever the input, the widget ends showing its content (a heading with text)
// or a message (part=error), the host hears a career-widget-load or a career-widget-error for
// what is shown, and nothing is thrown on the page: no uncaught error, no unhandled rejection,
// no failed render. fast-check prints the seed and the path of a failing case; rerun it with
// fc.assert(..., {seed, path}) to reproduce it.
//
// Assertions compare strings and numbers only (never DOM elements), so that a failure cannot
// hang WebKit's reporter.

await defineAll();

const WIDGET_SELECTOR = TAGS.join(', ');
const PROBLEM_REASONS = new Set(['missing-career', 'unknown-career', 'network', 'bad-data', 'no-data-for-year']);
const SECTION_KEYS = PROFILE_SECTIONS.map(({section}) => section);
const CSR = 'customer-service-representative';
const BYO = '/test/fixtures/byo';
/** Data loads are local; a widget that has not settled by then is stuck. */
const SETTLE_TIMEOUT = 10000;
/** Runs of each property: enough to reach rare combinations, few enough for three engines in a few minutes. */
const ATTRIBUTE_RUNS = 1000;
const DATA_RUNS = 1500;

// ---------------------------------------------------------------------------------------------
// What the page sees: uncaught errors, unhandled rejections, failed renders, and every widget's
// load and error events (by the widget that fired them, also inside a profile's shadow root).

const uncaught: string[] = [];
function onUncaught(event: ErrorEvent | PromiseRejectionEvent) {
  const error = event instanceof ErrorEvent ? (event.error ?? event.message) : event.reason;
  uncaught.push(`${event.type}: ${describeError(error)}`);
  // Reported by the property, with its counterexample, rather than by mocha, out of context.
  event.stopImmediatePropagation();
  event.preventDefault();
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}${error.stack ? `\n${error.stack.split('\n').slice(0, 4).join('\n')}` : ''}` : String(error);
}

interface LoggedEvent {
  type: string;
  reason?: string;
  message?: string;
}
const eventLog = new WeakMap<EventTarget, LoggedEvent[]>();
for (const type of ['career-widget-load', 'career-widget-error']) {
  document.addEventListener(type, (event) => {
    const target = event.composedPath()[0];
    const {reason, message} = (event as CustomEvent<{reason?: string; message?: string}>).detail;
    const list = eventLog.get(target) ?? [];
    list.push({type, reason, message});
    eventLog.set(target, list);
  });
}

type Widget = HTMLElement & {updateComplete: Promise<boolean>; isUpdatePending: boolean; data?: {status: number}};
const PENDING = 1;
const INITIAL = 0;

/** The widget and every widget in its shadow tree (a profile's sections). */
function widgetsIn(widget: Element): Widget[] {
  const nested = [...(widget.shadowRoot?.querySelectorAll(WIDGET_SELECTOR) ?? [])].flatMap(widgetsIn);
  return [widget as Widget, ...nested];
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Waits until the widget and its sections have loaded or failed and rendered that, twice in a
 * row (a lang change reaches a widget through a MutationObserver, a section starts loading
 * after its profile renders). Returns the errors of failed renders.
 */
async function settle(widget: Element): Promise<string[]> {
  const renderErrors = new Set<string>();
  const deadline = performance.now() + SETTLE_TIMEOUT;
  let quiet = 0;
  while (quiet < 2) {
    await nextTask();
    let busy = false;
    for (const w of widgetsIn(widget)) {
      try {
        await w.updateComplete;
      } catch (error) {
        renderErrors.add(`render failed in <${w.localName}>: ${describeError(error)}`);
      }
      const status = w.data?.status;
      if (status === PENDING || status === INITIAL || w.isUpdatePending) busy = true;
    }
    quiet = busy ? 0 : quiet + 1;
    if (performance.now() > deadline) throw new Error(`<${widget.localName}> neither loaded nor failed within ${SETTLE_TIMEOUT} ms; it shows: ${JSON.stringify(textOf(widget.shadowRoot))}`);
  }
  // Unhandled rejections are reported after the task that left them.
  await nextTask();
  await nextTask();
  return [...renderErrors];
}

function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

interface Outcome {
  kind: 'content' | 'error' | 'status' | 'blank';
  text: string;
}

/** What the widget shows: its content (a heading with text), a message, or nothing. */
function outcomeOf(widget: Element): Outcome {
  const root = widget.shadowRoot;
  if (!root) return {kind: 'blank', text: 'no shadow root'};
  const error = textOf(root.querySelector('[part~=error]'));
  if (error) return {kind: 'error', text: error};
  // part=status is the loading message: once the data has settled, it means the render failed.
  const status = textOf(root.querySelector('[part~=status]'));
  if (status) return {kind: 'status', text: status};
  const heading = root.querySelector('[part~=heading]');
  const base = textOf(root.querySelector('[part~=base]'));
  // A heading attribute of white space alone is the host's own blank heading: the content is still there.
  const hostHeading = widget.getAttribute('heading');
  const headingOk = textOf(heading) !== '' || (hostHeading !== null && hostHeading !== '' && hostHeading.trim() === '');
  if (heading && headingOk && base) return {kind: 'content', text: base.slice(0, 200)};
  return {kind: 'blank', text: `heading ${JSON.stringify(textOf(heading))}, base ${JSON.stringify(base.slice(0, 200))}`};
}

/** The problems with what a settled widget shows and announced; empty when all is well. */
function problemsOf(widget: Element, renderErrors: string[]): string[] {
  const problems = [...uncaught, ...renderErrors];
  for (const w of widgetsIn(widget)) {
    const outcome = outcomeOf(w);
    const name = w === widget ? `<${w.localName}>` : `section <${w.localName}>`;
    if (outcome.kind === 'blank') problems.push(`${name} shows neither content nor a message: ${outcome.text}`);
    if (outcome.kind === 'status') problems.push(`${name} still says it is loading after its data settled: ${outcome.text}`);
    // A list with nothing in it is a blank box of its own.
    const lists = [...(w.shadowRoot?.querySelectorAll('ul, ol') ?? [])];
    if (lists.some((list) => !list.querySelector('li'))) problems.push(`${name} shows an empty list: ${JSON.stringify(outcome.text)}`);
    // The event the host heard last is the state shown: load for content, a problem's error for a message.
    const states = (eventLog.get(w) ?? []).filter((e) => e.type === 'career-widget-load' || PROBLEM_REASONS.has(e.reason!));
    const last = states.at(-1);
    if (outcome.kind === 'error' && last?.type !== 'career-widget-error') {
      problems.push(`${name} shows the error ${JSON.stringify(outcome.text)}, but the last event was ${JSON.stringify(last ?? 'none')}`);
    }
    if (outcome.kind === 'content' && last?.type !== 'career-widget-load') {
      problems.push(`${name} shows content, but the last event was ${JSON.stringify(last ?? 'none')}`);
    }
  }
  return problems;
}

function lastProblemEvent(widget: Element): LoggedEvent | undefined {
  return (eventLog.get(widget) ?? []).filter((e) => e.type === 'career-widget-load' || PROBLEM_REASONS.has(e.reason!)).at(-1);
}

/** What a widget shows, its sections' included: text, heading levels and direction. */
function snapshot(widget: Element): string {
  return widgetsIn(widget)
    .map((w) => {
      const headings = [...(w.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map((h) => h.localName).join(' ');
      return `<${w.localName} dir=${w.getAttribute('dir')}> [${headings}] ${textOf(w.shadowRoot)}`;
    })
    .join('\n');
}

/** The two texts from where they first differ. */
function difference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  return `${JSON.stringify(a.slice(from, i + 160))}\n  instead of\n${JSON.stringify(b.slice(from, i + 160))}`;
}

let container: HTMLElement;
before(() => {
  container = document.createElement('div');
  document.body.append(container);
});
after(() => container.remove());
beforeEach(() => {
  uncaught.length = 0;
  window.addEventListener('error', onUncaught, {capture: true});
  window.addEventListener('unhandledrejection', onUncaught, {capture: true});
});
afterEach(() => {
  window.removeEventListener('error', onUncaught, {capture: true});
  window.removeEventListener('unhandledrejection', onUncaught, {capture: true});
});

// ---------------------------------------------------------------------------------------------
// Property A: random attributes.

type Attributes = Partial<Record<(typeof ATTRIBUTES)[number], string>>;
const ATTRIBUTES = [
  'career',
  'lang',
  'heading-level',
  'heading',
  'year',
  'theme',
  'sections',
  'href-template',
  'chart',
  'limit',
  'no-attribution',
  'structured-data',
  'src',
] as const;

/** The attributes a widget has now (a reflected `career` included), for reports. */
function attributesOf(element: Element): string {
  return JSON.stringify(Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)!.slice(0, 80)])));
}

/** Sets the attributes given and removes the others. */
function applyAttributes(element: Element, attributes: Attributes) {
  for (const name of ATTRIBUTES) {
    const value = attributes[name];
    if (value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}

/** Occupations the tests load often: a curated one, an O*NET one, hourly wages only, no wages, a broader group's wages. */
const FAMILIAR = [CSR, 'registered-nurse', 'actor', 'fishing-and-hunting-worker', 'acupuncturist', 'acute-care-nurse', 'teller'];
const NAMES_NO_CAREER_HAS = [
  '../x', '..', '.', '%2e', '%2e%2e', '%2e%2e%2f', '..%2f', '/', '//', 'a/b', `../${CSR}`, `${CSR}/../teller`, `${CSR}/`,
  '?', '#', '?x=1', 'http://127.0.0.1:9/', 'javascript:alert(1)', 'index', 'terms', 'index.json', '__proto__', 'constructor',
  'toString', 'hasOwnProperty', ' ', '\t\n', '\u00a0', '\u200b', 'Customer-Service-Representative', CSR.toUpperCase(),
  `${CSR}\n`, ` ${CSR} `, '29-1141.0', '29-1141.000', '29\u20131141', '\uff12\uff19-1141', '29-1141.00 ', ' 29-1141 ',
  '00-0000.00', '99-9999', '29-1141.99', '43-4051', '43-4051.00', '27-2011.00', '29-1141.01', '<img src=x onerror=alert(1)>',
  '{id}', '{locale}', 'registered-nurse\u0000', 'a'.repeat(5000), '\ud800', 'e\u0301', '\u202eevil',
];
const LANGS = [
  ...SUPPORTED_LOCALES, 'ar-EG', 'ar-u-nu-latn', 'ar-SA-u-nu-arab', 'fil-PH', 'tl', 'tl-PH', 'ms-MY', 'ms-Arab', 'en-GB',
  'en-US-u-ca-islamic', 'is-IS', 'ru-RU', 'ru-petr1708', 'EN', 'Ar', 'AR-eg', 'fil-Latn-PH', 'ar-001', 'is-IS-x-private',
  'de', 'de-AT', 'zh-Hant-TW', 'ja', 'he', 'fa', 'x-klingon', 'i-klingon', 'art-lojban', 'zh-min-nan', 'en-GB-oed',
  'sgn-BE-FR', 'und', 'root', 'C', 'POSIX', 'en_US', '12-!!', '-', 'en-', '--en', 'en--US', ' en', 'en ', 'e',
  'toolonglanguagetag', 'ar-u-nu-thai-ca-gregory', 'ar-u-nu', 'en-u', 'en-x', 'ar-x-a-b-c', 'qaa', 'tlh', 'fil-x-private',
  'ar-Latn', 'en-t-ar', 'ru-u-nu-arab', 'ms-u-ca-islamic-umalqura', 'is-u-hc-h23', '',
];
const SUBTAGS = ['u', 'nu', 'latn', 'arab', 'ca', 'islamic', 'gregory', 'x', 't', 'EG', '001', 'Latn', 'Arab', 'posix', '1994', 'hc', 'h12', 'co', 'kn', 'true', 'a', 'zz', 'ZZZZ'];

const text = (maxLength: number) =>
  fc.oneof(
    fc.string({maxLength}),
    fc.string({unit: 'grapheme', maxLength}),
    fc.string({unit: 'binary', maxLength}),
  );
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, freq = 2) => fc.option(arbitrary, {freq, nil: undefined});
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({weight: 9, arbitrary: fc.constant(undefined)}, {weight: 1, arbitrary: arbitrary});

function careerArbitrary(index: {id: string; code: string}[]) {
  const real = index.flatMap(({id, code}) => [id, code, ...(code.endsWith('.00') ? [code.slice(0, 7)] : [])]);
  return fc.oneof(
    {weight: 5, arbitrary: fc.constantFrom(...FAMILIAR, '29-1141.00', '29-1141', '43-4051.00')},
    {weight: 2, arbitrary: fc.constantFrom(...real)},
    {weight: 3, arbitrary: fc.constantFrom(...NAMES_NO_CAREER_HAS)},
    {weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/)},
    {weight: 1, arbitrary: fc.stringMatching(/^\d{2}-\d{4}(\.\d{2})?$/)},
    {weight: 2, arbitrary: text(40)},
    {weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', '/', '-', '\u0644', '\ud83d\ude00'), fc.integer({min: 100, max: 20000})).map(([s, n]) => s.repeat(n))},
  );
}

const langArbitrary = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...LANGS)},
  {weight: 2, arbitrary: fc.tuple(fc.constantFrom(...SUPPORTED_LOCALES, 'tl', 'de'), fc.array(fc.constantFrom(...SUBTAGS), {maxLength: 5})).map(([language, tags]) => [language, ...tags].join('-'))},
  {weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z]{1,9}(-[a-zA-Z0-9]{1,9}){0,4}$/)},
  {weight: 1, arbitrary: text(16)},
);

const numberLike = (valid: string[], extra: string[]) =>
  fc.oneof(
    {weight: 3, arbitrary: fc.constantFrom(...valid)},
    {weight: 3, arbitrary: fc.constantFrom(...extra, '', ' ', 'NaN', 'Infinity', '-Infinity', '-0', '1e400', '0x10', '\uff13', '1 2', 'null', 'undefined', '[]')},
    {weight: 1, arbitrary: fc.integer({min: -3000, max: 3000}).map(String)},
    {weight: 1, arbitrary: fc.double().map(String)},
    {weight: 1, arbitrary: text(10)},
  );

const sectionsArbitrary = fc.oneof(
  fc.tuple(
    fc.array(fc.oneof({weight: 5, arbitrary: fc.constantFrom(...SECTION_KEYS)}, {weight: 1, arbitrary: fc.constantFrom('OVERVIEW', 'toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'wage', '', 'overview,')}), {maxLength: 6}),
    fc.constantFrom(' ', ',', ', ', '\n', '\t', ',,', '  ', ';', '|'),
  ).map(([keys, separator]) => keys.join(separator)),
  text(30),
);

function attributesArbitrary(career: fc.Arbitrary<string>): fc.Arbitrary<Attributes> {
  return fc.record({
    career: fc.option(career, {freq: 6, nil: undefined}),
    lang: sometimes(langArbitrary),
    'heading-level': sometimes(numberLike(['1', '2', '3', '4', '5', '6'], ['0', '7', '-1', '2.5', '1e0', '01', ' 3 ', 'two', '0x3', '6.0'])),
    heading: rarely(fc.oneof(text(30), fc.constantFrom('', ' ', '<b>x</b>'))),
    year: sometimes(numberLike(['2020', '2021', '2022', '2023', '2024', '2025', '2018', '2017', '2016', '2014', '2008'], ['2019', '1999', '0', 'latest', '2024.5', '2024.0', '-2024', ' 2024 ', '2.024e3', '0x7e8', '9007199254740993'])),
    theme: sometimes(fc.oneof(fc.constantFrom('light', 'dark', '', 'DARK', 'Light', ' dark', 'auto', 'none', '<x>'), text(10))),
    sections: sometimes(sectionsArbitrary),
    'href-template': sometimes(fc.oneof(fc.constantFrom('/careers/{id}', '{id}', 'https://example.com/jobs?id={id}&x=1', 'javascript:void(0)', '', '#', '{ID}', '{id}{id}', '%', 'http://[::1', '//{id}', '{id', '\u0000{id}'), text(30))),
    chart: sometimes(fc.oneof(fc.constantFrom('', 'false', 'chart', '0'), text(5))),
    limit: sometimes(numberLike(['1', '3', '8', '15'], ['0', '-5', '1000', '2.5', '1e3', 'abc'])),
    'no-attribution': rarely(fc.constantFrom('', 'false')),
    'structured-data': rarely(fc.constantFrom('', 'false')),
    src: rarely(
      fc.oneof(
        fc.constantFrom(
          `${BYO}/night-support-agent.{locale}.json`, `${BYO}/${CSR}.overview.{locale}.json`, `${BYO}/wage-as-string.json`,
          `${BYO}/no-such-file.json`, `${BYO}/{locale}.json`, '', ' ', 'data:,', 'data:application/json,{}', 'data:application/json,null',
          'data:application/json,[]', 'data:application/json,%7B%22facts%22%3A1%7D', 'about:blank', 'javascript:1',
          'http://127.0.0.1:9/x.json', '{locale}', '/{locale}', 'blob:nope', 'http://[::1', 'file:///etc/passwd', '/test/fixtures/data/malformed-json/overview.json',
        ),
        text(20),
      ),
    ),
  });
}

/** What the attributes alone say about the outcome, where the library's own data is shown (no src). */
function attributeProblems(widget: Element, attributes: Attributes): string[] {
  if (attributes.src !== undefined) return [];
  const last = lastProblemEvent(widget);
  const career = (attributes.career ?? '').trim();
  const problems: string[] = [];
  if (!career && last?.reason !== 'missing-career') problems.push(`no career is set, but the last event was ${JSON.stringify(last)}, not missing-career`);
  // The library's data is valid and local: bad-data or network means the widget broke, not the data.
  if (last?.reason === 'bad-data' || last?.reason === 'network') problems.push(`the library's own data, yet ${JSON.stringify(last)}`);
  return problems;
}

describe('properties: random attributes', () => {
  let index: {id: string; code: string}[];
  before(async () => {
    index = ((await (await fetch('/src/data/index.json')).json()) as {occupations: {id: string; code: string}[]}).occupations;
  });

  it('every widget shows its content or a message, and throws nothing, whatever its attributes (first render and re-render)', async function () {
    this.timeout(10 * 60 * 1000);
    const attributes = attributesArbitrary(careerArbitrary(index));
    let runs = 0;
    const outcomes = new Map<string, number>();
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TAGS), attributes, fc.option(attributes, {freq: 2, nil: undefined}), sometimes(langArbitrary, 4), async (tag, first, second, ancestorLang) => {
        runs++;
        uncaught.length = 0;
        const page = document.createElement('div');
        if (ancestorLang !== undefined) page.setAttribute('lang', ancestorLang);
        const widget = document.createElement(tag);
        applyAttributes(widget, first);
        page.append(widget);
        container.append(page);
        try {
          let problems = [...problemsOf(widget, await settle(widget)), ...attributeProblems(widget, first)];
          if (problems.length) throw new Error(`first render, with ${attributesOf(widget)}:\n${problems.join('\n')}`);
          count(outcomes, outcomeOf(widget).kind);
          if (second) {
            const before = attributesOf(widget);
            applyAttributes(widget, second);
            problems = [...problemsOf(widget, await settle(widget)), ...attributeProblems(widget, second)];
            if (problems.length) throw new Error(`after changing the attributes from ${before} to ${attributesOf(widget)}:\n${problems.join('\n')}`);
            count(outcomes, `re-render ${outcomeOf(widget).kind}`);
            // A widget whose attributes changed shows what a new one with those attributes shows.
            const fresh = document.createElement(tag);
            applyAttributes(fresh, second);
            page.append(fresh);
            problems = problemsOf(fresh, await settle(fresh));
            if (problems.length) throw new Error(`a new widget with the second attributes:\n${problems.join('\n')}`);
            const [changed, created] = [snapshot(widget), snapshot(fresh)];
            if (changed !== created) {
              const events = [widget, fresh].map((w) => JSON.stringify(lastProblemEvent(w)));
              throw new Error(`after changing the attributes from ${before} to ${attributesOf(widget)}, the widget shows\n${difference(changed, created)}\n  which a new widget with the same attributes shows (last events: ${events.join(' and ')})`);
            }
          }
        } finally {
          page.remove();
        }
      }),
      {numRuns: ATTRIBUTE_RUNS, includeErrorInReport: true},
    );
    console.log(`random attributes: ${runs} runs in ${Math.round(performance.now() - started)} ms; ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  });
});

function count(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

// ---------------------------------------------------------------------------------------------
// Property B: random data files through `src`.

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
type Path = (string | number)[];

/** Valid runtime documents: the bring-your-own fixtures and parts of the built dataset, in one language. */
async function loadValidDocuments(): Promise<{name: string; doc: Json}[]> {
  const documents: {name: string; doc: Json}[] = [];
  for (const file of [`night-support-agent.en.json`, `night-support-agent.ar.json`, `${CSR}.overview.is.json`, `${CSR}.skills.is.json`, 'html-in-text.json', 'long-text.json']) {
    documents.push({name: file, doc: await (await fetch(`${BYO}/${file}`)).json()});
  }
  const careers = [CSR, 'registered-nurse', 'actor', 'fishing-and-hunting-worker', 'acupuncturist', 'acute-care-nurse', 'advertising-and-promotions-manager'];
  for (const career of careers) {
    for (const part of ['overview', 'profile', 'skills', 'technology', 'related'] as const) {
      const file = (await (await fetch(`/src/data/${career}/${part}.json`)).json()) as RuntimePart;
      documents.push({name: `${career}/${part} en`, doc: inLocale(file, 'en') as unknown as Json});
      if (career !== CSR) continue;
      for (const locale of ['ar', 'is'] as const) {
        const translation = file.translations.includes(locale) ? ((await (await fetch(`/src/data/${career}/${part}.${locale}.json`)).json()) as RuntimeText) : undefined;
        const terms = part === 'skills' || part === 'technology' ? ((await (await fetch(`/src/data/terms/${part}.${locale}.json`)).json()) as Record<string, string>) : undefined;
        documents.push({name: `${career}/${part} ${locale}`, doc: inLocale(file, locale, translation, terms) as unknown as Json});
      }
    }
  }
  return documents;
}

/** Every path in a document, the root's included. */
function pathsOf(value: Json, path: Path = []): Path[] {
  const children = Array.isArray(value)
    ? value.flatMap((item, i) => pathsOf(item, [...path, i]))
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))
      : [];
  return [path, ...children];
}

function valueAt(doc: Json, path: Path): Json {
  return path.reduce<Json>((value, key) => (value as Record<string | number, Json>)[key], doc);
}

const MUTATIONS = ['delete', 'json', 'number', 'shift', 'digits', 'string', 'empty', 'duplicate', 'add', 'copy', 'reverse', 'boolean'] as const;

/** Which paths a mutation picks among: any, or leaves of one type (so that a date or a year is scrambled often enough). */
const SCOPES = ['any', 'numbers', 'strings', 'containers'] as const;

interface Mutation {
  at: number;
  among: (typeof SCOPES)[number];
  kind: (typeof MUTATIONS)[number];
  json: Json;
  number: number;
  shift: number;
  digits: string;
  string: string;
  from: number;
}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  among: fc.constantFrom(...SCOPES),
  kind: fc.constantFrom(...MUTATIONS),
  json: fc.jsonValue({maxDepth: 2}) as fc.Arbitrary<Json>,
  number: fc.oneof(fc.integer(), fc.double({noNaN: true, noDefaultInfinity: true}), fc.constantFrom(0, -1, 1, 0.5, 1e21, -1e21, 1e308, 2024, 1899, 2101, Number.MAX_SAFE_INTEGER + 2)),
  shift: fc.integer({min: -60, max: 60}),
  digits: fc.stringMatching(/^\d{1,8}$/),
  string: fc.oneof(text(20), fc.constantFrom('', ' ', 'en', 'ar', 'xx', '2024-02-30', '2024-13-45', '0000-00-00', '9999-99-99', 'http://x', 'onet-29-3', 'bls-oews', '43-4051', '43-4051.00', 'related', 'summary')),
  from: fc.nat(),
});

/** Applies mutations to a copy of a document; says what each did, for the report. */
function mutate(original: Json, mutations: Mutation[]): {doc: Json; applied: string[]} {
  let doc = structuredClone(original);
  const applied: string[] = [];
  for (const m of mutations) {
    const paths = pathsOf(doc);
    const inScope = paths.filter((p) => {
      const value = valueAt(doc, p);
      return m.among === 'numbers' ? typeof value === 'number' : m.among === 'strings' ? typeof value === 'string' : m.among === 'containers' ? Boolean(value) && typeof value === 'object' : true;
    });
    const candidates = inScope.length ? inScope : paths;
    const path = candidates[m.at % candidates.length];
    const current = valueAt(doc, path);
    const pointer = `/${path.join('/')}`;
    const parent = path.length ? (valueAt(doc, path.slice(0, -1)) as Record<string | number, Json> | Json[]) : undefined;
    const key = path.at(-1)!;
    let next: Json | undefined = current;
    switch (m.kind) {
      case 'delete':
        if (!parent) break;
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, Json>)[key];
        applied.push(`delete ${pointer}`);
        continue;
      case 'json':
        next = m.json;
        break;
      case 'number':
        next = m.number;
        break;
      case 'shift':
        next = typeof current === 'number' ? Math.round(current) + m.shift : m.shift;
        break;
      case 'digits': {
        let i = 0;
        next = typeof current === 'string' ? current.replace(/\d/g, () => m.digits[i++ % m.digits.length]) : current;
        break;
      }
      case 'string':
        next = m.string;
        break;
      case 'empty':
        next = Array.isArray(current) ? [] : current && typeof current === 'object' ? {} : typeof current === 'string' ? '' : 0;
        break;
      case 'duplicate':
        if (Array.isArray(current) && current.length) next = [...current, structuredClone(current[m.from % current.length])];
        else if (current && typeof current === 'object' && !Array.isArray(current) && Object.keys(current).length) {
          const keys = Object.keys(current);
          next = {...current, [m.string]: structuredClone(current[keys[m.from % keys.length]])};
        }
        break;
      case 'add':
        if (Array.isArray(current)) next = [...current, m.json];
        else if (current && typeof current === 'object') next = {...current, [m.string]: m.json};
        break;
      case 'copy':
        next = structuredClone(valueAt(doc, paths[m.from % paths.length]));
        break;
      case 'reverse':
        if (Array.isArray(current)) next = [...current].reverse();
        else if (typeof current === 'string') next = [...current].reverse().join('');
        break;
      case 'boolean':
        next = typeof current === 'boolean' ? !current : true;
        break;
    }
    if (parent) (parent as Record<string | number, Json>)[key] = next!;
    else doc = next!;
    applied.push(`${m.kind} ${pointer} = ${JSON.stringify(next)?.slice(0, 120)}`);
  }
  return {doc, applied};
}

interface DataCase {
  /** The file's text, and how it was made. */
  body: string;
  made: string[];
}

function dataCaseArbitrary(valid: {name: string; doc: Json}[], schemas: JsonSchema[]): fc.Arbitrary<DataCase> {
  const base = fc.nat({max: valid.length - 1});
  const json = (value: unknown, made: string) => ({body: JSON.stringify(value) ?? 'undefined', made: [made]});
  return fc.oneof(
    {weight: 8, arbitrary: fc.tuple(base, fc.array(mutationArbitrary, {minLength: 1, maxLength: 4})).map(([i, mutations]) => {
      const {doc, applied} = mutate(valid[i].doc, mutations);
      return json(doc, `${valid[i].name}, mutated: ${applied.join('; ')}`);
    })},
    {weight: 1, arbitrary: base.map((i) => json(valid[i].doc, `${valid[i].name}, as it is`))},
    {weight: 5, arbitrary: schemaArbitrary(schemas, 'runtime.schema.json').map((value) => json(value, 'made from the schema'))},
    {weight: 2, arbitrary: fc.jsonValue().map((value) => json(value, 'random JSON'))},
    {weight: 1, arbitrary: fc.anything({maxDepth: 3, withNullPrototype: true, withObjectString: true, withSparseArray: true, withDate: true, withBoxedValues: true}).map((value) => json(value, 'random value'))},
    {weight: 1, arbitrary: fc.record({facts: fc.jsonValue({maxDepth: 2}), text: fc.jsonValue({maxDepth: 2})}, {requiredKeys: []}).map((value) => json(value, 'random facts and text'))},
    {weight: 1, arbitrary: fc.tuple(base, fc.nat()).map(([i, n]) => {
      const whole = JSON.stringify(valid[i].doc);
      return {body: whole.slice(0, n % whole.length), made: [`${valid[i].name}, cut at ${n % whole.length}`]};
    })},
    {weight: 1, arbitrary: fc.oneof(text(50), fc.constantFrom('', ' ', 'null', '\ufeff{}', '{"facts":', '<html></html>', 'NaN', '[]', '""', '0')).map((body) => ({body, made: ['raw text']}))},
  );
}

/** What a widget must show for a file: load, or an error with this reason (and this invalid path, for bad data). */
interface Expectation {
  load?: boolean;
  reason?: string;
  path?: string;
}

async function expectationFor(body: string, career: string | undefined, year: string | undefined): Promise<Expectation> {
  const id = career?.trim() ?? '';
  if (id && !/^[a-z0-9]+(-[a-z0-9]+)*$|^\d{2}-\d{4}(\.\d{2})?$/.test(id)) return {reason: 'unknown-career'};
  let parsed: unknown;
  try {
    // Parsed as the widget does (a fetched body: UTF-8, a leading BOM dropped).
    parsed = await new Response(new Blob([body])).json();
  } catch {
    return {reason: 'bad-data'};
  }
  // null, false, 0 and "" are not validated (the widget checks `src && data`): damaged, with no place named.
  if (!parsed) return {reason: 'bad-data'};
  if (!validateRuntimeData(parsed)) return {reason: 'bad-data', path: validateRuntimeData.errors?.[0]?.instancePath || '/'};
  const {facts} = parsed as {facts: {id: string; code?: string}};
  const names = [facts.id, ...(facts.code?.endsWith('.00') ? [facts.code, facts.code.slice(0, 7)] : facts.code ? [facts.code] : [])];
  if (id && !names.includes(id)) return {reason: 'bad-data'};
  // A year may name an edition the file does not have: then a message, checked as any.
  return year === undefined ? {load: true} : {};
}

function toBase64(body: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(body)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

describe('properties: random data files', () => {
  let valid: {name: string; doc: Json}[];
  let schemas: JsonSchema[];
  before(async () => {
    valid = await loadValidDocuments();
    schemas = await Promise.all(['facts', 'text', 'runtime'].map(async (name) => (await fetch(`/data/schema/${name}.schema.json`)).json() as Promise<JsonSchema>));
  });

  it('the documents mutated below are valid to start with', () => {
    const rejected = valid.filter(({doc}) => !validateRuntimeData(doc)).map(({name}) => `${name}: ${JSON.stringify(validateRuntimeData.errors?.[0])}`);
    if (rejected.length) throw new Error(`valid documents rejected:\n${rejected.join('\n')}`);
  });

  it('every widget shows a file’s content, or says what is wrong with it, and throws nothing', async function () {
    this.timeout(10 * 60 * 1000);
    let runs = 0;
    const outcomes = new Map<string, number>();
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TAGS),
        dataCaseArbitrary(valid, schemas),
        fc.constantFrom('blob', 'data'),
        fc.constantFrom(...SUPPORTED_LOCALES, 'de', 'ar-u-nu-latn'),
        fc.oneof({weight: 6, arbitrary: fc.constant(undefined)}, {weight: 1, arbitrary: fc.constantFrom('night-support-agent', CSR, '43-4051.00', '43-4051', 'registered-nurse', 'teller', 'Not An Id', '')}),
        fc.oneof({weight: 6, arbitrary: fc.constant(undefined)}, {weight: 1, arbitrary: fc.constantFrom('2024', '2020', '2025', '1999', 'x', '')}),
        async (tag, {body, made}, serve, lang, career, year) => {
          runs++;
          uncaught.length = 0;
          const expected = await expectationFor(body, career, year);
          const url = serve === 'blob' ? URL.createObjectURL(new Blob([body], {type: 'application/json'})) : `data:application/json;base64,${toBase64(body)}`;
          const widget = document.createElement(tag);
          applyAttributes(widget, {src: url, lang, career, year});
          container.append(widget);
          try {
            const problems = problemsOf(widget, await settle(widget));
            const outcome = outcomeOf(widget);
            const last = lastProblemEvent(widget);
            if (expected.load && outcome.kind !== 'content') problems.push(`a valid file, but the widget shows ${outcome.kind}: ${outcome.text}`);
            // A profile's sections show the same file.
            for (const section of widgetsIn(widget).slice(1)) {
              const shownBySection = outcomeOf(section);
              if (expected.load && shownBySection.kind !== 'content') problems.push(`a valid file, but the profile's section <${section.localName}> shows ${shownBySection.kind}: ${shownBySection.text}`);
            }
            if (expected.reason && (outcome.kind !== 'error' || last?.reason !== expected.reason)) {
              problems.push(`expected an error with reason ${expected.reason}, but the widget shows ${outcome.kind} (${outcome.text}) and last fired ${JSON.stringify(last)}`);
            }
            // The message names where the file is wrong (the path is not translated).
            const shown = widget.shadowRoot?.querySelector('[part~=error]')?.textContent ?? '';
            if (expected.path !== undefined && !shown.includes(expected.path)) problems.push(`the message does not name ${JSON.stringify(expected.path)}: ${JSON.stringify(shown)}`);
            if (problems.length) throw new Error(`${problems.join('\n')}\nthe file: ${made.join('\n')}\n${body.length > 2000 ? `${body.slice(0, 2000)}…` : body}`);
            count(outcomes, expected.load ? 'valid: content' : outcome.kind === 'error' ? `error: ${last?.reason}` : `other: ${outcome.kind}`);
          } finally {
            widget.remove();
            if (serve === 'blob') URL.revokeObjectURL(url);
          }
        },
      ),
      {numRuns: DATA_RUNS, includeErrorInReport: true},
    );
    console.log(`random data files: ${runs} runs in ${Math.round(performance.now() - started)} ms; ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  });
});

// ---------------------------------------------------------------------------------------------
// The smallest failing cases the properties found, one test each, so that each failure reads
// plainly and stays fixed once fixed. They fail until the library handles them.

describe('counterexamples found by the properties', () => {
  async function mount(tag: string, attributes: Attributes): Promise<{widget: HTMLElement; problems: string[]}> {
    const widget = document.createElement(tag);
    applyAttributes(widget, attributes);
    container.append(widget);
    return {widget, problems: problemsOf(widget, await settle(widget))};
  }

  async function night(change: (doc: {facts: Record<string, unknown>; text: Record<string, unknown>}) => void): Promise<string> {
    const doc = await (await fetch(`${BYO}/night-support-agent.en.json`)).json();
    change(doc);
    if (!validateRuntimeData(doc)) throw new Error(`the test's file is not valid: ${JSON.stringify(validateRuntimeData.errors)}`);
    return URL.createObjectURL(new Blob([JSON.stringify(doc)], {type: 'application/json'}));
  }

  afterEach(() => container.replaceChildren());

  it('removing `career` says that no career is chosen, and <career-profile> throws nothing', async () => {
    for (const tag of ['career-facts', 'career-profile']) {
      uncaught.length = 0;
      const {widget} = await mount(tag, {career: 'teller'});
      widget.removeAttribute('career');
      const problems = problemsOf(widget, await settle(widget));
      problems.push(...attributeProblems(widget, {}));
      if (problems.length) throw new Error(`<${tag}> after removeAttribute('career'):\n${problems.join('\n')}`);
    }
  });

  it('removing `year`, `heading-level` or `limit` goes back to its default', async () => {
    const failures: string[] = [];
    for (const [tag, name, value] of [['salary-table', 'year', '2024'], ['career-facts', 'year', '2024'], ['skills-list', 'heading-level', '3'], ['technology-skills', 'limit', '3']] as const) {
      const {widget} = await mount(tag, {career: 'registered-nurse', [name]: value});
      widget.removeAttribute(name);
      await settle(widget);
      const {widget: fresh} = await mount(tag, {career: 'registered-nurse'});
      const [changed, created] = [snapshot(widget), snapshot(fresh)];
      if (changed !== created) failures.push(`<${tag}> after removeAttribute('${name}') shows\n${difference(changed, created)}`);
    }
    if (failures.length) throw new Error(failures.join('\n'));
  });

  it('a `limit` that is not a number does not empty the lists', async () => {
    const failures: string[] = [];
    for (const tag of ['skills-list', 'technology-skills', 'career-duties']) {
      const {problems} = await mount(tag, {career: 'registered-nurse', limit: 'abc'});
      failures.push(...problems.map((problem) => `limit="abc": ${problem}`));
    }
    if (failures.length) throw new Error(failures.join('\n'));
  });

  it('a `limit` set by a script shows at least one item, and the default when it is not a number', async () => {
    const shown: string[] = [];
    for (const limit of [0, -3, Number.NaN, 2.7]) {
      const {widget} = await mount('technology-skills', {career: 'registered-nurse', lang: 'en'});
      (widget as HTMLElement & {limit: number}).limit = limit;
      await settle(widget);
      shown.push(`${limit}: ${widget.shadowRoot!.querySelectorAll('li').length}`);
      widget.remove();
    }
    if (shown.join(', ') !== '0: 1, -3: 1, NaN: 15, 2.7: 2') throw new Error(`items shown for each limit: ${shown.join(', ')}`);
  });

  it('`sections` naming what every object has ("constructor") is ignored, not thrown', async () => {
    const {widget, problems} = await mount('career-profile', {career: 'teller', sections: 'overview constructor'});
    if (problems.length) throw new Error(problems.join('\n'));
    if (outcomeOf(widget).kind !== 'content') throw new Error(`shows ${JSON.stringify(outcomeOf(widget))}`);
  });

  it('a profile whose chosen sections the occupation has nothing for says so, with no empty table of contents', async () => {
    const {problems} = await mount('career-profile', {career: '29-1141.00', sections: 'job-search downsides'});
    if (problems.length) throw new Error(problems.join('\n'));
  });

  it('<career-profile src> shows its file in its sections too', async () => {
    const {widget, problems} = await mount('career-profile', {src: `${BYO}/night-support-agent.{locale}.json`, sections: 'overview wages'});
    const sections = widgetsIn(widget).slice(1).map((section) => `<${section.localName}> ${outcomeOf(section).kind}: ${outcomeOf(section).text.slice(0, 80)}`);
    if (problems.length || sections.some((section) => !section.includes(' content: '))) throw new Error([...problems, ...sections].join('\n'));
  });

  it('a valid file with an impossible visit date (2024-13-45) is shown or refused, not thrown', async () => {
    const src = await night(({facts}) => ((facts.sources as Record<string, {visited?: string}>)['example-telecom'].visited = '2024-13-45'));
    const {problems} = await mount('career-facts', {src});
    URL.revokeObjectURL(src);
    if (problems.length) throw new Error(problems.join('\n'));
  });

  it('a valid file that lists related occupations without their text is shown or refused, not thrown', async () => {
    const src = await night(({facts}) => (facts.related = [{id: 'teller', wages: []}]));
    const {problems} = await mount('related-jobs', {src});
    URL.revokeObjectURL(src);
    if (problems.length) throw new Error(problems.join('\n'));
  });

  it('<career-sources> with a valid file that names no sources shows no empty list', async () => {
    const src = await night((doc) => ((doc.facts.sources = {}), (doc.text.sources = {})));
    const {problems} = await mount('career-sources', {src});
    URL.revokeObjectURL(src);
    if (problems.length) throw new Error(problems.join('\n'));
  });

  it('a career name too long for a URL is an unknown career, not a network problem', async () => {
    const {widget} = await mount('career-facts', {career: 'a'.repeat(20000)});
    const problems = attributeProblems(widget, {career: 'a'.repeat(20000)});
    if (problems.length) throw new Error(problems.join('\n'));
  });
});
