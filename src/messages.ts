// Per-element localization of UI strings.
//
// Strings are authored with msg()/str and extracted by `lit-localize extract` to
// xliff/ (one file per target locale); `lit-localize build` turns the translated
// XLIFF into src/generated/locales/<locale>.ts template modules.
//
// We never call configureLocalization(): its locale is page-wide and a second
// call throws (a host page that uses @lit/localize itself, or a second copy of
// this library), whereas an English and an Arabic widget must render side by
// side. Instead each widget gets a msg() bound to its own locale's templates
// through lit-localize's own runtime lookup. That msg has lit-localize's MsgFn
// type, which is how the extractor recognises its calls.
//
// A page needs only its readers' languages, so each catalogue is a chunk of its
// own, loaded with the first widget in that language, alongside its data.
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import type {MsgFn} from '@lit/localize';
import type {SupportedLocale} from '../data/types.js';

type Templates = Parameters<typeof runtimeMsg>[0];
type TargetLocale = Exclude<SupportedLocale, 'en'>;

const CATALOGUES: Record<TargetLocale, () => Promise<{templates: Templates}>> = {
  fil: () => import('./generated/locales/fil.js'),
  ru: () => import('./generated/locales/ru.js'),
  is: () => import('./generated/locales/is.js'),
  ms: () => import('./generated/locales/ms.js'),
  ar: () => import('./generated/locales/ar.js'),
};

/** English is the source: its msg() returns the authored strings. */
const ENGLISH = runtimeMsg.bind(null, undefined) as MsgFn;
const loaded = new Map<SupportedLocale, MsgFn>([['en', ENGLISH]]);
const loading = new Map<SupportedLocale, Promise<MsgFn>>();

/** msg() in a locale whose catalogue has loaded (English until then). */
export function messagesFor(locale: SupportedLocale): MsgFn {
  return loaded.get(locale) ?? ENGLISH;
}

/** Loads a locale's catalogue once per page; a catalogue that fails to load leaves English. */
export function loadMessages(locale: SupportedLocale): Promise<MsgFn> {
  const done = loaded.get(locale);
  if (done) return Promise.resolve(done);
  let request = loading.get(locale);
  if (!request) {
    // Started in a then(): a catalogue's import that throws at once (a bad URL) fails like one that fails to load.
    request = Promise.resolve(locale as TargetLocale).then((target) => CATALOGUES[target]()).then(
      ({templates}) => {
        const msg = runtimeMsg.bind(null, templates) as MsgFn;
        loaded.set(locale, msg);
        return msg;
      },
      () => {
        loading.delete(locale);
        return ENGLISH;
      },
    );
    loading.set(locale, request);
  }
  return request;
}
