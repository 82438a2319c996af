import {expect} from '@open-wc/testing';
import {a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys} from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import {html} from 'lit';
import {CSR, settle, shadow, textsOf, year} from '../helpers.js';

// The accessibility audit: axe with the WCAG 2.2 AA rules, keyboard focus, forced colours,
// reduced motion, and the roles and names a screen reader announces.

// axe-core is a classic script: it puts `axe` on window.
const {axe} = window as unknown as {axe: typeof import('axe-core')};
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LOCALES = ['en', 'fil', 'ru', 'is', 'ms', 'ar'];

/** Every element: the profile holds all thirteen section widgets; the chart and links are added. */
const everyWidget = (lang: string, theme: string) => html`<div>
  <career-profile career=${CSR} lang=${lang} theme=${theme}></career-profile>
  <salary-table career=${CSR} lang=${lang} theme=${theme} chart></salary-table>
  <related-jobs career=${CSR} lang=${lang} theme=${theme} href-template="/careers/{id}"></related-jobs>
</div>`;

async function rendered(template: ReturnType<typeof html>) {
  const page = await settle<HTMLElement>(template);
  const sections = () => [...page.querySelectorAll('career-profile')].flatMap((p) => [...p.shadowRoot!.querySelectorAll('section > *')]);
  await new Promise<void>((resolve) => {
    const check = () => (sections().every((s) => s.shadowRoot?.querySelector('[part=heading]') && !s.shadowRoot.querySelector('[part=status]')) ? resolve() : setTimeout(check, 20));
    check();
  });
  return page;
}

/** Each focusable element in the page, shadow roots included, in tab order as the DOM gives it. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('accessibility audit', () => {
  for (const lang of LOCALES) {
    for (const theme of ['light', 'dark']) {
      it(`axe finds no WCAG 2.2 AA violation: every widget, ${lang}, ${theme}`, async () => {
        const page = await rendered(everyWidget(lang, theme));
        const results = await axe.run(page, {runOnly: {type: 'tag', values: WCAG_22_AA}});
        const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(violations).to.deep.equal([]);
        expect(results.passes.length).to.be.greaterThan(10);
      });
    }
  }

  it('keyboard users reach every link and scrollable table, each with a visible focus ring', async () => {
    const page = await rendered(html`<div>
      <button id="start">start</button>
      <career-profile career=${CSR} sections="wages related sources" lang="en"></career-profile>
    </div>`);
    page.querySelector<HTMLButtonElement>('#start')!.focus();
    const reached: Element[] = [];
    for (let stop = 0; stop < 40; stop++) {
      await sendKeys({press: 'Tab'});
      const active = deepActiveElement();
      if (!active || active === document.body || reached.includes(active)) break;
      reached.push(active);
      const style = getComputedStyle(active);
      expect(style.outlineStyle, `${active.localName} ${active.textContent?.slice(0, 30)}`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
    const profile = page.querySelector('career-profile')!;
    const sectionWidgets = [...shadow(profile).querySelectorAll('section > *')];
    const focusable = [
      ...shadow(profile).querySelectorAll('nav a'),
      ...sectionWidgets.flatMap((w) => [...w.shadowRoot!.querySelectorAll('a[href], [tabindex="0"]')]),
    ];
    expect(focusable.length).to.be.greaterThan(10);
    for (const element of focusable) expect(reached, `${element.localName} ${element.textContent?.slice(0, 30)}`).to.include(element);
  });

  it('stays readable in forced-colors mode', async () => {
    const el = await settle<HTMLElement>(html`<salary-table lang="en" career=${CSR} chart></salary-table>`);
    let emulated = true;
    try {
      await emulateMedia({forcedColors: 'active'});
    } catch {
      emulated = false; // this engine's driver cannot emulate forced colours
    }
    try {
      if (emulated && matchMedia('(forced-colors: active)').matches) {
        const base = getComputedStyle(shadow(el).querySelector('[part=base]')!);
        expect(base.color).to.not.equal(base.backgroundColor);
        const median = getComputedStyle(shadow(el).querySelector('.median')!);
        expect(median.stroke).to.not.equal('none');
        const label = getComputedStyle(shadow(el).querySelector('.label')!);
        expect(label.fill).to.not.equal(base.backgroundColor);
      } else {
        // Without emulation, check the forced-colours rules the widget ships with.
        const rules = [...shadow(el).adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]).map((rule) => rule.cssText);
        const forced = rules.filter((rule) => rule.startsWith('@media (forced-colors: active)')).join('\n').toLowerCase();
        expect(forced).to.contain('canvastext');
        expect(forced).to.contain('.median');
      }
    } finally {
      if (emulated) await emulateMedia({forcedColors: 'none'});
    }
  });

  it('honours prefers-reduced-motion: contents links jump instead of scrolling smoothly', async () => {
    const profile = await rendered(html`<career-profile lang="en" career=${CSR} sections="overview fit"></career-profile>`);
    const behaviours: (ScrollBehavior | undefined)[] = [];
    const {scrollIntoView} = Element.prototype;
    const {matchMedia: realMatchMedia} = window;
    Element.prototype.scrollIntoView = function (options?: boolean | ScrollIntoViewOptions) {
      behaviours.push(typeof options === 'object' ? options.behavior : undefined);
    };
    try {
      for (const reduce of [false, true]) {
        window.matchMedia = (query: string) =>
          ({...realMatchMedia.call(window, query), matches: query.includes('prefers-reduced-motion') ? reduce : realMatchMedia.call(window, query).matches}) as MediaQueryList;
        shadow(profile).querySelector<HTMLAnchorElement>('nav a[href="#fit"]')!.click();
      }
    } finally {
      Element.prototype.scrollIntoView = scrollIntoView;
      window.matchMedia = realMatchMedia;
    }
    expect(behaviours).to.deep.equal(['smooth', 'auto']);
  });

  it('announces tables, lists, the chart and the contents with their roles and names', async () => {
    const page = await rendered(html`<div>
      <salary-table career=${CSR} chart lang="ar"></salary-table>
      <career-profile career=${CSR} sections="skills" lang="en"></career-profile>
    </div>`);
    let snapshot: unknown;
    try {
      snapshot = await a11ySnapshot({});
    } catch {
      snapshot = undefined; // WebDriver engines expose no accessibility tree to tests
    }
    const table = shadow(page.querySelector('salary-table')!);
    const expected: [string, string][] = [
      ['table', `الأجور في عام ${year('ar', 2025)}، بالدولار الأمريكي`],
      ['img', table.querySelector('svg')!.getAttribute('aria-label')!],
      ['navigation', 'Contents'],
      ['heading', 'Soft skills'],
    ];
    if (snapshot) {
      for (const [role, name] of expected) {
        const node = findAccessibilityNode(snapshot as never, (n: {role: string; name: string}) => n.role === role && n.name === name);
        expect(node, `${role} “${name}”`).to.exist;
      }
      const lists = findAccessibilityNode(snapshot as never, (n: {role: string; children?: {role: string}[]}) => n.role === 'list' && (n.children?.filter((c) => c.role === 'listitem').length ?? 0) === 5);
      expect(lists, 'a list of five items').to.exist;
    } else {
      expect(table.querySelector('table > caption')!.textContent!.trim()).to.equal(expected[0][1]);
      expect(table.querySelector('svg')!.getAttribute('role')).to.equal('img');
      const profile = shadow(page.querySelector('career-profile')!);
      expect(profile.querySelector('nav')!.getAttribute('aria-label')).to.equal('Contents');
      const skills = profile.querySelector('skills-list')!.shadowRoot!;
      // The seeds' soft skills and personal qualities (five each), then O*NET's most important skills, knowledge and work styles.
      expect(textsOf(skills, 'h4')).to.deep.equal(['Soft skills', 'Personal qualities', 'Skills (O*NET)', 'Knowledge (O*NET)', 'Work styles (O*NET)']);
      expect([...skills.querySelectorAll('ul')].map((list) => list.querySelectorAll(':scope > li').length)).to.deep.equal([5, 5, 8, 7, 8]);
    }
  });
});
