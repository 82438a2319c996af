// The events every widget fires: their details, and firing each once per state.
import type {ProblemReason} from './data.js';

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

export interface CareerWidgetNoticeDetail extends CareerWidgetEventDetail {
  reason: NoticeReason;
  /** What the note says, in English, for the host's logs. */
  message: string;
}

export interface CareerWidgetErrorDetail extends CareerWidgetEventDetail {
  reason: ProblemReason | NoticeReason;
  /** What went wrong, in English, for the host's logs. */
  message: string;
}

/** A reader chose an occupation in <career-search> or <career-explorer>. */
export interface CareerSelectDetail {
  /** The occupation's readable id (registered-nurse), what a widget's `career` takes. */
  id: string;
  /** Its O*NET-SOC code. */
  code?: string;
  /** Its title, in `locale` (or in English where it has none there). */
  title: string;
  locale: string;
}

/** <career-explorer> opened an occupation's profile in place. */
export interface CareerProfileOpenDetail {
  career: string;
  code?: string;
  locale: string;
}

interface CareerWidgetEventMap {
  'career-widget-load': CustomEvent<CareerWidgetEventDetail>;
  'career-widget-error': CustomEvent<CareerWidgetErrorDetail>;
  'career-widget-notice': CustomEvent<CareerWidgetNoticeDetail>;
  'career-select': CustomEvent<CareerSelectDetail>;
  'career-profile-open': CustomEvent<CareerProfileOpenDetail>;
}

declare global {
  // The events bubble and are composed, so hosts listen on the element, the document or the window.
  interface HTMLElementEventMap extends CareerWidgetEventMap {}
  interface DocumentEventMap extends CareerWidgetEventMap {}
  interface WindowEventMap extends CareerWidgetEventMap {}
}

/** Fires one of our events: it bubbles and crosses shadow roots, so a host can listen on any ancestor. */
export function emit<K extends keyof CareerWidgetEventMap>(target: EventTarget, type: K, detail: CareerWidgetEventMap[K]['detail'], {cancelable = false} = {}): boolean {
  return target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true, cancelable}));
}

/** Where a widget has settled: what it shows (or why it cannot), for which career, language and source. */
export interface SettledState {
  detail: CareerWidgetEventDetail;
  /** Why the career cannot be shown, if it cannot. */
  problem?: {reason: ProblemReason; message: string};
  /** The notes shown with the career. */
  notices: {reason: NoticeReason; message: string}[];
  /** Changes in any of these make a new state: its load or error event fires again. */
  key: unknown[];
}

/**
 * Fires the load or error event once each time a widget settles into a new state, and each
 * notice once in that state (a note can appear after the load: a profile's, when a section loads).
 */
export class Announcer {
  private lastKey = '';
  private announcedNotices = new Set<NoticeReason>();

  constructor(private readonly target: EventTarget) {}

  announce({detail: {title, ...detail}, problem, notices, key}: SettledState) {
    const stateKey = JSON.stringify(key);
    const settled = stateKey !== this.lastKey;
    if (settled) {
      this.lastKey = stateKey;
      this.announcedNotices.clear();
    }
    if (problem) {
      if (settled) emit(this.target, 'career-widget-error', {...detail, reason: problem.reason, message: problem.message});
      return;
    }
    for (const {reason, message} of notices) {
      if (this.announcedNotices.has(reason)) continue;
      this.announcedNotices.add(reason);
      emit(this.target, 'career-widget-notice', {...detail, reason, message});
      // Hosts that listen for errors alone hear notices too.
      emit(this.target, 'career-widget-error', {...detail, reason, message});
    }
    if (settled) emit(this.target, 'career-widget-load', {...detail, title});
  }
}
