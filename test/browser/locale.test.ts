import {expect} from '@open-wc/testing';
import {negotiateLocale} from '../../src/locale.js';

describe('negotiateLocale', () => {
  const cases: [string, string, string, 'ltr' | 'rtl', boolean][] = [
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
    ['de', 'en', 'en', 'ltr', true],
    ['he', 'en', 'en', 'ltr', true],
    ['not a tag!', 'en', 'en', 'ltr', true],
    ['', 'en', 'en', 'ltr', true],
  ];
  for (const [requested, locale, formattingTag, dir, fallback] of cases) {
    it(`${JSON.stringify(requested)} → ${locale} (${formattingTag}, ${dir}${fallback ? ', fallback' : ''})`, () => {
      expect(negotiateLocale(requested)).to.deep.equal({requested, locale, formattingTag, dir, fallback});
    });
  }
});
