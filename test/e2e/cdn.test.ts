// The CDN builds, as a host page uses them: dist/ on one port (the "CDN"), the host
// page on another, in Chromium.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Browser} from 'puppeteer-core';
import {DIST, launchChromium, open, serve, widgetTexts, type StaticServer} from './harness.js';

const CSR = 'customer-service-representative';

describe('CDN builds, served from another origin', () => {
  let browser: Browser;
  let cdn: StaticServer;
  let host: StaticServer;

  const page = (head: string, body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>${head}</head><body>${body}</body></html>`;

  before(async () => {
    cdn = await serve(DIST, {cdn: true});
    const widgets = `<career-facts career="${CSR}"></career-facts><salary-table career="${CSR}" lang="ar"></salary-table>`;
    host = await serve(DIST, {
      pages: {
        '/module.html': page(`<script type="module" src="${cdn.url}/career-widgets.js"></script>`, widgets),
        '/classic.html': page(`<script src="${cdn.url}/career-widgets.classic.js"></script>`, widgets),
        '/one-widget.html': page(
          `<script type="module" src="${cdn.url}/career-widgets.js"></script>`,
          `<salary-table career="${CSR}"></salary-table>`,
        ),
        '/mixed.html': page(
          `<script type="module" src="${cdn.url}/components/salary-table.js"></script>
           <script type="module" src="${cdn.url}/components/related-jobs.js"></script>
           <script type="module" src="${cdn.url}/career-widgets.js"></script>`,
          `<salary-table career="${CSR}"></salary-table><related-jobs career="${CSR}" lang="ar"></related-jobs><skills-list career="${CSR}" lang="ru"></skills-list>`,
        ),
        '/twice.html': page(
          `<script src="${cdn.url}/career-widgets.classic.js"></script>
           <script src="${cdn.url}/career-widgets.classic.js?copy=2"></script>
           <script type="module" src="${cdn.url}/career-widgets.js"></script>`,
          `<career-facts career="${CSR}" lang="ar"></career-facts>`,
        ),
        '/self-hosted-data.html': page(
          `<meta name="career-widgets:data-url" content="${cdn.url}/data/">
           <script type="module" src="/career-widgets.js"></script>`,
          `<career-facts career="teller" lang="is"></career-facts>`,
        ),
      },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await cdn?.close();
    await host?.close();
  });

  for (const kind of ['module', 'classic']) {
    it(`renders English and Arabic widgets with data through the ${kind} script`, async () => {
      const {page: tab, problems} = await open(browser, `${host.url}/${kind}.html`);
      const [facts, table] = await widgetTexts(tab);
      assert.equal(facts.heading, 'Customer Service Representative');
      // The current figures: OEWS, May 2025.
      assert.match(facts.text, /\$44,770 per year/);
      assert.match(facts.text, /\(2025\)/);
      assert.equal(facts.dir, 'ltr');
      assert.equal(table.heading, 'الأجور: ممثل خدمة العملاء');
      assert.equal(table.dir, 'rtl');
      const median = await tab.evaluate(() =>
        new Intl.NumberFormat('ar', {style: 'currency', currency: 'USD', maximumFractionDigits: 0}).format(44770),
      );
      assert.ok(table.text.includes(median), table.text);
      assert.deepEqual(problems, {errors: [], warnings: []});
      await tab.close();
    });
  }

  it('a one-widget page makes four requests to the CDN before its widget shows: the bundle, what elements share, the element and one data file', async () => {
    const before = cdn.requests.length;
    const {page: tab} = await open(browser, `${host.url}/one-widget.html`);
    await widgetTexts(tab);
    const requested = (from: number) => cdn.requests.slice(from).filter((path) => !path.endsWith('.map')).map((path) => path.replace(/-[\w-]{8}\.js$/, '-HASH.js'));
    // The element's code, what elements share and its data are asked for together, as soon as the bundle finds the element.
    assert.deepEqual(requested(before).slice(0, 4).sort(), ['/career-widgets-elements-HASH.js', '/career-widgets.js', `/data/${CSR}/overview.json`, '/salary-table-HASH.js']);
    // Then, once the page is idle, the other elements, for any in a host's shadow root the bundle cannot see.
    await tab.waitForFunction(() => customElements.get('career-profile') && customElements.get('skills-list'), {timeout: 10000});
    assert.ok(requested(before).includes('/career-profile-HASH.js'));
    await tab.close();
  });

  it('element modules and the full bundle on one page define each element once, silently', async () => {
    const {page: tab, problems} = await open(browser, `${host.url}/mixed.html`);
    const [table, related, skills] = await widgetTexts(tab);
    assert.equal(table.heading, 'Wages: Customer Service Representative');
    assert.equal(related.heading, 'المهن ذات الصلة');
    assert.equal(skills.heading, 'Навыки и качества: Представитель службы поддержки клиентов');
    assert.deepEqual(problems, {errors: [], warnings: []});
    await tab.close();
  });

  it('two copies of the library on one page throw nothing', async () => {
    const {page: tab, problems} = await open(browser, `${host.url}/twice.html`);
    const [facts] = await widgetTexts(tab);
    assert.equal(facts.heading, 'ممثل خدمة العملاء');
    assert.deepEqual(problems, {errors: [], warnings: []});
    await tab.close();
  });

  it('finds data elsewhere when the page names it in <meta name="career-widgets:data-url">', async () => {
    const before = cdn.requests.length;
    const {page: tab, problems} = await open(browser, `${host.url}/self-hosted-data.html`);
    const [facts] = await widgetTexts(tab);
    assert.equal(facts.heading, 'Gjaldkeri í banka');
    // The part in every language, then its Icelandic translation.
    assert.ok(cdn.requests.slice(before).includes('/data/teller/overview.json'));
    assert.ok(cdn.requests.slice(before).includes('/data/teller/overview.is.json'));
    assert.deepEqual(problems.errors, []);
    await tab.close();
  });
});
