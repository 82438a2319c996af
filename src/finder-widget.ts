import {LitElement, css, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {defineElement} from './define-element.js';
import {Announcer, emit} from './events.js';
import {LocaleController} from './locale.js';
import {noticesOf, problemText} from './notices.js';
import type {IndexedOccupation} from './search.js';
import {SearchIndexController} from './search-controller.js';
import {widgetStyles} from './styles.js';
import {VERSION} from './version.js';

/**
 * What the elements that find a career share (<career-search>, <career-explorer>): their
 * language, the search index of that language (SearchIndexController), the loading and error
 * states, the events, and telling the page which occupation the reader chose.
 *
 * @attr {string} lang - The language to show, e.g. `ar` or `ar-u-nu-latn` (any BCP 47 tag). Without it,
 *   the closest ancestor's `lang`, then the browser's languages; the element follows changes to any of these.
 * @prop {string} lang - The `lang` attribute.
 *
 * @event {CustomEvent<CareerSelectDetail>} career-select - The reader chose an occupation. `detail`: `{id, code, title, locale}`.
 * @event {CustomEvent<CareerWidgetEventDetail>} career-widget-load - The occupations are ready to search or list.
 * @event {CustomEvent<CareerWidgetNoticeDetail>} career-widget-notice - A note, once (`reason`: unsupported-locale, malformed-locale).
 * @event {CustomEvent<CareerWidgetErrorDetail>} career-widget-error - The occupations cannot be loaded (`reason`: network, bad-data); also fired for each notice.
 *
 * @csspart base - The element's box.
 * @csspart status - The loading message and the count of results.
 * @csspart error - The message shown when the occupations cannot be loaded.
 * @csspart notice - The note that the content is shown in English.
 *
 * @cssprop --career-accent - Headings, links and the chosen result.
 * @cssprop --career-text - Body text.
 * @cssprop --career-muted - Secondary text: why a result matched, years, sources.
 * @cssprop --career-surface - Background.
 * @cssprop --career-border - Borders.
 * @cssprop --career-radius - Corner radius.
 * @cssprop --career-font-family - Font; inherits the host page's by default.
 */
export abstract class FinderWidget extends LitElement {
  static readonly version = VERSION;
  static override styles = [
    widgetStyles,
    // Read by screen readers, not shown: a live count of results, a hint.
    css`
      .visually-hidden {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    `,
  ];
  static readonly tag: string;

  /** Registers the element as `tag` in `registry` (see defineElement). */
  static define(tag = this.tag, registry: CustomElementRegistry = customElements) {
    defineElement(this as unknown as CustomElementConstructor, tag, registry);
    return this;
  }

  static override properties = {theme: {reflect: true}};

  /** `light` or `dark`; without it the element follows the reader's `prefers-color-scheme`. */
  declare theme?: 'light' | 'dark';

  readonly l10n = new LocaleController(this);
  protected readonly index = new SearchIndexController(this);
  private readonly announcer = new Announcer(this);

  get locale() {
    return this.l10n.locale;
  }

  get msg() {
    return this.l10n.msg;
  }

  get format() {
    return this.l10n.format;
  }

  /** The element's box, with its notes and, when the occupations cannot be loaded, why. */
  protected frame(content: TemplateResult | typeof nothing): TemplateResult {
    const problem = this.index.problem;
    return html`<div part="base" class="widget" lang=${this.locale.formattingTag}>
      ${this.notices.map(({text}) => html`<p part="notice" class="notice">${text}</p>`)} ${content}
      ${problem ? html`<p part="error" class="error" role="alert">${problemText(this.l10n, problem, '')}</p>` : nothing}
    </div>`;
  }

  /** Tells the page the reader chose `occupation`; false when a listener called preventDefault(). */
  protected select(occupation: IndexedOccupation): boolean {
    const {id, code, title} = occupation;
    return emit(this, 'career-select', {id, ...(code ? {code} : {}), title, locale: this.locale.locale}, {cancelable: true});
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const problem = this.index.problem;
    if (!problem && !this.index.search) return;
    const {locale, requested, fallback} = this.locale;
    this.announcer.announce({
      detail: {career: '', locale, ...(fallback ? {requestedLocale: requested} : {})},
      problem,
      notices: this.notices,
      key: [problem?.reason ?? 'loaded', locale, requested],
    });
  }

  private get notices() {
    return noticesOf(this.l10n, {valid: true, written: ''});
  }
}
