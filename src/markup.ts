// The markup widgets share: headings, lists, text in another language, wages, tables and
// source lines. Plain functions of the widget they render for.
import {html, nothing, type TemplateResult} from 'lit';
import {str} from '@lit/localize';
import {SOURCE_LOCALE, type IntroducedList, type OccupationText, type RuntimeText, type WageValue} from '../data/types.js';
import {publicSourceCitation} from './code-labels.js';
import type {CareerData} from './data.js';
import type {LocaleController} from './locale.js';
import {scrollRegion} from './scroll-region.js';

/** What markup needs of the widget it is for. */
export interface MarkupHost {
  readonly l10n: LocaleController;
  /** The level (1–6) of the widget's heading. */
  readonly headingLevelNumber: number;
  /** Replaces the text of the widget's heading. */
  readonly heading?: string;
  /** The widget's section name (the registry's label), for its default heading. */
  readonly sectionLabel?: string;
  /** Leaves out O*NET's attribution: the page shows it once itself. */
  readonly noAttribution: boolean;
}

/** A cited figure or text: a source id and, for figures, the year they describe. */
export interface Citation {
  source: string;
  year?: number;
}

/** The source id of the O*NET database, whose license asks for an attribution beside its content. */
export const ONET_SOURCE = 'onet-29-3';
/** Stands for the title in a message until aroundTitle() puts the marked title in its place (a private-use character). */
const TITLE_MARK = '\uE000';

// One template per level: a tag cannot be an expression in lit-html.
const HEADINGS = [
  (cls: string, content: unknown) => html`<h1 part="heading" class=${cls}>${content}</h1>`,
  (cls: string, content: unknown) => html`<h2 part="heading" class=${cls}>${content}</h2>`,
  (cls: string, content: unknown) => html`<h3 part="heading" class=${cls}>${content}</h3>`,
  (cls: string, content: unknown) => html`<h4 part="heading" class=${cls}>${content}</h4>`,
  (cls: string, content: unknown) => html`<h5 part="heading" class=${cls}>${content}</h5>`,
  (cls: string, content: unknown) => html`<h6 part="heading" class=${cls}>${content}</h6>`,
];

/** The widget's heading (its `heading` attribute, if set), or a sub-heading `depth` levels below it. */
export function heading(host: MarkupHost, content: unknown, depth = 0): TemplateResult {
  const level = Math.min(host.headingLevelNumber + depth, 6);
  return depth ? HEADINGS[level - 1]('heading subheading', content) : HEADINGS[level - 1]('heading', host.heading || content);
}

/** The heading of a section widget: its section's name. */
export function sectionHeading(host: MarkupHost): TemplateResult {
  return heading(host, host.sectionLabel);
}

/** A bulleted (or numbered) list; marked with its language where it is in another than the widget's. */
export function list(host: MarkupHost, items: unknown[], {ordered = false, lang}: {ordered?: boolean; lang?: string} = {}) {
  const entries = items.map((item) => html`<li>${item}</li>`);
  const marked = host.l10n.otherLanguage(lang);
  const dir = marked ? 'ltr' : nothing;
  return ordered
    ? html`<ol part="list" lang=${marked ?? nothing} dir=${dir}>${entries}</ol>`
    : html`<ul part="list" lang=${marked ?? nothing} dir=${dir}>${entries}</ul>`;
}

/** An introduced list (an intro paragraph, then the list), or the missing-section note without one. */
export function introducedList(host: MarkupHost, introduced: IntroducedList | undefined, lang?: string) {
  if (!introduced) return missingSection(host);
  const marked = host.l10n.otherLanguage(lang);
  return html`<div lang=${marked ?? nothing} dir=${marked ? 'ltr' : nothing}><p>${introduced.intro}</p>${list(host, introduced.items)}</div>`;
}

/** What a section says when the career's data has no text for it. */
export function missingSection(host: MarkupHost) {
  return html`<p class="status">${host.l10n.msg('This section is not available for this career yet.')}</p>`;
}

/**
 * A text field, marked with its language where it is not the widget's (English where no
 * translation exists): screen readers switch voice, and right-to-left layout leaves it whole.
 */
export function inLanguage(host: MarkupHost, text: Pick<RuntimeText, 'langs'>, field: keyof OccupationText, content: unknown) {
  return inOtherLanguage(host, text.langs?.[field], content);
}

/** Content in `lang` (where it is not the widget's language) inside an element that says so. */
export function inOtherLanguage(host: MarkupHost, lang: string | undefined, content: unknown) {
  const marked = host.l10n.otherLanguage(lang);
  return marked ? html`<span lang=${marked} dir="ltr">${content}</span>` : content;
}

/** A term the facts name in English (an O*NET skill, a kind of software) by its name in the widget's language, or in English, marked. */
export function term(host: MarkupHost, text: Pick<RuntimeText, 'terms'>, key: string, english: string) {
  const name = text.terms?.[key];
  if (name !== undefined || host.l10n.locale.locale === SOURCE_LOCALE) return name ?? english;
  return inOtherLanguage(host, SOURCE_LOCALE, english);
}

/**
 * A message around the occupation's title ("Wages: …"), the title marked with its language
 * where it is not the widget's: a translated sentence never runs an English title unmarked.
 */
export function aroundTitle(host: MarkupHost, text: RuntimeText, message: (title: string) => string) {
  const [before, after = ''] = message(TITLE_MARK).split(TITLE_MARK);
  return html`${before}${inLanguage(host, text, 'title', text.title)}${after}`;
}

/** A wage as the reader's locale writes it; a top-coded one as “at least …”, never as a plain figure. */
export function wage({l10n: {msg, format}}: MarkupHost, value: WageValue, {cents = false} = {}): string {
  if (typeof value === 'number') return format.money(value, {cents});
  return msg(str`at least ${format.money(value.atLeast, {cents})}`);
}

/**
 * A link's address from an `href-template`, each `{name}` replaced by its value (URL-encoded):
 * undefined unless it is a web address (http, https, or relative to the page), so that a
 * template pasted by someone else cannot make a `javascript:` link.
 */
export function templateHref(template: string | undefined, values: Record<string, string>): string | undefined {
  if (!template) return undefined;
  const href = template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? encodeURIComponent(values[name]) : placeholder));
  try {
    return ['http:', 'https:'].includes(new URL(href, document.baseURI).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

/** A table in a region that scrolls sideways on narrow screens; keyboard users reach it only when it does. */
export function tableRegion(label: string, table: TemplateResult) {
  return html`<div class="table-scroll" role="region" aria-label=${label} ${scrollRegion()}>${table}</div>`;
}

/** The source line of text fields: the editions they were edited from. */
export function textSources(host: MarkupHost, data: CareerData, fields: string[], options?: {selected?: boolean}) {
  const bySource = data.facts.textSources as Record<string, string[] | undefined>;
  const cited = fields.flatMap((field) => (field in data.text || field in data.facts ? (bySource[field] ?? bySource.profile ?? []) : []));
  return sources(host, data, [...new Set(cited)].map((source) => ({source})), options);
}

/**
 * "Source: …": each source once, with the years of its figures and the date it was visited,
 * and O*NET's attribution where O*NET is one; `selected` says the widget shows a selection.
 */
export function sources(host: MarkupHost, {facts, text}: CareerData, citations: Citation[], {selected = false} = {}) {
  const {msg, format} = host.l10n;
  const bySource = new Map<string, {visited?: string; years: Set<number>}>();
  for (const {source, year} of citations) {
    const described = own(facts.sources, source);
    const citation = own(text.sources, source) ?? publicSourceCitation(msg, source) ?? described?.publisher ?? source;
    const entry = bySource.get(citation) ?? {visited: described?.visited, years: new Set()};
    if (year !== undefined) entry.years.add(year);
    bySource.set(citation, entry);
  }
  const described = [...bySource].map(([citation, {visited, years}]) => {
    const sortedYears = [...years].sort((a, b) => a - b).map((year) => format.year(year));
    const figures = sortedYears.length ? format.list(sortedYears) : undefined;
    const date = visited === undefined ? undefined : format.date(visited);
    if (figures && date) return msg(str`${citation} (${figures} figures, visited ${date})`);
    if (figures) return msg(str`${citation} (${figures} figures)`);
    if (date) return msg(str`${citation} (visited ${date})`);
    return citation;
  });
  if (!described.length) return nothing;
  const line = format.list(described);
  return html`<p part="sources" class="sources">
      ${described.length === 1 ? msg(str`Source: ${line}`) : msg(str`Sources: ${line}`)}
    </p>
    ${!host.noAttribution && citations.some(({source}) => source === ONET_SOURCE) ? onetAttribution(host, selected) : nothing}`;
}

/** A record's own value for `key`: a host's file may name a source `constructor`, which every object inherits. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The attribution O*NET's license asks for, with a note where its content was selected or shortened. */
export function onetAttribution({l10n: {msg}}: MarkupHost, selected: boolean) {
  return html`<p part="attribution sources" class="sources attribution">
    ${msg('This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.')}
    ${selected ? msg('The O*NET content shown here was selected and shortened by career-widgets.') : nothing}
  </p>`;
}
