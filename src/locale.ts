import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {MsgFn} from '@lit/localize';
import {SOURCE_LOCALE, SUPPORTED_LOCALES, type SupportedLocale} from '../data/types.js';
import {formattersFor, type Formatters} from './format.js';
import {messagesFor} from './messages.js';

export interface ResolvedLocale {
  /** The language tag the page asked for: own `lang`, an ancestor's, `<html lang>` or the browser's. */
  requested: string;
  /** The supported locale whose text and labels are shown. */
  locale: SupportedLocale;
  /**
   * The tag Intl formats with: the requested tag when it names a supported language,
   * so regions and extensions survive (`ar-u-nu-latn` gives Latin digits).
   */
  formattingTag: string;
  dir: 'ltr' | 'rtl';
  /** Why English is shown instead of the requested language, if it is: not supported, or not a valid tag. */
  fallback: false | 'unsupported' | 'malformed';
}

/** Languages that are served by another supported locale. */
const LANGUAGE_ALIASES: Record<string, SupportedLocale> = {tl: 'fil'};
const RIGHT_TO_LEFT: ReadonlySet<SupportedLocale> = new Set(['ar']);

const negotiated = new Map<string, ResolvedLocale>();

/** BCP 47 negotiation to the supported set: `ar-EG` → `ar`, `tl` → `fil`, `de` → `en` (fallback). */
export function negotiateLocale(requested: string): ResolvedLocale {
  let resolved = negotiated.get(requested);
  if (!resolved) {
    resolved = negotiate(requested);
    negotiated.set(requested, resolved);
  }
  return resolved;
}

function negotiate(requested: string): ResolvedLocale {
  let tag: Intl.Locale | undefined;
  try {
    tag = new Intl.Locale(requested.trim());
  } catch {
    // Not a well-formed language tag: treated like an unsupported language.
  }
  const language = tag?.language ?? '';
  const locale =
    LANGUAGE_ALIASES[language] ?? SUPPORTED_LOCALES.find((supported) => supported === language);
  if (!tag || !locale) {
    const fallback = tag ? 'unsupported' : 'malformed';
    return {requested, locale: SOURCE_LOCALE, formattingTag: SOURCE_LOCALE, dir: 'ltr', fallback};
  }
  const formattingTag = locale === language ? tag.toString() : new Intl.Locale(tag, {language: locale}).toString();
  const dir = RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
  // A tag Intl.Locale takes that the formatters do not (`en-a-true`): the language, formatted plainly.
  return {requested, locale, formattingTag: formats(formattingTag) ? formattingTag : locale, dir, fallback: false};
}

function formats(tag: string): boolean {
  try {
    return Boolean(new Intl.NumberFormat(tag));
  } catch {
    return false;
  }
}

/** Own `lang`, else the closest ancestor's (across shadow roots), else the browser's languages, else `en`. */
export function requestedLanguage(element: Element): string {
  for (let node: Element | null = element; node; node = parentAcrossShadowRoots(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return navigator.languages?.[0] ?? navigator.language ?? SOURCE_LOCALE;
}

function parentAcrossShadowRoots(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * A widget's language: keeps its locale in step with `lang` on itself and every ancestor,
 * `<html>` included, sets `dir` on the widget, and gives its messages and formatters. One
 * MutationObserver serves every widget on the page (and in any shadow root a widget lives
 * in), and it is disconnected when the last widget leaves.
 */
export class LocaleController implements ReactiveController {
  locale: ResolvedLocale;

  /** Whether the render under way has shown text in another language than the widget's. */
  showsOtherLanguage = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.locale = negotiateLocale(requestedLanguage(host));
  }

  /** msg() in the widget's locale (English until its catalogue has loaded). */
  get msg(): MsgFn {
    return messagesFor(this.locale.locale);
  }

  get format(): Formatters {
    return formattersFor(this.locale.formattingTag);
  }

  /**
   * The `lang` to mark content with, given the language it is in: undefined when it is the
   * widget's own. Marked content counts toward the widget's note that parts are in English.
   */
  otherLanguage(lang: string | undefined): string | undefined {
    if (!lang || lang === this.locale.locale) return undefined;
    this.showsOtherLanguage = true;
    return lang;
  }

  hostConnected() {
    langWatchers.add(this);
    observeLangIn(this.host.getRootNode());
    this.refresh();
  }

  hostDisconnected() {
    langWatchers.delete(this);
    if (langWatchers.size === 0) stopObservingLang();
  }

  /** Each render finds out afresh whether it shows another language. */
  hostUpdate() {
    this.showsOtherLanguage = false;
  }

  refresh() {
    const requested = requestedLanguage(this.host);
    if (requested !== this.locale.requested) {
      this.locale = negotiateLocale(requested);
      this.host.requestUpdate();
    }
    if (this.host.getAttribute('dir') !== this.locale.dir) this.host.setAttribute('dir', this.locale.dir);
  }
}

const langWatchers = new Set<LocaleController>();
let observedRoots = new WeakSet<Node>();
let langObserver: MutationObserver | undefined;

function observeLangIn(root: Node) {
  langObserver ??= new MutationObserver(() => langWatchers.forEach((watcher) => watcher.refresh()));
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  langObserver.observe(root, {attributes: true, attributeFilter: ['lang'], subtree: true});
}

function stopObservingLang() {
  langObserver?.disconnect();
  langObserver = undefined;
  observedRoots = new WeakSet();
}
