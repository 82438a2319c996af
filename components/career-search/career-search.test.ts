import {expect, fixture, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import {html} from 'lit';
import {setDataUrl} from '../../src/index.js';
import type {CareerSelectDetail, CareerWidgetErrorDetail} from '../../src/events.js';
import {settle, shadow, textOf, textsOf} from '../../test/helpers.js';
import type {CareerSearch} from './career-search.js';

const {axe} = window as unknown as {axe: typeof import('axe-core')};
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const input = (el: CareerSearch) => shadow(el).querySelector('input')!;
const listbox = (el: CareerSearch) => shadow(el).querySelector<HTMLElement>('[role=listbox]')!;
const options = (el: CareerSearch) => [...shadow(el).querySelectorAll('[role=option]')];
const titles = (el: CareerSearch) => textsOf(shadow(el), '[role=option] [part=option-title]');
const activeOption = (el: CareerSearch) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? textOf(shadow(el).getElementById(id)?.querySelector('[part=option-title]')) : null;
};
const status = (el: CareerSearch) => textOf(shadow(el).querySelector('[role=status]'));
const searchRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/search/'));

/**
 * Focuses the box and types as a reader does, then waits until the results include `expected`.
 * Text in other scripts arrives whole, as from an input method: WebKit's WebDriver mistypes Arabic.
 */
async function type(el: CareerSearch, text: string, expected: string) {
  input(el).focus();
  if (/^[\x20-\x7e]*$/.test(text)) await sendKeys({type: text});
  else {
    input(el).value += text;
    input(el).dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, data: text, inputType: 'insertText'}));
  }
  await waitUntil(() => titles(el).includes(expected), `“${expected}” among the results for “${text}”: ${titles(el).join(' | ')}`, {timeout: 5000});
}

/** Empties the box as a reader does (select all, delete), so the element hears it: a value set from a script would be put back by its next render. */
async function clear(el: CareerSearch) {
  input(el).focus();
  input(el).select();
  await press(el, 'Backspace');
  expect(input(el).value).to.equal('');
}

async function press(el: CareerSearch, key: string) {
  await sendKeys({press: key});
  await el.updateComplete;
}

describe('<career-search>', () => {
  it('fetches no index until the reader focuses it', async () => {
    performance.clearResourceTimings();
    const el = await fixture<CareerSearch>(html`<career-search lang="en"></career-search>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(searchRequests()).to.have.length(0);
    expect(textOf(shadow(el).querySelector('label'))).to.equal('Find a career');
    const loaded = oneEvent(el, 'career-widget-load');
    input(el).focus();
    await loaded;
    expect(searchRequests().map((entry) => new URL(entry.name).pathname.split('/').pop())).to.deep.equal(['en.json']);
  });

  it('lists Registered Nurses first for “nurse”, each result with why it matched, and announces the count', async () => {
    const el = await fixture<CareerSearch>(html`<career-search lang="en"></career-search>`);
    await type(el, 'nurse', 'Registered Nurses');
    expect(titles(el)[0]).to.equal('Registered Nurses');
    expect(titles(el)).to.not.include('Farmworkers and Laborers, Crop, Nursery, and Greenhouse');
    expect(textOf(options(el)[0].querySelector('[part=option-reason]'))).to.equal('O*NET-SOC 29-1141.00');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(status(el)).to.equal(`Occupations found: ${options(el).length}. Use the up and down arrow keys to choose one.`);
  });

  it('says which alternate title matched, in English', async () => {
    const el = await fixture<CareerSearch>(html`<career-search lang="en"></career-search>`);
    await type(el, 'doctor', 'Family Medicine Physicians');
    const family = options(el).find((o) => textOf(o.querySelector('[part=option-title]')) === 'Family Medicine Physicians')!;
    expect(textOf(family.querySelector('[part=option-reason]'))).to.equal('Also called: Doctor');
  });

  it('follows the APG combobox keys: arrows move the active option, Home and End, Enter chooses, Escape closes then clears', async () => {
    const el = await fixture<CareerSearch>(html`<career-search lang="en"></career-search>`);
    await type(el, 'nurse', 'Registered Nurses');
    const count = options(el).length;
    expect(activeOption(el)).to.equal(null);
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal('Registered Nurses');
    expect(options(el)[0].getAttribute('aria-selected')).to.equal('true');
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(titles(el)[1]);
    await press(el, 'End');
    expect(activeOption(el)).to.equal(titles(el)[count - 1]);
    await press(el, 'Home');
    expect(activeOption(el)).to.equal('Registered Nurses');
    await press(el, 'ArrowUp');
    expect(activeOption(el)).to.equal(titles(el)[count - 1]);
    await press(el, 'ArrowDown');
    const chosen = oneEvent(el, 'career-select');
    await press(el, 'Enter');
    const {detail} = (await chosen) as CustomEvent<CareerSelectDetail>;
    expect(detail).to.deep.equal({id: 'registered-nurse', code: '29-1141.00', title: 'Registered Nurses', locale: 'en'});
    expect(input(el).value).to.equal('Registered Nurses');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(listbox(el).hidden).to.equal(true);

    await press(el, 'Backspace');
    await waitUntil(() => options(el).length > 0, 'results again');
    await press(el, 'Escape');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('Registered Nurse');
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
  });

  it('finds nurses from “медсестра” in Russian and sets the profile named in `for` to registered nurses', async () => {
    const page = await settle<HTMLElement>(html`<div lang="ru">
      <career-search for="profile"></career-search>
      <career-profile id="profile" career="teller" sections="overview"></career-profile>
    </div>`);
    const el = page.querySelector('career-search')!;
    const profile = page.querySelector('career-profile')!;
    await type(el, 'медсестра', 'Дипломированная медицинская сестра');
    expect(titles(el)[0]).to.equal('Дипломированная медицинская сестра');
    expect(textOf(options(el)[0].querySelector('[part=option-reason]'))).to.contain('медсестра');
    expect(status(el)).to.match(/^Найдено профессий: \d/);
    await press(el, 'ArrowDown');
    const loaded = oneEvent(profile, 'career-widget-load');
    await press(el, 'Enter');
    expect(profile.getAttribute('career')).to.equal('registered-nurse');
    await loaded;
    expect(textOf(shadow(profile).querySelector('h2'))).to.equal('Дипломированная медицинская сестра');
  });

  it('finds nurses from the Arabic word for a nurse, reads right to left, and marks English titles as English', async () => {
    const el = await fixture<CareerSearch>(html`<career-search lang="ar"></career-search>`);
    expect(el.getAttribute('dir')).to.equal('rtl');
    await type(el, 'ممرضة', 'ممرض مسجل');
    expect(titles(el)[0]).to.equal('ممرض مسجل');
    expect(getComputedStyle(listbox(el)).direction).to.equal('rtl');
    await clear(el);
    await type(el, 'nurse', 'ممرض مسجل');
    const reason = options(el)[0].querySelector('[part=option-reason] [lang=en]');
    expect(textOf(reason)).to.equal('Registered Nurses');
    expect(shadow(el).querySelector('[part=notice]'), 'no note comes and goes above the box as results change').to.equal(null);
  });

  it('finds Icelandic titles typed without their letters (hjukrunarfraedingur)', async () => {
    const el = await fixture<CareerSearch>(html`<career-search lang="is"></career-search>`);
    await type(el, 'hjukrunarfraedingur', 'Hjúkrunarfræðingur');
    expect(titles(el)[0]).to.equal('Hjúkrunarfræðingur');
  });

  it('fits 320 px and passes axe with its list open, in English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const page = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><career-search lang=${lang}></career-search></div>`);
      const el = page.querySelector('career-search')!;
      await type(el, lang === 'ar' ? 'ممرض' : 'nurse', lang === 'ar' ? 'ممرض مسجل' : 'Registered Nurses');
      await press(el, 'ArrowDown');
      expect(input(el).getBoundingClientRect().width).to.be.at.most(320);
      expect(listbox(el).scrollWidth).to.be.at.most(listbox(el).clientWidth + 1);
      const results = await axe.run(page, {runOnly: {type: 'tag', values: WCAG_22_AA}});
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
    }
  });

  it('says in the box, and tells the host, when the occupations cannot be loaded', async () => {
    setDataUrl('http://127.0.0.1:9/data/');
    try {
      const el = await fixture<CareerSearch>(html`<career-search lang="ms"></career-search>`);
      const failed = oneEvent(el, 'career-widget-error');
      input(el).focus();
      const {detail} = (await failed) as CustomEvent<CareerWidgetErrorDetail>;
      expect(detail.reason).to.equal('network');
      await el.updateComplete;
      const alert = shadow(el).querySelector('[role=alert]');
      expect(textOf(alert)).to.not.equal('');
      expect(textOf(alert)).to.not.contain('could not be loaded');
    } finally {
      setDataUrl(new URL('../../src/data/', import.meta.url));
    }
  });
});
