import {expect} from '@open-wc/testing';
import {formattersFor} from '../../src/format.js';

describe('formatters', () => {
  it('are made once per locale tag and shared', () => {
    expect(formattersFor('is')).to.equal(formattersFor('is'));
    expect(formattersFor('is')).not.to.equal(formattersFor('is-IS'));
  });

  it('format money, counts, percentages, years and dates as Intl does for each locale', () => {
    const en = formattersFor('en');
    expect(en.money(33750)).to.equal('$33,750');
    expect(en.money(15, {cents: true})).to.equal('$15.00');
    expect(en.count(2784500)).to.equal('2.8 million');
    expect(en.count(2363)).to.equal('2,363');
    expect(en.percent(5)).to.equal('5%');
    expect(en.year(2018)).to.equal('2018');
    expect(en.yearRange(2016, 2026)).to.equal('2016–2026');
    expect(en.date('2018-08-20')).to.equal('August 20, 2018');
    expect(formattersFor('is').year(2018)).to.equal('2018');
    expect(formattersFor('ar-u-nu-arab').year(2018)).to.equal('٢٠١٨');
    expect(formattersFor('ru').count(2784500)).to.equal(
      new Intl.NumberFormat('ru', {notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1}).format(2784500),
    );
  });
});
