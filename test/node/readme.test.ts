// The README's snippets are the embed builder's output (demo/snippets.js), so a reader
// who copies either gets the same, working markup.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {it} from 'node:test';
import {classicScriptSnippet, iframeSnippet, npmSnippet, scriptSnippet} from '../../demo/snippets.js';

const CSR = 'customer-service-representative';
const ON_SITE = {career: CSR, lang: 'en', base: '/career-widgets/'};

it('the README shows each way in exactly as the embed builder writes it', async () => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const snippets = [
    scriptSnippet({...ON_SITE, widgets: ['salary-table']}),
    classicScriptSnippet({...ON_SITE, widgets: ['career-facts'], lang: 'ar'}),
    npmSnippet({...ON_SITE, widgets: ['related-jobs']}),
    iframeSnippet({...ON_SITE, widgets: ['career-facts', 'salary-table'], base: 'https://www.example.edu/career-widgets/'}),
  ];
  for (const snippet of snippets) assert.ok(readme.includes(snippet), `README.md lacks:\n${snippet}`);
});
