import {fixture, oneEvent, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {defineAll, ELEMENTS, TAGS} from '../src/index.js';
import type {CareerWidgetErrorDetail, CareerWidgetEventDetail} from '../src/events.js';

export const CSR = 'customer-service-representative';
// Every element defined before the tests render: none waits for the page to use it.
await defineAll();

/** The elements that show one career (their `career` attribute), not find one. */
export const CAREER_TAGS = ELEMENTS.filter(({part}) => part).map(({tag}) => tag);

// A search box loads nothing, and fires nothing, until it is first used.
const WIDGETS = TAGS.filter((tag) => tag !== 'career-search').join(', ');

type WidgetEvent = CustomEvent<CareerWidgetEventDetail | CareerWidgetErrorDetail>;

/** Every load and error event, in order, by the widget that fired it. */
const events = new WeakMap<EventTarget, WidgetEvent[]>();
for (const type of ['career-widget-load', 'career-widget-error']) {
  document.addEventListener(type, (event) => {
    const list = events.get(event.target!) ?? [];
    list.push(event as WidgetEvent);
    events.set(event.target!, list);
  });
}

export function eventsOf(widget: Element): WidgetEvent[] {
  return events.get(widget) ?? [];
}

function isSettled(widget: Element) {
  return eventsOf(widget).some(
    (e) => e.type === 'career-widget-load' || (e.detail as CareerWidgetErrorDetail).reason !== 'unsupported-locale',
  );
}

/** Renders a template and waits until every widget in it has loaded or failed. */
export async function settle<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  const widgets = [element, ...element.querySelectorAll(WIDGETS)].filter((el) => el.matches(WIDGETS));
  await waitUntil(() => widgets.every(isSettled), 'the widgets neither loaded nor failed', {timeout: 5000});
  await Promise.all(widgets.map((w) => (w as unknown as {updateComplete: Promise<unknown>}).updateComplete));
  return element;
}

/** Runs a change and waits for the widget's next load event. */
export async function reloadAfter(widget: HTMLElement, change: () => void) {
  const loaded = oneEvent(widget, 'career-widget-load');
  change();
  await loaded;
  await (widget as unknown as {updateComplete: Promise<unknown>}).updateComplete;
}

export function shadow(widget: Element): ShadowRoot {
  return widget.shadowRoot!;
}

/** Text as a person reads it: markup white space folded; the non-breaking spaces Intl writes are kept. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

export function textsOf(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map(textOf);
}

export function usd(locale: string, value: number, cents = false): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(value);
}

export function year(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, {useGrouping: false}).format(value);
}

/** A date as Intl writes it in full in a locale, as the widgets' source lines do. */
export function longDate(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * A host's own career in the runtime form, as a data: URL for `src`: a night support agent
 * from a job posting, with the text given (marked English where `langs` says so).
 */
export function hostCareer(text: Record<string, unknown>): string {
  const career = {
    facts: {
      id: 'night-support-agent',
      soc: {code: '43-4051', version: '2018'},
      textSources: {profile: ['example-telecom']},
      sources: {'example-telecom': {publisher: 'Example Telecom', title: 'Job posting', visited: '2024-05-01'}},
    },
    text: {title: 'Night Support Agent', sources: {'example-telecom': 'Example Telecom, job posting'}, ...text},
  };
  return `data:application/json,${encodeURIComponent(JSON.stringify(career))}`;
}
