// `npm run scorm -- --career <id> --lang <locale> [--widgets career-facts,salary-table] [--year 2016] [--out file.zip]`
// `npm run scorm -- --explore --lang <locale> [--out file.zip]`: an exploration unit
//
// Writes a SCORM 1.2 package an LMS can import: imsmanifest.xml and the ADL schema files it
// names, a page with the widgets, the classic bundle (it works wherever ES modules might
// not), the SCORM runtime that marks the lesson completed once every widget shows its
// career, and only the data files those widgets fetch, so it works offline (Moodle's app
// downloads packages).
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {zipSync} from 'fflate';
import {SOURCE_LOCALE, SUPPORTED_LOCALES, TERM_PARTS, TEXT_PARTS, type DatasetIndex, type RuntimePart, type SupportedLocale, type TextPart} from '../data/types.js';
import {elementEntry, PROFILE_SECTIONS, TAGS} from '../src/elements.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DIST = join(ROOT, 'dist');
const DEFAULT_WIDGETS = ['career-facts', 'salary-table', 'skills-list', 'related-jobs'];
/** The ADL SCORM 1.2 schema files (scorm/schemas/README.md): the manifest names the first two, which import the others. */
const SCHEMAS_DIR = join(ROOT, 'scorm', 'schemas');
export const SCHEMA_FILES = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'];

export interface ScormOptions {
  career: string;
  lang: SupportedLocale;
  widgets?: string[];
  year?: number;
}

export class ScormError extends Error {}

/** The package's files, by path inside the zip. */
export async function scormFiles({career, lang, widgets = DEFAULT_WIDGETS, year}: ScormOptions) {
  if (!SUPPORTED_LOCALES.includes(lang)) {
    throw new ScormError(`--lang must be one of ${SUPPORTED_LOCALES.join(', ')}; got “${lang}”.`);
  }
  const index: DatasetIndex = JSON.parse(await readFile(join(DIST, 'data', lang === SOURCE_LOCALE ? 'index.json' : `index.${lang}.json`), 'utf8'));
  const occupation = index.occupations.find((o) => o.id === career || o.code === career);
  if (!occupation) {
    throw new ScormError(`No career “${career}”. Careers: ${index.occupations.map((o) => o.id).join(', ')}.`);
  }
  const unknown = widgets.filter((widget) => !TAGS.includes(widget));
  if (unknown.length || !widgets.length) {
    throw new ScormError(`--widgets takes a comma-separated list of ${TAGS.join(', ')}; got “${widgets.join(',')}”.`);
  }

  const title = occupation.titles[lang] ?? occupation.titles.en!;
  const files = new Map<string, Uint8Array>();
  const text = (value: string) => new TextEncoder().encode(value);
  files.set('index.html', text(page({career, lang, widgets, year, title})));
  // The classic script loads its language's UI strings from a file beside it.
  const catalogue = lang === SOURCE_LOCALE ? [] : (await readdir(DIST)).filter((file) => file.startsWith(`career-widgets-${lang}-`) && file.endsWith('.js'));
  for (const file of ['career-widgets.classic.js', 'scorm-sco.js', ...catalogue]) {
    files.set(file, await readFile(join(DIST, file)));
  }
  files.set('page.css', await readFile(join(DIST, 'embed.css')));
  for (const [path, content] of await partFiles(career, lang, partsShownBy(widgets))) files.set(path, content);
  files.set('imsmanifest.xml', text(manifest({career, lang, title, files: ['imsmanifest.xml', ...files.keys()]})));
  // The manifest's control documents sit beside it, at the package's root; the SCO never loads them.
  for (const schema of SCHEMA_FILES) files.set(schema, await readFile(join(SCHEMAS_DIR, schema)));
  return files;
}

/**
 * An exploration unit: <career-explorer> and the profile of every occupation it lists, in one
 * language, offline. The lesson is completed once the learner has opened a profile. The page
 * loads the ES bundle, which loads the explorer, the profile and its sections as they are used.
 */
export async function explorationFiles({lang}: {lang: SupportedLocale}) {
  if (!SUPPORTED_LOCALES.includes(lang)) {
    throw new ScormError(`--lang must be one of ${SUPPORTED_LOCALES.join(', ')}; got “${lang}”.`);
  }
  const title = await interfaceString('Explore careers', lang);
  const files = new Map<string, Uint8Array>();
  files.set('index.html', new TextEncoder().encode(explorationPage({lang, title})));
  const scripts = (await readdir(DIST)).filter((file) => file.endsWith('.js') && file !== 'career-widgets.classic.js' && !file.startsWith('embed'));
  for (const file of scripts) files.set(file, await readFile(join(DIST, file)));
  files.set('page.css', await readFile(join(DIST, 'embed.css')));
  const search = join(DIST, 'data', 'search');
  files.set(`data/search/${lang}.json`, await readFile(join(search, `${lang}.json`)));
  for (const file of await readdir(join(search, 'alternates'))) files.set(`data/search/alternates/${file}`, await readFile(join(search, 'alternates', file)));
  const index: DatasetIndex = JSON.parse(await readFile(join(DIST, 'data', 'index.json'), 'utf8'));
  for (const {id} of index.occupations) for (const [path, content] of await partFiles(id, lang, TEXT_PARTS)) files.set(path, content);
  files.set('imsmanifest.xml', new TextEncoder().encode(manifest({career: 'explore', lang, title, files: ['imsmanifest.xml', ...files.keys()]})));
  for (const schema of SCHEMA_FILES) files.set(schema, await readFile(join(SCHEMAS_DIR, schema)));
  return files;
}

/** A career's data files for `parts`: each part, its translation into `lang` where there is one, and the names in `lang` of the terms it names. */
async function partFiles(career: string, lang: SupportedLocale, parts: Iterable<TextPart>) {
  const files = new Map<string, Uint8Array>();
  for (const part of parts) {
    const path = `data/${career}/${part}.json`;
    const content = await readFile(join(DIST, path));
    files.set(path, content);
    const runtime: RuntimePart = JSON.parse(content.toString('utf8'));
    if ((runtime.translations as string[]).includes(lang)) {
      const translation = `data/${career}/${part}.${lang}.json`;
      files.set(translation, await readFile(join(DIST, translation)));
    }
    if (lang !== SOURCE_LOCALE && (TERM_PARTS as readonly string[]).includes(part)) {
      const terms = `data/terms/${part}.${lang}.json`;
      files.set(terms, await readFile(join(DIST, terms)));
    }
  }
  return files;
}

/** An interface string in `lang`, as its catalogue (xliff/<lang>.xlf) translates it. */
async function interfaceString(source: string, lang: SupportedLocale): Promise<string> {
  if (lang === SOURCE_LOCALE) return source;
  const xliff = await readFile(join(ROOT, 'xliff', `${lang}.xlf`), 'utf8');
  const unit = xliff.split('<trans-unit').find((u) => u.includes(`<source>${source}</source>`));
  const target = unit?.match(/<target[^>]*>([^<]*)<\/target>/)?.[1];
  if (!target) throw new ScormError(`xliff/${lang}.xlf has no translation of “${source}”.`);
  return target;
}

/** The data files (text parts) the widgets fetch: a profile's, those of its sections too. */
function partsShownBy(widgets: string[]): Set<TextPart> {
  const entries = widgets.flatMap((tag) => (tag === 'career-profile' ? [...PROFILE_SECTIONS, elementEntry(tag)] : [elementEntry(tag)]));
  return new Set(entries.flatMap(({part}) => (part ? [part] : [])));
}

/** The lesson's page: the SCO first, so that it listens before the bundle defines any widget. */
function lessonPage({lang, title, bundle, body}: {lang: SupportedLocale; title: string; bundle: string; body: string}) {
  return `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)}</title>
    <link rel="stylesheet" href="page.css" />
    <script src="scorm-sco.js" defer></script>
    ${bundle}
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

/** A lesson of widgets of one career, with the classic bundle. */
function page({career, lang, widgets, year, title}: Required<Omit<ScormOptions, 'year'>> & {year?: number; title: string}) {
  const attributes = `career="${escape(career)}" lang="${lang}"${year ? ` year="${year}"` : ''}`;
  const body = widgets.map((widget) => `      <${widget} ${attributes}></${widget}>`).join('\n');
  return lessonPage({lang, title, bundle: '<script src="career-widgets.classic.js" defer></script>', body});
}

/** An exploration unit, with the ES bundle: it loads the explorer, the profile and its sections as they are used. */
function explorationPage({lang, title}: {lang: SupportedLocale; title: string}) {
  const body = `      <career-explorer lang="${lang}" hash-state></career-explorer>`;
  return lessonPage({lang, title, bundle: '<script type="module" src="career-widgets.js"></script>', body});
}

function manifest({career, lang, title, files}: {career: string; lang: string; title: string; files: string[]}) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="career-widgets-${escape(career)}-${lang}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="career-widgets">
    <organization identifier="career-widgets">
      <title>${escape(title)}</title>
      <item identifier="career" identifierref="career-page" isvisible="true">
        <title>${escape(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="career-page" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((file) => `      <file href="${escape(file)}" />`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

function escape(value: string) {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

async function main() {
  const {values} = parseArgs({
    options: {
      career: {type: 'string'},
      explore: {type: 'boolean', default: false},
      lang: {type: 'string', default: 'en'},
      widgets: {type: 'string'},
      year: {type: 'string'},
      out: {type: 'string'},
    },
  });
  if (!values.career && !values.explore) {
    throw new ScormError('Name a career (npm run scorm -- --career customer-service-representative --lang en), or make an exploration unit (--explore --lang fil).');
  }
  const lang = values.lang as SupportedLocale;
  const files = values.explore
    ? await explorationFiles({lang})
    : await scormFiles({
        career: values.career!,
        lang,
        widgets: values.widgets?.split(',').map((w) => w.trim()).filter(Boolean),
        year: values.year ? Number(values.year) : undefined,
      });
  const out = resolve(values.out ?? join(ROOT, 'build', 'scorm', `${values.explore ? 'explore' : values.career}-${lang}.zip`));
  await mkdir(dirname(out), {recursive: true});
  await writeFile(out, zipSync(Object.fromEntries(files)));
  console.log(`scorm: ${relative(process.cwd(), out)} (${files.size} files): ${[...files.keys()].join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof ScormError ? `scorm: ${error.message}` : error);
    process.exitCode = 1;
  });
}
