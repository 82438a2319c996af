// What readers get is dist/career-widgets.js, minified, with each element a chunk loaded when
// the page first uses it. These tests load that file in a page of its own (an iframe) and
// check it against the sources the other tests render.
import {expect, waitUntil} from '@open-wc/testing';
import {CAREER_TAGS, CSR} from '../helpers.js';

/** A page that loads the built bundle, as a host page would. */
async function bundlePage(body = ''): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '60em';
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}<script type="module" src="/dist/career-widgets.js"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

/** The widgets inside a widget (a profile's sections). */
const nestedWidgets = (widget: Element) => [...widget.shadowRoot!.querySelectorAll('[part=section] > *')];

/** Whether a widget, and every widget in it, shows its content or a message: nothing still loading. */
function settled(widget: Element): boolean {
  const base = widget.shadowRoot?.querySelector('[part=base]');
  if (!base || base.querySelector(':scope > [role=status]')) return false;
  return nestedWidgets(widget).every(settled);
}

/** The text as laid out, with each nested widget's text in its place. */
function visibleText(widget: Element): string {
  const base = widget.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
  return [base.innerText, ...nestedWidgets(widget).map(visibleText)].join('\n');
}

async function render(doc: Document, tag: string, career: string, lang: string) {
  const widget = doc.createElement(tag);
  widget.setAttribute('career', career);
  widget.setAttribute('lang', lang);
  doc.body.append(widget);
  await waitUntil(() => settled(widget), `<${tag} career="${career}" lang="${lang}"> did not settle`, {timeout: 10000});
  const text = visibleText(widget);
  widget.remove();
  return text;
}

describe('the built bundle (dist/career-widgets.js)', () => {
  let page: Window & typeof globalThis;
  before(async () => {
    page = await bundlePage();
  });

  for (const lang of ['en', 'ar']) {
    for (const career of [CSR, '29-1141.00']) {
      it(`shows what the sources show, element by element: ${career}, ${lang}`, async function () {
        this.timeout(60000);
        for (const tag of CAREER_TAGS) {
          const shipped = await render(page.document, tag, career, lang);
          const source = await render(document, tag, career, lang);
          expect(shipped, `<${tag}>`).to.equal(source);
        }
      });
    }
  }

  it('keeps the space between an education and the note after it in a related occupation', async () => {
    const text = await render(page.document, 'related-jobs', 'computer-network-support-specialist', 'en');
    expect(text).to.contain('Some college, no degree Computer experience is a must.');
  });

  it('renders widgets inside a host element’s closed shadow root, which the page cannot see into', async function () {
    this.timeout(20000);
    const host = await bundlePage(`<script>
      customElements.define('host-card', class extends HTMLElement {
        constructor() {
          super();
          window.hostRoot = this.attachShadow({mode: 'closed'});
          window.hostRoot.innerHTML = '<salary-table career="${CSR}" lang="ar"></salary-table>';
        }
      });
    </script><host-card></host-card>`);
    const root = (host as unknown as {hostRoot: ShadowRoot}).hostRoot;
    const widget = root.querySelector('salary-table')!;
    await waitUntil(() => settled(widget), 'the widget in the closed shadow root stayed blank', {timeout: 15000});
    expect(widget.getAttribute('dir')).to.equal('rtl');
    expect(widget.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('الأجور: ممثل خدمة العملاء');
  });
});
