import {LitElement, html, noChange, type PropertyValues, type TemplateResult} from 'lit';
import {asWritten, text} from './attributes.js';
import {CareerDataController} from './data-controller.js';
import {defineElement} from './define-element.js';
import type {CareerData, CareerDataProblem} from './data.js';
import type {TextPart} from '../data/types.js';
import {ELEMENTS} from './elements.js';
import {Announcer} from './events.js';
import {LocaleController} from './locale.js';
import type {MarkupHost} from './markup.js';
import {noticesOf, problemText} from './notices.js';
import {widgetStyles} from './styles.js';
import {VERSION} from './version.js';

const DEFAULT_HEADING_LEVEL = 2;

/**
 * What every career widget shares: its attributes, its language (LocaleController), its data
 * (CareerDataController), the loading and error states, and its events (Announcer). A widget
 * renders the loaded career in `renderCareer()`, with the functions of src/markup.ts.
 *
 * @attr {string} lang - The language to show, e.g. `ar` or `ar-u-nu-latn` (any BCP 47 tag). Without it,
 *   the closest ancestor's `lang`, then the browser's languages; the widget follows changes to any of these.
 * @prop {string} lang - The `lang` attribute.
 *
 * @event {CustomEvent<CareerWidgetEventDetail>} career-widget-load - The career is shown. `detail`: `{career, locale, title, requestedLocale?}`.
 * @event {CustomEvent<CareerWidgetNoticeDetail>} career-widget-notice - The career is shown with a note, once per note (`reason`:
 *   partly-in-english, unsupported-locale, malformed-locale, invalid-heading-level).
 *   `detail`: `{career, locale, reason, message, requestedLocale?}`.
 * @event {CustomEvent<CareerWidgetErrorDetail>} career-widget-error - The career cannot be shown (`reason`: missing-career, unknown-career,
 *   network, bad-data, no-data-for-year); also fired for each notice, with its reason, so one
 *   listener hears every problem. `detail`: `{career, locale, reason, message, requestedLocale?}`.
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
export abstract class CareerWidget extends LitElement implements MarkupHost {
  static readonly version = VERSION;
  static override styles = [widgetStyles];

  /** The element's own name, which `define()` registers it under unless given another. */
  static readonly tag: string;

  /** Registers the element as `tag` in `registry` (see defineElement). */
  static define(tag = this.tag, registry: CustomElementRegistry = customElements) {
    defineElement(this as unknown as CustomElementConstructor, tag, registry);
    return this;
  }

  // Declared without decorators: the CDN bundle's core then needs no decorator code, which
  // only the elements' chunks use.
  static override properties = {
    career: {reflect: true, converter: text},
    src: {},
    heading: {},
    theme: {reflect: true},
    noAttribution: {type: Boolean, attribute: 'no-attribution'},
    headingLevel: {attribute: 'heading-level', converter: asWritten(DEFAULT_HEADING_LEVEL)},
  };

  /** The occupation to show, by id (e.g. `customer-service-representative`) or O*NET-SOC code. */
  declare career: string;

  /**
   * Your own data for this career instead of the library's: the URL of a JSON file in the
   * runtime form (data/schema/runtime.schema.json), in which `{locale}` stands for the
   * widget's locale, e.g. `/jobs/night-agent/{locale}.json`. It is validated when loaded.
   */
  declare src?: string;

  /** Replaces the text of the widget's heading (as <career-profile> does for its sections). */
  declare heading?: string;

  /** `light` or `dark`; without it the widget follows the reader's `prefers-color-scheme`. */
  declare theme?: 'light' | 'dark';

  /**
   * Leaves out O*NET's attribution under O*NET content: for a page that shows it once itself,
   * as `<career-profile>` does for its sections. O*NET's license asks for it on the page.
   */
  declare noAttribution: boolean;

  /** The level (1–6) of the widget's heading, so it fits the host page's outline. Default 2. */
  declare headingLevel: string | number;

  // What the widget's rendering and src/markup.ts's helpers use is public, for those helpers
  // and for a host's own widgets; `@protected` keeps it out of what the manifest offers pages.

  /** The widget's language, messages and formatters. @protected */
  readonly l10n = new LocaleController(this);
  private readonly data = new CareerDataController(this);
  private readonly announcer = new Announcer(this);

  constructor() {
    super();
    this.career = '';
    this.noAttribution = false;
    this.headingLevel = DEFAULT_HEADING_LEVEL;
  }

  protected abstract renderCareer(data: CareerData): TemplateResult;

  /** A problem with loaded data that only this widget can see (e.g. no figures for its `year`). @protected */
  findProblem(_data: CareerData): CareerDataProblem | undefined {
    return undefined;
  }

  /** The part of a career's data the element fetches: the registry's; a widget of a host's own, not in the registry, names it. @protected */
  get dataPart(): TextPart {
    return this.entry?.part ?? 'overview';
  }

  /** The name of the section the element shows (the registry's label), its default heading. @protected */
  get sectionLabel(): string | undefined {
    return this.entry?.label?.(this.msg);
  }

  private get entry() {
    const {tag} = this.constructor as typeof CareerWidget;
    return ELEMENTS.find((element) => element.tag === tag);
  }

  /** @protected */
  get locale() {
    return this.l10n.locale;
  }

  /** @protected */
  get msg() {
    return this.l10n.msg;
  }

  /** @protected */
  get format() {
    return this.l10n.format;
  }

  /** `heading-level` as a number from 1 to 6 (2 when it is not one). @protected */
  get headingLevelNumber(): number {
    return this.headingLevelIsValid ? Number(this.headingLevel) : DEFAULT_HEADING_LEVEL;
  }

  private get headingLevelIsValid() {
    const level = Number(this.headingLevel);
    return Number.isInteger(level) && level >= 1 && level <= 6;
  }

  protected override render() {
    if (this.data.refreshing) return noChange;
    const view = this.data.view;
    // The content first: rendering it finds out whether any of it is in another language.
    const content =
      'problem' in view
        ? html`<p part="error" class="error" role="alert">${problemText(this.l10n, view.problem, this.career)}</p>`
        : 'data' in view
          ? this.renderCareer(view.data)
          : html`<p part="status" class="status" role="status">${this.msg('Loading career information…')}</p>`;
    // A section of <career-profile> leaves its notes to the profile, which shows each once.
    const notices = this.embedded ? [] : this.notices;
    // Said explicitly: not every engine carries an ancestor's language into shadow trees.
    return html`<div part="base" class="widget" lang=${this.locale.formattingTag}>
      ${notices.map(({text}) => html`<p part="notice" class="notice">${text}</p>`)}${content}
    </div>`;
  }

  /** While new data loads behind what is shown, the data's own update requests change nothing. */
  protected override shouldUpdate(changed: PropertyValues) {
    return !(this.data.refreshing && changed.size === 0);
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    if (!this.data.settled) return;
    const view = this.data.view;
    const {locale, requested, fallback} = this.locale;
    this.announcer.announce({
      detail: {career: this.career, locale, ...(fallback ? {requestedLocale: requested} : {}), ...('data' in view ? {title: view.data.text.title} : {})},
      problem: 'problem' in view ? view.problem : undefined,
      notices: this.notices,
      key: ['problem' in view ? view.problem.reason : 'loaded', this.career, this.src, locale, requested],
    });
  }

  /**
   * Whether this widget is a section of another (of <career-profile>), which shows the notes of
   * its sections once, as its own.
   * @protected
   */
  get embedded(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof CareerWidget;
  }

  private get notices() {
    return noticesOf(this.l10n, {valid: this.headingLevelIsValid, written: String(this.headingLevel)});
  }
}
