// The embed builder: options → live preview and the three snippets.
import {classicScriptSnippet, iframeSnippet, npmSnippet, scriptSnippet} from './snippets.js';

const form = document.querySelector('#options');
const preview = document.querySelector('#preview');
const dataUrl = new URL('../dist/data/', import.meta.url);

form.elements.base.value = new URL('../dist/', import.meta.url).href;
// The career picker is a <career-search>: any title, alternate title or code finds the career.
document.querySelector('#career-search').addEventListener('career-select', async ({detail}) => {
  form.elements.career.value = detail.id;
  document.querySelector('#career-chosen').textContent = detail.code ? `${detail.title} (${detail.code})` : detail.title;
  await updateYears();
  render();
});

async function updateYears() {
  const {facts} = await (await fetch(new URL(`${form.elements.career.value}/overview.json`, dataUrl))).json();
  const select = form.elements.year;
  const chosen = select.value;
  select.length = 1;
  for (const year of [...new Set((facts.wages ?? []).map((edition) => edition.year))]) select.add(new Option(String(year), String(year)));
  select.value = [...select.options].some((option) => option.value === chosen) ? chosen : '';
}

function options() {
  const data = new FormData(form);
  const base = String(data.get('base'));
  return {
    widgets: data.getAll('widget').map(String),
    career: String(data.get('career')),
    lang: String(data.get('lang')),
    theme: String(data.get('theme')),
    year: String(data.get('year')),
    headingLevel: String(data.get('headingLevel')),
    base: base.endsWith('/') ? base : `${base}/`,
  };
}

function render() {
  const chosen = options();
  preview.replaceChildren(
    ...chosen.widgets.map((tag) => {
      const widget = document.createElement(tag);
      for (const [name, value] of [['career', chosen.career], ['lang', chosen.lang], ['theme', chosen.theme], ['year', chosen.year], ['heading-level', chosen.headingLevel || '3']]) {
        if (value) widget.setAttribute(name, value);
      }
      return widget;
    }),
  );
  const ready = chosen.widgets.length > 0;
  document.querySelector('#script-snippet').textContent = ready ? scriptSnippet(chosen) : 'Pick at least one widget.';
  document.querySelector('#classic-snippet').textContent = ready ? classicScriptSnippet(chosen) : 'Pick at least one widget.';
  document.querySelector('#iframe-snippet').textContent = ready ? iframeSnippet(chosen) : 'Pick at least one widget.';
  document.querySelector('#npm-snippet').textContent = ready ? npmSnippet(chosen) : 'Pick at least one widget.';
}

form.addEventListener('change', async (event) => {
  if (event.target.name === 'career') await updateYears();
  render();
});
form.addEventListener('input', render);
document.addEventListener('click', async (event) => {
  const id = event.target.closest('[data-copy]')?.dataset.copy;
  if (!id) return;
  const status = document.querySelector('#copied');
  try {
    await navigator.clipboard.writeText(document.getElementById(id).textContent);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copying is blocked here: select the snippet and copy it by hand.';
  }
});

await updateYears();
render();
