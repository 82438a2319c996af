// The widgets under a strict Content Security Policy with Trusted Types enforced:
// pages served with those headers, every securitypolicyviolation recorded.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'puppeteer-core';
import {join} from 'node:path';
import {DIST, launchChromium, ROOT, serve, widgetTexts, type StaticServer} from './harness.js';

const CSR = 'customer-service-representative';

describe('under a strict CSP and Trusted Types', () => {
  let browser: Browser;
  let cdn: StaticServer;
  let host: StaticServer;

  const policy = (cdnOrigin: string) =>
    [
      "default-src 'none'",
      `script-src 'self' ${cdnOrigin}`,
      "style-src 'self'",
      `connect-src 'self' ${cdnOrigin}`,
      "img-src 'self' data:",
      "frame-src 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html career-widgets',
    ].join('; ');

  before(async () => {
    cdn = await serve(DIST, {cdn: true, headers: {'Content-Security-Policy': policy('')}, mounts: {'/byo/': join(ROOT, 'test', 'fixtures', 'byo')}});
    const page = (script: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict</title>
      <link rel="icon" href="data:,">${script}</head><body>
      <career-facts career="${CSR}"></career-facts>
      <salary-table career="${CSR}" lang="ar" chart></salary-table>
      <career-profile career="${CSR}" lang="ru" structured-data sections="overview wages fit sources"></career-profile>
      <skills-list src="${cdn.url}/byo/${CSR}.skills.{locale}.json" lang="is"></skills-list>
      </body></html>`;
    host = await serve(DIST, {
      headers: {'Content-Security-Policy': policy(cdn.url)},
      pages: {
        '/module.html': page(`<script type="module" src="${cdn.url}/career-widgets.js"></script>`),
        '/classic.html': page(`<script src="${cdn.url}/career-widgets.classic.js"></script>`),
      },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await cdn?.close();
    await host?.close();
  });

  async function openRecordingViolations(url: string) {
    const context = await browser.createBrowserContext();
    const page: Page = await context.newPage();
    // Injected by the browser before the page's own scripts: the CSP does not apply to it.
    await page.evaluateOnNewDocument(() => {
      (window as unknown as {violations: string[]}).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as {violations: string[]}).violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
      );
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(url);
    return {page, errors, close: () => context.close()};
  }

  for (const kind of ['module', 'classic']) {
    it(`every widget works with no violation, through the ${kind} script`, async () => {
      const {page, errors, close} = await openRecordingViolations(`${host.url}/${kind}.html`);
      const [facts, table, skills] = await widgetTexts(page, 'career-facts, salary-table, skills-list');
      assert.equal(facts.heading, 'Customer Service Representative');
      assert.equal(table.heading, 'الأجور: ممثل خدمة العملاء');
      assert.equal(skills.heading, 'Hæfni og eiginleikar: Þjónustufulltrúi', 'own data (src), validated by the lazily loaded validator');
      const profileHeading = await page.waitForFunction(
        () => document.querySelector('career-profile')!.shadowRoot?.querySelector('h2')?.textContent,
        {timeout: 10000},
      );
      assert.equal(await profileHeading.jsonValue(), 'Представитель службы поддержки клиентов');
      await page.waitForFunction(() => document.head.querySelector('script[type="application/ld+json"]'), {timeout: 10000}).catch(async () => {
        assert.fail(`no JSON-LD; violations: ${await page.evaluate(() => (window as unknown as {violations: string[]}).violations)}; errors: ${errors}`);
      });
      const jsonLd = await page.$eval('script[type="application/ld+json"]', (script) => JSON.parse(script.textContent!));
      assert.equal(jsonLd.name, 'Представитель службы поддержки клиентов');
      const styled = await page.$eval('career-facts', (el) => getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).borderStyle);
      assert.equal(styled, 'solid', 'the widget styles apply');
      assert.deepEqual(await page.evaluate(() => (window as unknown as {violations: string[]}).violations), []);
      assert.deepEqual(errors, []);
      await close();
    });
  }

  it('the iframe embed works under the same policy', async () => {
    const {page, errors, close} = await openRecordingViolations(`${cdn.url}/embed.html?widget=career-facts,salary-table&career=${CSR}&lang=ar`);
    const [facts] = await widgetTexts(page);
    assert.equal(facts.heading, 'ممثل خدمة العملاء');
    assert.deepEqual(await page.evaluate(() => (window as unknown as {violations: string[]}).violations), []);
    assert.deepEqual(errors, []);
    await close();
  });
});
