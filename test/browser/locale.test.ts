import {expect} from '@open-wc/testing';
import {negotiateLocale} from '../../src/locale.js';

describe('negotiateLocale', () => {
  const cases: [string, string, string, 'ltr' | 'rtl', false | 'unsupported' | 'malformed'][] = [
    // requested, locale shown, tag for Intl, direction, fallback
    ['en', 'en', 'en', 'ltr', false],
    ['en-GB', 'en', 'en-GB', 'ltr', false],
    ['ar', 'ar', 'ar', 'rtl', false],
    ['ar-EG', 'ar', 'ar-EG', 'rtl', false],
    ['ar-u-nu-latn', 'ar', 'ar-u-nu-latn', 'rtl', false],
    ['fil-PH', 'fil', 'fil-PH', 'ltr', false],
    ['tl', 'fil', 'fil', 'ltr', false],
    ['tl-PH', 'fil', 'fil-PH', 'ltr', false],
    ['ms-MY', 'ms', 'ms-MY', 'ltr', false],
    ['RU', 'ru', 'ru', 'ltr', false],
    ['is-IS', 'is', 'is-IS', 'ltr', false],
    ['de', 'en', 'en', 'ltr', 'unsupported'],
    ['he', 'en', 'en', 'ltr', 'unsupported'],
    ['not a tag!', 'en', 'en', 'ltr', 'malformed'],
    ['', 'en', 'en', 'ltr', 'malformed'],
    ['en-', 'en', 'en', 'ltr', 'malformed'],
    ['x'.repeat(300), 'en', 'en', 'ltr', 'malformed'],
  ];
  for (const [requested, locale, formattingTag, dir, fallback] of cases) {
    it(`${JSON.stringify(requested).slice(0, 40)} → ${locale} (${formattingTag}, ${dir}${fallback ? `, ${fallback}` : ''})`, () => {
      expect(negotiateLocale(requested)).to.deep.equal({requested, locale, formattingTag, dir, fallback});
    });
  }
});
