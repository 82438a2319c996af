import {expect, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, settle, shadow} from '../helpers.js';

const tabStop = (el: Element) => shadow(el).querySelector('[role=region]')!.getAttribute('tabindex');

describe('a table region', () => {
  it('is a tab stop only while it scrolls sideways (IBM Equal Access: element_tabbable_role_valid)', async () => {
    const box = await settle<HTMLDivElement>(html`<div style="inline-size: 60em"><salary-table lang="en" career=${CSR}></salary-table></div>`);
    const table = box.querySelector('salary-table')!;
    await waitUntil(() => tabStop(table) === null, 'a region that fits has a tab stop');
    box.style.inlineSize = '12em';
    await waitUntil(() => tabStop(table) === '0', 'a region that scrolls has no tab stop');
    box.style.inlineSize = '60em';
    await waitUntil(() => tabStop(table) === null, 'the region kept its tab stop after it stopped scrolling');
  });

  it('has its name and role in Arabic whether it scrolls or not', async () => {
    const box = await settle<HTMLDivElement>(html`<div style="inline-size: 10em"><related-jobs lang="ar" career=${CSR}></related-jobs></div>`);
    const region = shadow(box.querySelector('related-jobs')!).querySelector('[role=region]')!;
    await waitUntil(() => region.getAttribute('tabindex') === '0', 'a narrow right-to-left region has no tab stop');
    expect(region.getAttribute('aria-label')).to.equal('مهن ذات صلة بمهنة ممثل خدمة العملاء');
  });
});
