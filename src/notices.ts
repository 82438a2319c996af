// What a widget says when it cannot show its career, or shows it with a note: for the reader
// in the widget's language, and for the host's logs in English.
import {str} from '@lit/localize';
import type {CareerDataProblem} from './data.js';
import type {NoticeReason} from './events.js';
import type {LocaleController} from './locale.js';

export interface Notice {
  reason: NoticeReason;
  /** What the reader sees, in the widget's language. */
  text: string;
  /** What the host's logs get, in English. */
  message: string;
}

/** Attribute values quoted in messages are cut to this length. */
const QUOTE_LENGTH = 60;

/**
 * What the widget works around: a language it does not have, text it shows in English (known
 * once its content has rendered), a heading level it cannot use (`headingLevel` as written).
 */
export function noticesOf(l10n: LocaleController, headingLevel: {valid: boolean; written: string}): Notice[] {
  const {fallback, requested, locale} = l10n.locale;
  const msg = l10n.msg;
  const notices: Notice[] = [];
  if (l10n.showsOtherLanguage && !fallback) {
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
  if (!headingLevel.valid) {
    const written = quote(headingLevel.written);
    notices.push({
      reason: 'invalid-heading-level',
      text: msg(str`The heading level “${written}” is not a number from 1 to 6, so level 2 is used.`),
      message: `heading-level “${written}” is not a number from 1 to 6; level 2 is used.`,
    });
  }
  return notices;
}

/** Why the career cannot be shown, in the reader's language. */
export function problemText({msg, format}: LocaleController, problem: CareerDataProblem, career: string): string {
  switch (problem.reason) {
    case 'missing-career':
      return msg('No career was chosen for this widget.');
    case 'unknown-career':
      return msg(str`No career information was found for “${quote(career.trim())}”.`);
    case 'network':
      return msg('The career information could not be loaded. Check your connection and try again.');
    case 'bad-data': {
      const {invalid} = problem.details;
      if (invalid) return msg(str`The career information is damaged and cannot be shown: ${invalid}.`);
      return msg('The career information is damaged and cannot be shown.');
    }
    case 'no-data-for-year': {
      const {requested, available} = problem.details.years!;
      const year = typeof requested === 'number' ? format.year(requested) : quote(requested);
      const years = format.list(available.map((y) => format.year(y)));
      return msg(str`There are no wage figures for ${year}. Figures are available for ${years}.`);
    }
  }
}

/** An attribute value as quoted in a message: very long ones are cut. */
function quote(value: string): string {
  return value.length > QUOTE_LENGTH ? `${value.slice(0, QUOTE_LENGTH)}…` : value;
}
