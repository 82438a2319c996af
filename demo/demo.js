// The demo's controls: page language (<html lang>), career, theme, and one
// salary table per wage edition.
const root = document.documentElement;
const params = new URLSearchParams(location.search);
const language = document.querySelector('#language');
const career = document.querySelector('#career');
const dark = document.querySelector('#dark');
const widgets = () => document.querySelectorAll('career-facts, salary-table, skills-list, related-jobs, technology-skills, career-profile');
const editions = document.querySelector('#editions');
/** Set once the widgets are shown: the picker's list loads after them, which need none of it. */
let listCareers = false;

function setLanguage(tag) {
  root.lang = tag;
  root.dir = tag.startsWith('ar') ? 'rtl' : 'ltr';
  language.value = tag;
  if (listCareers) void loadCareerList(tag.split('-')[0]);
}

/** The picker's list: dist/data/index.json, or index.<locale>.json with the locale's titles too (about 40 KB). */
async function loadCareerList(locale) {
  const list = async (file) => (await fetch(new URL(`../dist/data/${file}`, import.meta.url))).json();
  const english = await list('index.json');
  // A language the dataset has no titles in (de) lists the English ones.
  const index = locale !== 'en' && english.locales.includes(locale) ? await list(`index.${locale}.json`) : english;
  const chosen = career.value;
  career.replaceChildren(...index.occupations.map((occupation) => new Option(careerLabel(occupation, locale), occupation.id, false, occupation.id === chosen)));
}

/** An occupation as the picker names it in the chosen language, with its English title and O*NET-SOC code. */
function careerLabel({code, titles}, locale) {
  const title = titles[locale] ?? titles.en;
  const details = [...(title === titles.en ? [] : [titles.en]), ...(code ? [code] : [])].join(', ');
  return details ? `${title} (${details})` : title;
}

function setCareer(id) {
  for (const widget of widgets()) if (!editions.contains(widget)) widget.setAttribute('career', id);
  career.value = id;
  return showEditions(id);
}

/** One salary table per wage edition (year) of the career. */
async function showEditions(id) {
  const {facts} = await (await fetch(new URL(`../dist/data/${id}/overview.json`, import.meta.url))).json().catch(() => ({facts: {}}));
  const years = [...new Set((facts.wages ?? []).map((edition) => edition.year))];
  editions.replaceChildren(
    ...years.map((year) => {
      const table = document.createElement('salary-table');
      Object.assign(table, {year, career: id, theme: root.classList.contains('dark') ? 'dark' : 'light'});
      table.setAttribute('heading-level', '3');
      return table;
    }),
  );
}

function setTheme(isDark) {
  const theme = isDark ? 'dark' : 'light';
  root.classList.toggle('dark', isDark);
  root.classList.toggle('light', !isDark);
  for (const widget of widgets()) widget.setAttribute('theme', theme);
}

// The gallery is revealed once every widget has shown its content or its error. Listening
// starts at once: the page's own widgets may settle before the edition tables are added.
const settled = new WeakSet();
let everyWidgetAdded = false;
let revealGallery;
const revealed = new Promise((resolve) => (revealGallery = resolve));
function reveal() {
  root.classList.remove('settling');
  revealGallery();
}
function revealIfSettled() {
  if (everyWidgetAdded && [...widgets()].every((widget) => settled.has(widget))) reveal();
}
for (const type of ['career-widget-load', 'career-widget-error']) {
  document.addEventListener(type, (event) => {
    settled.add(event.target);
    revealIfSettled();
  });
}
setTimeout(reveal, 3000);

const chosen = params.get('career') ?? 'customer-service-representative';
setLanguage(params.get('lang') ?? 'en');
career.add(new Option(chosen, chosen));
await setCareer(chosen);
everyWidgetAdded = true;
revealIfSettled();
setTheme(params.get('theme') === 'dark' || (!params.has('theme') && matchMedia('(prefers-color-scheme: dark)').matches));

language.addEventListener('change', () => setLanguage(language.value));
career.addEventListener('change', () => setCareer(career.value));
dark.checked = root.classList.contains('dark');
dark.addEventListener('change', () => setTheme(dark.checked));
document.addEventListener('career-widget-error', (event) => console.warn('career-widget-error', event.detail));

await revealed;
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
listCareers = true;
await loadCareerList(language.value.split('-')[0]);
