import {loadCareer} from './data.js';
import {ELEMENTS, type ElementEntry} from './elements.js';
import {formattersFor} from './format.js';
import {negotiateLocale, requestedLanguage} from './locale.js';
import {loadMessages} from './messages.js';

const loads = new Map<string, Promise<unknown>>();

/**
 * Defines each element when the page first uses it: the full bundle carries Lit and the core,
 * and each element's code is a chunk of its own. An element found in the page starts its
 * data and its language's strings loading at once, beside its code, not after it.
 *
 * A host's own shadow roots are out of sight, closed ones out of any script's: once the page's
 * first widget has shown (or the page has none in sight) and the page is idle, every widget of
 * a career is defined, so none there stays blank (a search or explorer there needs defineAll()).
 */
export function defineOnUse(root: Document = document) {
  const observer = defineWhenUsed(root);
  const firstShown = loads.size ? Promise.race([firstEvent(root), delay(FIRST_SHOWN_WAIT)]) : undefined;
  void Promise.resolve(firstShown).then(() => whenIdle(() => void defineCareerWidgets().then(() => observer.disconnect())));
}

/** Defines the elements in `root`, and those added later, as they appear: for a page that has no shadow roots of others (the embed page). */
export function defineWhenUsed(root: Document = document): MutationObserver {
  discover(root);
  const observer = new MutationObserver((records) => {
    for (const {addedNodes} of records) for (const node of addedNodes) if (node instanceof Element) discover(node);
  });
  observer.observe(root, {childList: true, subtree: true});
  return observer;
}

/** How long the rest waits for the first widget to show, should it never (its code failed to load, say). */
const FIRST_SHOWN_WAIT = 5000;

const firstEvent = (root: Document) =>
  new Promise((resolve) => ['career-widget-load', 'career-widget-error'].forEach((type) => root.addEventListener(type, resolve, {once: true})));
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Loads every element of the library now. */
export function defineAll(): Promise<unknown[]> {
  return Promise.all(ELEMENTS.map(load));
}

/**
 * The widgets of one career, loaded when the page is idle. The elements that find a career
 * (and their search code) are left to be found in use: a page that has none pays nothing for them.
 */
function defineCareerWidgets(): Promise<unknown[]> {
  return Promise.all(ELEMENTS.filter(({part}) => part).map(load));
}

function discover(root: ParentNode & Node) {
  for (const entry of ELEMENTS) {
    if (loads.has(entry.tag)) continue;
    const found = root instanceof Element && root.localName === entry.tag ? root : root.querySelector(entry.tag);
    if (!found) continue;
    void load(entry);
    prefetch(found, entry);
  }
}

function load(entry: ElementEntry) {
  let loading = loads.get(entry.tag);
  if (!loading) {
    // What elements share (markup, tables, labels), asked for with the first element rather than after it.
    loading = Promise.all([import('./markup.js'), entry.load()]).catch((error) => {
      // A chunk that fails to load (offline, say) is asked for again by the next discovery.
      loads.delete(entry.tag);
      console.warn(`career-widgets: <${entry.tag}> could not be loaded:`, error);
    });
    loads.set(entry.tag, loading);
  }
  return loading;
}

/** What the first element of a kind will ask for, asked for now: the requests are shared. */
function prefetch(element: Element, entry: ElementEntry) {
  const {locale, formattingTag} = negotiateLocale(requestedLanguage(element));
  void loadMessages(locale);
  const career = element.getAttribute('career');
  if (career && entry.part && !element.hasAttribute('src')) loadCareer(career, locale, entry.part).catch(() => undefined);
  // Intl's first formatter of a page takes tens of milliseconds: made while the rest is on its way.
  formattersFor(formattingTag).prepare();
}

function whenIdle(callback: () => void) {
  const later = () => ('requestIdleCallback' in window ? requestIdleCallback(callback, {timeout: 5000}) : setTimeout(callback, 200));
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, {once: true});
}
