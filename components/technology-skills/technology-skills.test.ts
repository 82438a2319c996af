import {html} from 'lit';
import {CSR, settle} from '../../test/helpers.js';
import '../../src/career-widgets.js';
import {waitUntil} from '@open-wc/testing';

const dump = (el: Element) => {
  const s = el.shadowRoot!;
  const strip = (h: string) => h.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');
  return strip(s.innerHTML);
};
async function prof(t: any) {
  const p = await settle<HTMLElement>(t);
  await waitUntil(() => [...p.shadowRoot!.querySelectorAll('section > *')].every((s) => s.shadowRoot?.querySelector('[part=heading],[part=error]') && !s.shadowRoot.querySelector('[part=status]')));
  return p;
}

describe('probe', () => {
  it('probe', async () => {
    for (const t of [
      html`<related-jobs career="cashier" year="2014"></related-jobs>`,
      html`<related-jobs career="cashier" year="2014" lang="ru"></related-jobs>`,
      html`<related-jobs career="cashier" lang="ar"></related-jobs>`,
      html`<related-jobs career=${CSR} lang="ru"></related-jobs>`,
      html`<skills-list career="registered-nurse"></skills-list>`,
    ]) {
      const el = await settle<HTMLElement>(t);
      console.log('=====', el.outerHTML.slice(0, 120), '\n', dump(el));
    }
    let p = await prof(html`<career-profile career=${CSR} year="2014"></career-profile>`);
    console.log('=====profile2014', dump(p));
    for (const s of p.shadowRoot!.querySelectorAll('section > *')) console.log('---', s.localName, dump(s).slice(0, 400));
    p = await prof(html`<career-profile career="29-1141"></career-profile>`);
    console.log('=====profile29', dump(p).slice(0, 1500));
    p = await prof(html`<career-profile career="fishing-and-hunting-worker"></career-profile>`);
    console.log('=====fish', dump(p).slice(0, 1500));
    for (const s of p.shadowRoot!.querySelectorAll('section > *')) console.log('---', s.localName, dump(s).slice(0, 1000));
    p = await prof(html`<career-profile career=${CSR} structured-data></career-profile>`);
    for (const s of p.shadowRoot!.querySelectorAll('section > *')) console.log('---', s.localName, s.shadowRoot!.querySelectorAll('[part~=attribution]').length, [...s.shadowRoot!.querySelectorAll('.status')].map(e=>e.textContent));
    await waitUntil(() => document.head.querySelector('script[data-career-widgets-occupation]'));
    console.log(document.head.querySelector('script[data-career-widgets-occupation]')!.textContent);
  });
});
