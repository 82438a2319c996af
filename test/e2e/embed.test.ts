// The LMS iframe: dist/embed.html in a host page with dist/embed-resizer.js, in Chromium.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Browser, Frame, Page} from 'puppeteer-core';
import {DIST, launchChromium, open, serve, widgetTexts, type StaticServer} from './harness.js';

const CSR = 'customer-service-representative';

describe('the self-sizing iframe embed', () => {
  let browser: Browser;
  let server: StaticServer;

  const host = (src: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <title>Course page</title><script src="/embed-resizer.js" defer></script>
    <script type="module">
      window.messages = [];
      addEventListener('message', (event) => messages.push(event.data));
    </script></head>
    <body><p>Before</p><iframe title="Career information" src="${src}" style="inline-size: 40em; border: 0"></iframe><p>After</p></body></html>`;

  before(async () => {
    server = await serve(DIST, {
      pages: {
        '/course.html': host(`/embed.html?widget=career-facts,salary-table&career=${CSR}&lang=ar&year=2016&theme=dark&heading-level=3&frame=lesson-1`),
        '/course-ru.html': host(`/embed.html?widget=related-jobs&career=${CSR}&lang=ru`),
        '/course-explore.html': host('/embed.html?widget=career-explorer&lang=fil&interest=S&job-zone=4&pay-min=75000'),
      },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function embedded(page: Page): Promise<Frame> {
    const handle = await page.waitForSelector('iframe');
    const frame = (await handle!.contentFrame())!;
    await widgetTexts(frame as unknown as Page);
    return frame;
  }

  /** The iframe's height equals its content's, so there is no inner scrollbar. */
  async function waitUntilFitted(page: Page, frame: Frame) {
    await page.waitForFunction(
      () => {
        const iframe = document.querySelector('iframe')!;
        const root = iframe.contentDocument!.documentElement;
        return iframe.clientHeight > 150 && root.scrollHeight <= root.clientHeight && Math.abs(iframe.clientHeight - root.scrollHeight) <= 1;
      },
      {timeout: 10000},
    );
    return {
      iframe: await page.$eval('iframe', (iframe) => iframe.clientHeight),
      content: await frame.evaluate(() => document.documentElement.scrollHeight),
    };
  }

  it('renders the widgets named in its URL, titles itself and sets lang and dir', async () => {
    const {page, problems} = await open(browser, `${server.url}/course.html`);
    const frame = await embedded(page);
    const [facts, table] = await widgetTexts(frame as unknown as Page);
    assert.equal(facts.heading, 'ممثل خدمة العملاء');
    assert.equal(table.heading, 'الأجور: ممثل خدمة العملاء');
    assert.ok(table.text.includes('2016'), 'the year parameter chose the 2016 edition');
    const embedPage = await frame.evaluate(() => ({
      title: document.title,
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      headings: [...document.querySelectorAll('career-facts, salary-table')].map((el) => el.shadowRoot!.querySelector('[part=heading]')!.localName),
      themes: [...document.querySelectorAll('career-facts, salary-table')].map((el) => el.getAttribute('theme')),
    }));
    assert.deepEqual(embedPage, {title: 'ممثل خدمة العملاء', lang: 'ar', dir: 'rtl', headings: ['h3', 'h3'], themes: ['dark', 'dark']});
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('reports its height to the parent, which follows it as the content changes size, with no inner scrollbar', async () => {
    const {page} = await open(browser, `${server.url}/course.html`);
    const frame = await embedded(page);
    const first = await waitUntilFitted(page, frame);
    assert.equal(first.iframe, first.content);

    await frame.evaluate(() => {
      const skills = document.createElement('skills-list');
      skills.setAttribute('career', 'customer-service-representative');
      document.querySelector('main')!.append(skills);
    });
    await page.waitForFunction((height) => document.querySelector('iframe')!.clientHeight > height + 200, {timeout: 10000}, first.iframe);
    const grown = await waitUntilFitted(page, frame);
    assert.ok(grown.iframe > first.iframe + 200, `${grown.iframe} > ${first.iframe}`);

    await frame.evaluate(() => document.querySelector('skills-list')!.remove());
    await page.waitForFunction((height) => document.querySelector('iframe')!.clientHeight < height, {timeout: 10000}, grown.iframe);
    const shrunk = await waitUntilFitted(page, frame);
    assert.equal(shrunk.iframe, first.iframe);

    const messages = (await page.evaluate(() => (window as unknown as {messages: unknown[]}).messages)) as unknown[];
    const generic = messages.filter((m) => (m as {type?: string}).type === 'career-widgets:resize') as {height: number; frame: string}[];
    const canvas = messages.filter((m) => typeof m === 'string').map((m) => JSON.parse(m as string));
    assert.ok(generic.length >= 3, 'a generic message per change');
    assert.ok(generic.every((m) => m.frame === 'lesson-1' && m.height > 0));
    assert.deepEqual(canvas.at(-1), {subject: 'lti.frameResize', height: generic.at(-1)!.height});
    await page.close();
  });

  it('works for any widget and language with no other setup', async () => {
    const {page} = await open(browser, `${server.url}/course-ru.html`);
    const frame = await embedded(page);
    const [related] = await widgetTexts(frame as unknown as Page);
    assert.equal(related.heading, 'Родственные профессии');
    assert.equal(await frame.evaluate(() => document.title), 'Представитель службы поддержки клиентов');
    await waitUntilFitted(page, frame);
    await page.close();
  });

  it('lets a student browse careers by interest in Filipino, open a profile in the iframe and go back', async () => {
    const {page, problems} = await open(browser, `${server.url}/course-explore.html`);
    const frame = (await (await page.waitForSelector('iframe'))!.contentFrame())!;
    const nurses = await frame.waitForFunction(() => {
      const explorer = document.querySelector('career-explorer')!;
      return [...(explorer.shadowRoot?.querySelectorAll('[part=result-title]') ?? [])].find((b) => b.textContent === 'Rehistradong Nars');
    }, {timeout: 10000});
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'fil');
    const listHeight = (await waitUntilFitted(page, frame)).iframe;
    await (nurses as unknown as {click(): Promise<void>}).click();
    const profileTitle = () => frame.evaluate(() => {
      const profile = document.querySelector('career-explorer')!.shadowRoot!.querySelector('career-profile');
      return profile?.shadowRoot?.querySelector('h2')?.textContent ?? null;
    });
    await frame.waitForFunction(() => document.querySelector('career-explorer')!.shadowRoot!.querySelector('career-profile')?.shadowRoot?.querySelector('h2')?.textContent === 'Rehistradong Nars', {timeout: 10000});
    assert.equal(await profileTitle(), 'Rehistradong Nars');
    assert.match(await frame.evaluate(() => location.hash), /career=registered-nurse/);
    await page.waitForFunction((before) => document.querySelector('iframe')!.clientHeight !== before, {timeout: 10000}, listHeight);
    // The browser's Back: the iframe's history entry is the page's last.
    await page.evaluate(() => history.back());
    await frame.waitForFunction(() => !document.querySelector('career-explorer')!.shadowRoot!.querySelector('career-profile'), {timeout: 10000});
    assert.equal(await frame.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('interest')), 'S');
    assert.deepEqual(problems.errors, []);
  });
});
