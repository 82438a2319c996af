// The README's snippets are the embed builder's output (demo/snippets.js), and the framework
// samples that test/e2e/frameworks.test.ts checks, so a reader who copies one gets working code.
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

it('the README shows each framework sample as test/frameworks/ holds it', async () => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const samples = ['react/App.tsx', 'react/career-widgets.d.ts', 'preact/App.tsx', 'preact/career-widgets.d.ts', 'vue/App.vue', 'vue/career-widgets.d.ts', 'svelte/App.svelte', 'svelte/career-widgets.d.ts', 'angular/app.component.ts'];
  for (const sample of samples) {
    const code = (await readFile(new URL(`../frameworks/${sample}`, import.meta.url), 'utf8')).trimEnd();
    assert.ok(readme.includes(code), `README.md lacks test/frameworks/${sample}:\n${code}`);
  }
});
