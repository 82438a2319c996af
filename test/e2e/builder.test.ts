// The embed builder in Chromium: choices change the preview and the snippets, and the
// snippets work when pasted into a host page on another origin.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'puppeteer-core';
import {launchChromium, open, ROOT, serve, widgetTexts, type StaticServer} from './harness.js';

describe('the embed builder', () => {
  let browser: Browser;
  let site: StaticServer;
  let host: StaticServer;
  const pasted: Record<string, string> = {};

  before(async () => {
    site = await serve(ROOT, {cdn: true});
    host = await serve(ROOT, {pages: pasted});
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await host?.close();
  });

  async function choose(page: Page) {
    await page.click('input[value="career-facts"]'); // off
    await page.click('input[value="salary-table"]'); // on
    await page.select('select[name="lang"]', 'ar');
    await page.waitForFunction(() => document.querySelectorAll('select[name="year"] option').length > 1);
    await page.select('select[name="year"]', '2016');
    await page.select('select[name="theme"]', 'dark');
  }

  const snippet = (page: Page, id: string) => page.$eval(`#${id}`, (code) => code.textContent!);

  it('previews the chosen widget, language, year and theme, and writes the snippets for them', async () => {
    const {page, problems} = await open(browser, `${site.url}/demo/builder.html`);
    await choose(page);
    const [table] = await widgetTexts(page, '#preview > *');
    assert.equal(table.tag, 'salary-table');
    assert.equal(table.heading, 'الأجور: ممثل خدمة العملاء');
    assert.ok(table.text.includes('2016'));
    assert.equal(await page.$eval('#preview > salary-table', (el) => el.getAttribute('theme')), 'dark');
    const script = await snippet(page, 'script-snippet');
    assert.equal(
      script,
      `<script type="module" src="${site.url}/dist/career-widgets.js"></script>\n` +
        '<salary-table career="customer-service-representative" lang="ar" year="2016" theme="dark"></salary-table>',
    );
    assert.match(await snippet(page, 'iframe-snippet'), /embed\.html\?widget=salary-table&amp;career=customer-service-representative&amp;lang=ar&amp;year=2016&amp;theme=dark/);
    assert.match(await snippet(page, 'npm-snippet'), /import 'career-widgets\/salary-table\.js';/);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('its script, classic script and iframe snippets render the widget when pasted into another site', async () => {
    const {page} = await open(browser, `${site.url}/demo/builder.html`);
    await choose(page);
    await widgetTexts(page, '#preview > *');
    const wrap = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pasted</title></head><body>${body}</body></html>`;
    pasted['/script.html'] = wrap(await snippet(page, 'script-snippet'));
    pasted['/classic.html'] = wrap(await snippet(page, 'classic-snippet'));
    pasted['/iframe.html'] = wrap(await snippet(page, 'iframe-snippet'));
    await page.close();

    for (const kind of ['script', 'classic']) {
      const {page: pastedPage, problems} = await open(browser, `${host.url}/${kind}.html`);
      const [table] = await widgetTexts(pastedPage);
      assert.equal(table.heading, 'الأجور: ممثل خدمة العملاء', kind);
      assert.deepEqual(problems.errors, [], kind);
      await pastedPage.close();
    }

    const {page: lms} = await open(browser, `${host.url}/iframe.html`);
    const frame = (await (await lms.waitForSelector('iframe'))!.contentFrame())!;
    const [table] = await widgetTexts(frame as never);
    assert.equal(table.heading, 'الأجور: ممثل خدمة العملاء');
    // The resizer fits the iframe to its content.
    const height = await frame.evaluate(() => document.documentElement.scrollHeight);
    await lms.waitForFunction((h) => document.querySelector('iframe')!.clientHeight === h, {timeout: 10000}, height);
    await lms.close();
  });

  it('picks the career with a <career-search>: “night nurse” finds registered nurses', async () => {
    const {page, problems} = await open(browser, `${site.url}/demo/builder.html`);
    await page.waitForFunction(() => document.querySelector('career-search')!.shadowRoot?.querySelector('input'));
    await page.evaluate(() => document.querySelector('career-search')!.shadowRoot!.querySelector('input')!.focus());
    await page.keyboard.type('night nurse');
    await page.waitForFunction(() => document.querySelector('career-search')!.shadowRoot!.querySelector('[role=option]')?.textContent?.includes('Registered Nurses'), {timeout: 10000});
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#preview > career-facts')?.shadowRoot?.querySelector('[part=heading]')?.textContent === 'Registered Nurses', {timeout: 10000});
    assert.match(await snippet(page, 'script-snippet'), /career="registered-nurse"/);
    assert.equal(await page.$eval('#career-chosen', (p) => p.textContent), 'Registered Nurses (29-1141.00)');
    assert.deepEqual(problems.errors, []);
  });
});
