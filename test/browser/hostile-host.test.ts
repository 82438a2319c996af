import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {configureLocalization} from '@lit/localize';
import {CSR, reloadAfter, settle, shadow, textOf, textsOf} from '../helpers.js';

// A widget lives in someone else's page: their CSS and their scripts must not break it.

async function withHostStyle<T>(css: string, run: () => Promise<T>): Promise<T> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    return await run();
  } finally {
    style.remove();
  }
}

describe('a hostile host page', () => {
  const HOSTILE_CSS = [
    '* { all: unset }',
    'table { display: none }',
    'html { font-size: 62.5% } body { font-size: 1.6rem }',
    'div { direction: rtl }',
  ];

  for (const css of HOSTILE_CSS) {
    it(`does not break a widget: ${css}`, async () => {
      await withHostStyle(css, async () => {
        const page = await settle<HTMLElement>(html`<div style="inline-size: 40em">
          <salary-table career=${CSR} lang="en"></salary-table>
          <related-jobs career=${CSR} lang="ar"></related-jobs>
          <salary-table career=${CSR} lang="en" year="2018"></salary-table>
        </div>`);
        const [table, related, seedTable] = page.querySelectorAll<HTMLElement>('salary-table, related-jobs');
        for (const widget of [table, related, seedTable]) {
          const box = widget.getBoundingClientRect();
          expect(box.width, `${widget.localName} width`).to.be.greaterThan(200);
          expect(box.height, `${widget.localName} height`).to.be.greaterThan(100);
          const tableBox = shadow(widget).querySelector('table')!.getBoundingClientRect();
          expect(getComputedStyle(shadow(widget).querySelector('table')!).display).to.equal('table');
          expect(tableBox.height).to.be.greaterThan(60);
          expect(tableBox.width).to.be.at.most(box.width + 1);
        }
        // The widgets size in em from the text around them, never from the root's rem.
        expect(getComputedStyle(shadow(table).querySelector('td')!).fontSize).to.equal(getComputedStyle(page).fontSize);
        expect(getComputedStyle(shadow(table).querySelector('[part=base]')!).direction).to.equal('ltr');
        expect(getComputedStyle(shadow(related).querySelector('[part=base]')!).direction).to.equal('rtl');
        // The 10th percentile of BLS OEWS May 2025, the edition a salary table shows by default.
        expect(textsOf(shadow(table), 'tbody td')[0]).to.equal('$31,750');
        // The seeds' 2018 edition, chosen by year.
        expect(textsOf(shadow(seedTable), 'tbody td')[0]).to.equal('$22,140');
      });
    });
  }
});

describe('a host that uses @lit/localize itself', () => {
  it('keeps working, and so do our widgets, when it configures localization and sets its locale', async () => {
    const {getLocale, setLocale} = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['es'],
      loadLocale: async () => ({templates: {}}),
    });
    await setLocale('es');
    expect(getLocale()).to.equal('es');
    const page = await settle<HTMLElement>(html`<div>
      <career-facts career=${CSR} lang="ar"></career-facts>
      <career-facts career=${CSR} lang="ru"></career-facts>
    </div>`);
    const [ar, ru] = page.querySelectorAll('career-facts');
    expect(textsOf(shadow(ar), 'dt')[0]).to.equal('الأجر الوسيط');
    expect(textsOf(shadow(ru), 'dt')[0]).to.equal('Медианная оплата');
    await reloadAfter(ru, () => ru.setAttribute('lang', 'ms'));
    expect(textOf(shadow(ru).querySelector('h2'))).to.equal('Wakil Khidmat Pelanggan');
    await setLocale('en');
    expect(getLocale()).to.equal('en');
  });
});

describe('connecting and disconnecting', () => {
  it('removes on disconnect every observer and listener it added on connect', async () => {
    const observing = new Set<MutationObserver>();
    const {observe, disconnect} = MutationObserver.prototype;
    MutationObserver.prototype.observe = function (...args) {
      observing.add(this);
      return observe.apply(this, args);
    };
    MutationObserver.prototype.disconnect = function () {
      observing.delete(this);
      return disconnect.apply(this);
    };
    try {
      // Widgets already on the page from other tests are removed first.
      document.querySelectorAll('body *').forEach((el) => el.shadowRoot && el.remove());
      const page = await settle<HTMLElement>(html`<div>
        ${Array.from({length: 20}, () => html`<career-facts lang="en" career=${CSR}></career-facts>`)}
        <career-profile career=${CSR} sections="overview wages"></career-profile>
      </div>`);
      expect(observing.size).to.be.at.most(1, 'one observer watches lang for every widget');
      page.remove();
      expect(observing.size).to.equal(0);
      const again = await fixture<HTMLElement>(html`<career-facts lang="en" career=${CSR}></career-facts>`);
      expect(observing.size).to.equal(1);
      again.remove();
      expect(observing.size).to.equal(0);
    } finally {
      MutationObserver.prototype.observe = observe;
      MutationObserver.prototype.disconnect = disconnect;
    }
  });
});
