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
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {SupportedLocale} from '../data/types.js';
import {templates as ar} from './generated/locales/ar.js';
import {templates as fil} from './generated/locales/fil.js';
import {templates as is} from './generated/locales/is.js';
import {templates as ms} from './generated/locales/ms.js';
import {templates as ru} from './generated/locales/ru.js';

type Templates = Parameters<typeof runtimeMsg>[0];

const TEMPLATES: Record<SupportedLocale, Templates> = {en: undefined, fil, ru, is, ms, ar};
const messageFunctions = new Map<SupportedLocale, MsgFn>();

/** msg() for one locale; English (the source locale) returns the authored strings. */
export function messagesFor(locale: SupportedLocale): MsgFn {
  let msg = messageFunctions.get(locale);
  if (!msg) {
    msg = runtimeMsg.bind(null, TEMPLATES[locale]) as MsgFn;
    messageFunctions.set(locale, msg);
  }
  return msg;
}
