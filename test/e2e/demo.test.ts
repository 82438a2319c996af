// The demo page in Chromium: its gallery stays hidden while widgets load, so that it does not
// shift, and appears once every widget has settled, not by its three-second fallback.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Browser} from 'puppeteer-core';
import {launchChromium, ROOT, serve, widgetTexts, type StaticServer} from './harness.js';

describe('the demo', () => {
  let browser: Browser;
  let site: StaticServer;

  before(async () => {
    site = await serve(ROOT);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('reveals its gallery when every widget has settled, with every widget showing its content', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    // Timers of a second or more never fire, the demo's fallback among them: only the widgets' events can reveal it.
    await page.evaluateOnNewDocument(() => {
      const setTimer = window.setTimeout;
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
        (delay ?? 0) >= 1000 ? 0 : setTimer(handler, delay, ...rest)) as typeof window.setTimeout;
    });
    await page.goto(`${site.url}/demo/`);
    await page.waitForFunction(() => !document.documentElement.classList.contains('settling'), {timeout: 20000});
    const loading = await page.$$eval('main *', (elements) =>
      elements.filter((element) => element.shadowRoot?.querySelector('[part=status]')).map((element) => element.localName),
    );
    assert.deepEqual(loading, []);
    const [facts] = await widgetTexts(page, 'main career-facts');
    assert.deepEqual([facts.heading, facts.error], ['Customer Service Representative', null]);
    const tables = await page.$$eval('#editions salary-table', (tables) => tables.length);
    // Customer service representatives: the seeds' 2008, 2014, 2016, 2017 and 2018, and OEWS 2020–2025.
    assert.equal(tables, 11);
    await context.close();
  });
});
