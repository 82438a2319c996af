import {LitElement, html, noChange, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {html as staticHtml, literal} from 'lit/static-html.js';
import {str} from '@lit/localize';
import type {MsgFn} from '@lit/localize/internal/types.js';
import {Task, TaskStatus} from '@lit/task';
import {SOURCE_LOCALE, type IntroducedList, type OccupationText, type RuntimeText, type TextPart, type WageValue} from '../data/types.js';
import {CareerDataProblem, loadCareer, type CareerData, type ProblemReason} from './data.js';
import {formattersFor, type Formatters} from './format.js';
import {LocaleController, type ResolvedLocale} from './locale.js';
import {publicSourceCitation} from './labels.js';
import {loadMessages, messagesFor} from './localize.js';
import {widgetStyles} from './styles.js';
import {VERSION} from './version.js';

export interface CareerWidgetEventDetail {
  career: string;
  /** The occupation's title in the shown locale (load events only). */
  title?: string;
  /** The locale the widget shows (a supported one). */
  locale: string;
  /** The language the page asked for, when it is not the one shown. */
  requestedLocale?: string;
}

/**
 * What the widget works around or owns up to: it still shows the career, with a note.
 * `partly-in-english`: some of what it shows has no translation into the widget's language.
 */
export type NoticeReason = 'unsupported-locale' | 'malformed-locale' | 'invalid-heading-level' | 'partly-in-english';

export interface CareerWidgetErrorDetail extends CareerWidgetEventDetail {
  reason: ProblemReason | NoticeReason;
  /** What went wrong, in English, for the host's logs. */
  message: string;
}

interface Notice {
  reason: NoticeReason;
  /** What the reader sees, in the widget's language. */
  text: string;
  /** What the host's logs get, in English. */
  message: string;
}

/** Attribute values quoted in messages are cut to this length. */
const QUOTE_LENGTH = 60;

export interface CareerWidgetNoticeDetail extends CareerWidgetEventDetail {
  reason: NoticeReason;
  /** What the note says, in English, for the host's logs. */
  message: string;
}

interface CareerWidgetEventMap {
  'career-widget-load': CustomEvent<CareerWidgetEventDetail>;
  'career-widget-error': CustomEvent<CareerWidgetErrorDetail>;
  'career-widget-notice': CustomEvent<CareerWidgetNoticeDetail>;
}

declare global {
  // The events bubble and are composed, so hosts listen on the element, the document or the window.
  interface HTMLElementEventMap extends CareerWidgetEventMap {}
  interface DocumentEventMap extends CareerWidgetEventMap {}
  interface WindowEventMap extends CareerWidgetEventMap {}
}

/** A cited figure or text: a source id and, for figures, the year they describe. */
export interface Citation {
  source: string;
  year?: number;
}

const DEFAULT_HEADING_LEVEL = 2;
/** The source id of the O*NET database, whose license asks for an attribution beside its content. */
const ONET_SOURCE = 'onet-29-3';
/** Stands for the title in a message until aroundTitle() puts the marked title in its place (a private-use character). */
const TITLE_MARK = '\uE000';
const HEADING_TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * What every career widget shares: the `career` and `heading-level` attributes,
 * its locale (from `lang` on itself or an ancestor), loading its data through
 * @lit/task, the loading and error states, the load and error events, and the
 * helpers for headings and source lines. A widget names the text part it needs
 * and renders the loaded career in `renderCareer()`.
 *
 * @event career-widget-load - The career is shown. `detail`: `{career, locale, title}`.
 * @event career-widget-notice - The career is shown with a note, once per note (`reason`:
 *   partly-in-english, unsupported-locale, malformed-locale, invalid-heading-level).
 *   `detail`: `{career, locale, reason, message}`.
 * @event career-widget-error - The career cannot be shown (`reason`: missing-career, unknown-career,
 *   network, bad-data, no-data-for-year); also fired for each notice, with its reason, so one
 *   listener hears every problem. `detail`: `{career, locale, reason, message}`.
 *
 * @csspart base - The widget's box.
 * @csspart heading - The widget's heading and sub-headings.
 * @csspart list - Lists.
 * @csspart status - The loading message.
 * @csspart error - The message shown when the career cannot be shown.
 * @csspart notice - The note that the content, or parts of it, are shown in English.
 * @csspart sources - The source-and-year line.
 * @csspart attribution - The attribution O*NET's license asks for, under O*NET content.
 *
 * @cssprop --career-accent - Headings, links and figures.
 * @cssprop --career-text - Body text.
 * @cssprop --career-muted - Secondary text: years, sources.
 * @cssprop --career-surface - Background.
 * @cssprop --career-border - Borders and rules.
 * @cssprop --career-radius - Corner radius of the box.
 * @cssprop --career-font-family - Font; inherits the host page's by default.
 */
export abstract class CareerWidget extends LitElement {
  static readonly version = VERSION;
  static override styles = [widgetStyles];

  /** The occupation to show, by id (e.g. `customer-service-representative`). */
  @property({reflect: true}) career = '';

  /**
   * Your own data for this career instead of the library's: the URL of a JSON file in the
   * runtime form (data/schema/runtime.schema.json), in which `{locale}` stands for the
   * widget's locale, e.g. `/jobs/night-agent/{locale}.json`. It is validated when loaded.
   */
  @property() src?: string;

  /** Replaces the text of the widget's heading (as <career-profile> does for its sections). */
  @property() heading?: string;

  /** `light` or `dark`; without it the widget follows the reader's `prefers-color-scheme`. */
  @property({reflect: true}) theme?: 'light' | 'dark';

  /**
   * Leaves out O*NET's attribution under O*NET content: for a page that shows it once itself,
   * as `<career-profile>` does for its sections. O*NET's license asks for it on the page.
   */
  @property({type: Boolean, attribute: 'no-attribution'}) noAttribution = false;

  /** The level (1–6) of the widget's heading, so it fits the host page's outline. Default 2. */
  @property({attribute: 'heading-level'}) headingLevel: string | number = DEFAULT_HEADING_LEVEL;

  /** The element's tag name, which defineElement registers it under. */
  static readonly tagName: string;

  /**
   * Which part of a career's text the element shows (TEXT_PARTS in data/types.ts): the
   * one data file it fetches. Tools such as the SCORM packager read it from custom-elements.json.
   */
  static readonly textPart: TextPart;

  /** The name of the section the element shows, e.g. “A day in the life”, for tables of contents. */
  static sectionLabel: (msg: MsgFn) => string;

  /**
   * The facts and text fields the element shows: `<career-profile>` leaves out a section whose
   * occupation has none of them (the overview's `contents` lists what each occupation has).
   */
  static readonly shows: readonly string[] = [];

  private readonly localeController = new LocaleController(this);

  private readonly data = new Task(this, {
    // The locale's UI strings load with the data, so neither shows without the other.
    task: async ([career, locale, part, src]) => {
      const messages = loadMessages(locale);
      const data = loadCareer(career, locale, part, src);
      // While the data is on its way: Intl's first formatter of a page is slow to make.
      this.format.prepare();
      try {
        return await data;
      } finally {
        await messages;
      }
    },
    args: () => [this.career, this.locale.locale, (this.constructor as typeof CareerWidget).textPart, this.src] as const,
  });

  /** The state the load or error event was last fired for, and the notices fired since. */
  private lastAnnounced = '';
  private announcedNotices = new Set<NoticeReason>();

  /** Whether the last render showed text in another language than the widget's (set while rendering). */
  private showsOtherLanguage = false;

  /**
   * Whether the widget has rendered. While new data loads after a change (of locale, say),
   * what it shows stays: swapping content for a loading message and back would rebuild
   * the DOM twice, where rendering the same template with new values only updates text.
   */
  private showing = false;

  protected abstract renderCareer(data: CareerData): TemplateResult;

  /** A problem with loaded data that only this widget can see (e.g. no figures for its `year`). */
  protected findProblem(_data: CareerData): CareerDataProblem | undefined {
    return undefined;
  }

  protected get locale(): ResolvedLocale {
    return this.localeController.locale;
  }

  /** msg() in this widget's locale. */
  protected get msg(): MsgFn {
    return messagesFor(this.locale.locale);
  }

  protected get format(): Formatters {
    return formattersFor(this.locale.formattingTag);
  }

  protected override render() {
    if (this.data.status === TaskStatus.PENDING && this.showing) return noChange;
    const problem = this.problem;
    this.showing = true;
    // The content first: rendering it finds out whether any of it is in another language.
    this.showsOtherLanguage = false;
    const content = problem
      ? html`<p part="error" class="error" role="alert">${this.problemMessage(problem)}</p>`
      : this.data.status === TaskStatus.COMPLETE
        ? this.renderCareer(this.data.value!)
        : html`<p part="status" class="status" role="status">${this.msg('Loading career information…')}</p>`;
    // A section of <career-profile> leaves its notes to the profile, which shows each once.
    const notices = this.embedded ? [] : this.notices;
    // Said explicitly: not every engine carries an ancestor's language into shadow trees.
    return html`<div part="base" class="widget" lang=${this.locale.formattingTag}>
      ${notices.map(({text}) => html`<p part="notice" class="notice">${text}</p>`)}${content}
    </div>`;
  }

  /** While new data loads behind what is shown, the task's own update requests change nothing. */
  protected override shouldUpdate(changed: PropertyValues) {
    return !(this.data.status === TaskStatus.PENDING && this.showing && changed.size === 0);
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    this.announceState();
  }

  /** The widget's heading (its `heading` attribute, if set), or a sub-heading `depth` levels below it. */
  protected renderHeading(content: unknown, depth = 0) {
    const tag = HEADING_TAGS[Math.min(this.headingLevelNumber + depth, 6) - 1];
    if (depth) return staticHtml`<${tag} part="heading" class="heading subheading">${content}</${tag}>`;
    return staticHtml`<${tag} part="heading" class="heading">${this.heading || content}</${tag}>`;
  }

  /** A bulleted (or numbered) list; marked with its language where it is in another than the widget's. */
  protected renderList(items: unknown[], {ordered = false, lang}: {ordered?: boolean; lang?: string} = {}) {
    const entries = items.map((item) => html`<li>${item}</li>`);
    const marked = this.otherLanguage(lang);
    const dir = marked ? 'ltr' : nothing;
    return ordered
      ? html`<ol part="list" lang=${marked ?? nothing} dir=${dir}>${entries}</ol>`
      : html`<ul part="list" lang=${marked ?? nothing} dir=${dir}>${entries}</ul>`;
  }

  /** An introduced list (an intro paragraph, then the list), or the missing-section note without one. */
  protected renderIntroducedList(list: IntroducedList | undefined, lang?: string) {
    if (!list) return this.renderMissingSection();
    const marked = this.otherLanguage(lang);
    return html`<div lang=${marked ?? nothing} dir=${marked ? 'ltr' : nothing}><p>${list.intro}</p>${this.renderList(list.items)}</div>`;
  }

  /**
   * A text field, marked with its language where it is not the widget's (English where no
   * translation exists): screen readers switch voice, and right-to-left layout leaves it whole.
   */
  protected inLanguage(text: Pick<RuntimeText, 'langs'>, field: keyof OccupationText, content: unknown) {
    return this.inOtherLanguage(text.langs?.[field], content);
  }

  /** A term the facts name in English (an O*NET skill, a kind of software) by its name in the widget's language, or in English, marked. */
  protected term(text: Pick<RuntimeText, 'terms'>, key: string, english: string) {
    const name = text.terms?.[key];
    if (name !== undefined || this.locale.locale === SOURCE_LOCALE) return name ?? english;
    return this.inOtherLanguage(SOURCE_LOCALE, english);
  }

  /** Content in `lang` (where it is not the widget's language) inside an element that says so. */
  protected inOtherLanguage(lang: string | undefined, content: unknown) {
    const marked = this.otherLanguage(lang);
    return marked ? html`<span lang=${marked} dir="ltr">${content}</span>` : content;
  }

  /**
   * The `lang` to mark content with, given the language it is in: undefined when it is the
   * widget's own. Marked content counts toward the widget's note that parts are in English.
   */
  protected otherLanguage(lang: string | undefined): string | undefined {
    if (!lang || lang === this.locale.locale) return undefined;
    this.showsOtherLanguage = true;
    return lang;
  }

  /**
   * A message around the occupation's title ("Wages: …"), the title marked with its language
   * where it is not the widget's: a translated sentence never runs an English title unmarked.
   */
  protected aroundTitle(text: RuntimeText, message: (title: string) => string) {
    const [before, after = ''] = message(TITLE_MARK).split(TITLE_MARK);
    return html`${before}${this.inLanguage(text, 'title', text.title)}${after}`;
  }

  /** A wage as the reader's locale writes it; a top-coded one as “at least …”, never as a plain figure. */
  protected wage(value: WageValue, {cents = false} = {}): string {
    if (typeof value === 'number') return this.format.money(value, {cents});
    return this.msg(str`at least ${this.format.money(value.atLeast, {cents})}`);
  }

  /** What a section says when the career's data has no text for it. */
  protected renderMissingSection() {
    return html`<p class="status">${this.msg('This section is not available for this career yet.')}</p>`;
  }

  /** The source line of text fields: the editions they were edited from. */
  protected renderTextSources(data: CareerData, fields: string[], options?: {selected?: boolean}) {
    const textSources = data.facts.textSources as Record<string, string[] | undefined>;
    const sources = fields.flatMap((field) => (field in data.text || field in data.facts ? (textSources[field] ?? textSources.profile ?? []) : []));
    return this.renderSources(data, [...new Set(sources)].map((source) => ({source})), options);
  }

  /**
   * "Source: …": each source once, with the years of its figures and the date it was visited,
   * and O*NET's attribution where O*NET is one; `selected` says the widget shows a selection.
   */
  protected renderSources({facts, text}: CareerData, citations: Citation[], {selected = false} = {}) {
    const bySource = new Map<string, {visited?: string; years: Set<number>}>();
    for (const {source, year} of citations) {
      const citation = text.sources[source] ?? publicSourceCitation(this.msg, source) ?? facts.sources[source]?.publisher ?? source;
      const entry = bySource.get(citation) ?? {visited: facts.sources[source]?.visited, years: new Set()};
      if (year !== undefined) entry.years.add(year);
      bySource.set(citation, entry);
    }
    const described = [...bySource].map(([citation, {visited, years}]) => {
      const sortedYears = [...years].sort((a, b) => a - b).map((year) => this.format.year(year));
      const figures = sortedYears.length ? this.format.list(sortedYears) : undefined;
      const date = visited === undefined ? undefined : this.format.date(visited);
      if (figures && date) return this.msg(str`${citation} (${figures} figures, visited ${date})`);
      if (figures) return this.msg(str`${citation} (${figures} figures)`);
      if (date) return this.msg(str`${citation} (visited ${date})`);
      return citation;
    });
    if (!described.length) return nothing;
    const list = this.format.list(described);
    return html`<p part="sources" class="sources">
        ${described.length === 1 ? this.msg(str`Source: ${list}`) : this.msg(str`Sources: ${list}`)}
      </p>
      ${!this.noAttribution && citations.some(({source}) => source === ONET_SOURCE) ? this.renderOnetAttribution(selected) : nothing}`;
  }

  /** The attribution O*NET's license asks for, with a note where its content was selected or shortened. */
  protected renderOnetAttribution(selected: boolean) {
    const msg = this.msg;
    return html`<p part="attribution sources" class="sources attribution">
      ${msg('This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.')}
      ${selected ? msg('The O*NET content shown here was selected and shortened by career-widgets.') : nothing}
    </p>`;
  }

  /** `heading-level` as a number from 1 to 6 (2 when it is not one). */
  protected get headingLevelNumber(): number {
    return this.headingLevelIsValid ? Number(this.headingLevel) : DEFAULT_HEADING_LEVEL;
  }

  private get headingLevelIsValid() {
    const level = Number(this.headingLevel);
    return Number.isInteger(level) && level >= 1 && level <= 6;
  }

  private get problem(): CareerDataProblem | undefined {
    if (this.data.status === TaskStatus.ERROR) {
      const error = this.data.error;
      return error instanceof CareerDataProblem ? error : new CareerDataProblem('bad-data', String(error));
    }
    if (this.data.status === TaskStatus.COMPLETE) return this.findProblem(this.data.value!);
    return undefined;
  }

  /**
   * Whether this widget is a section of another (of <career-profile>), which shows the notes of
   * its sections once, as its own.
   */
  protected get embedded(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof CareerWidget;
  }

  /**
   * What the widget works around: a language it does not have, text it shows in English, a
   * heading level it cannot use.
   */
  private get notices(): Notice[] {
    const {fallback, requested, locale} = this.locale;
    const msg = this.msg;
    const notices: Notice[] = [];
    if (this.showsOtherLanguage && !fallback) {
      notices.push({
        reason: 'partly-in-english',
        text: msg('Parts of this page are in English.'),
        message: `Parts of the content have no translation into “${locale}” and are shown in English.`,
      });
    }
    if (fallback === 'malformed') {
      notices.push({
        reason: 'malformed-locale',
        text: msg('This content is shown in English because the language tag of this page is not valid.'),
        message: `“${quote(requested)}” is not a valid language tag; the content is shown in English.`,
      });
    } else if (fallback) {
      notices.push({
        reason: 'unsupported-locale',
        text: msg('This content is shown in English because the requested language is not available.'),
        message: `The language “${quote(requested)}” is not supported; the content is shown in English.`,
      });
    }
    if (!this.headingLevelIsValid) {
      const written = quote(String(this.headingLevel));
      notices.push({
        reason: 'invalid-heading-level',
        text: msg(str`The heading level “${written}” is not a number from 1 to 6, so level 2 is used.`),
        message: `heading-level “${written}” is not a number from 1 to 6; level 2 is used.`,
      });
    }
    return notices;
  }

  private problemMessage(problem: CareerDataProblem): string {
    const msg = this.msg;
    switch (problem.reason) {
      case 'missing-career':
        return msg('No career was chosen for this widget.');
      case 'unknown-career':
        return msg(str`No career information was found for “${quote(this.career.trim())}”.`);
      case 'network':
        return msg('The career information could not be loaded. Check your connection and try again.');
      case 'bad-data': {
        const {invalid} = problem.details;
        if (invalid) return msg(str`The career information is damaged and cannot be shown: ${invalid}.`);
        return msg('The career information is damaged and cannot be shown.');
      }
      case 'no-data-for-year': {
        const {requested, available} = problem.details.years!;
        const year = typeof requested === 'number' ? this.format.year(requested) : quote(requested);
        const years = this.format.list(available.map((y) => this.format.year(y)));
        return msg(str`There are no wage figures for ${year}. Figures are available for ${years}.`);
      }
    }
  }

  /**
   * Fires the load or error event once each time the widget settles into a new state, and each
   * notice once in that state (a note can appear after the load: a profile's, when a section loads).
   */
  private announceState() {
    const {status} = this.data;
    if (status === TaskStatus.INITIAL || status === TaskStatus.PENDING) return;
    const problem = this.problem;
    const {locale, requested, fallback} = this.locale;
    const detail: CareerWidgetEventDetail = {career: this.career, locale, ...(fallback ? {requestedLocale: requested} : {})};
    const state = [problem?.reason ?? 'loaded', this.career, this.src, locale, requested].join('|');
    const settled = state !== this.lastAnnounced;
    if (settled) {
      this.lastAnnounced = state;
      this.announcedNotices.clear();
    }
    if (problem) {
      if (settled) this.dispatchEvent(new CustomEvent('career-widget-error', eventInit<CareerWidgetErrorDetail>({...detail, reason: problem.reason, message: problem.message})));
      return;
    }
    for (const {reason, message} of this.notices) {
      if (this.announcedNotices.has(reason)) continue;
      this.announcedNotices.add(reason);
      const notice: CareerWidgetNoticeDetail = {...detail, reason, message};
      this.dispatchEvent(new CustomEvent('career-widget-notice', eventInit(notice)));
      this.dispatchEvent(new CustomEvent('career-widget-error', eventInit<CareerWidgetErrorDetail>(notice)));
    }
    if (settled) this.dispatchEvent(new CustomEvent('career-widget-load', eventInit({...detail, title: this.data.value!.text.title})));
  }
}

/** Our events bubble and cross shadow roots, so a host can listen on any ancestor. */
function eventInit<T>(detail: T): CustomEventInit<T> {
  return {detail, bubbles: true, composed: true};
}

/** An attribute value as quoted in a message: very long ones are cut. */
function quote(value: string): string {
  return value.length > QUOTE_LENGTH ? `${value.slice(0, QUOTE_LENGTH)}…` : value;
}
