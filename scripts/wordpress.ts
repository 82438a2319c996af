// `npm run wordpress [-- --out build/wordpress/career-widgets.zip]`
//
// Builds the WordPress plugin into a zip that Plugins → Add New → Upload installs, one folder
// `career-widgets/`: the plugin's files (wordpress/) with the package's version; the list of
// the library's elements and the attributes each takes, which the plugin allows in posts and
// checks its block's and shortcode's settings against, written from the registry
// (src/elements.ts) and the manifest (custom-elements.json), so an element added to the
// registry is in the plugin with no change to it; the template for translating the plugin's
// own strings; and the library (dist/career-widgets.js with every chunk it loads) with the
// whole dataset, so a site serves everything itself.
import {readdir, readFile, mkdir, writeFile} from 'node:fs/promises';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {zipSync} from 'fflate';
import {SOURCE_LOCALE, SUPPORTED_LOCALES} from '../data/types.js';
import {ELEMENTS, type ElementEntry} from '../src/elements.js';
import {EDUCATION, INTERESTS, JOB_ZONES, OUTLOOKS, SORTS} from '../src/explore.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SOURCES = join(ROOT, 'wordpress');
const DIST = join(ROOT, 'dist');
const SLUG = 'career-widgets';
const TEXT_DOMAIN = 'career-widgets';
const VERSION_TOKEN = '%%VERSION%%';
const DEFAULT_OUT = join(ROOT, 'build', 'wordpress', `${SLUG}.zip`);

class WordPressBuildError extends Error {}

interface ManifestAttribute {
  name: string;
  type?: {text: string};
}

interface ManifestElement {
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
}

/** An attribute with any value, one of these values only, or a boolean one (present or not). */
type AttributeRule = true | {values: string[]} | {boolean: true};

interface PluginElement {
  tag: string;
  label: string;
  summary: string;
  attributes: Record<string, AttributeRule>;
  /** The Career widget block offers it: a widget of one career, or the search box that changes their career. */
  inWidgetBlock: boolean;
}

/** The values of the explorer's filters, which its attributes type as strings. */
const FILTER_VALUES: Record<string, readonly (string | number)[]> = {
  interest: INTERESTS,
  'job-zone': JOB_ZONES,
  education: EDUCATION,
  outlook: OUTLOOKS,
  sort: SORTS,
};

// Read.

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, {withFileTypes: true, recursive: true});
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(directory, join(entry.parentPath, entry.name))).sort();
}

/** The plugin's own files, by path inside the plugin. */
async function readPluginSources(): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  for (const path of await filesUnder(SOURCES)) sources.set(path, await readFile(join(SOURCES, path), 'utf8'));
  return sources;
}

/** The manifest's elements, by tag. */
async function readManifest(): Promise<Map<string, ManifestElement>> {
  const text = await readFile(join(ROOT, 'custom-elements.json'), 'utf8').catch(() => {
    throw new WordPressBuildError('custom-elements.json is missing: run `npm run build` first.');
  });
  const manifest = JSON.parse(text) as {modules: {declarations?: ManifestElement[]}[]};
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  return new Map(declarations.filter((declaration) => declaration.tagName).map((declaration) => [declaration.tagName!, declaration]));
}

/**
 * The library as the plugin serves it: career-widgets.js, every chunk it imports (they name
 * each other as "./<file>.js"), and data/. Not the source maps, the classic script, the
 * one-element modules or the iframe embed, which the plugin does not use.
 */
async function readLibrary(): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const pending = ['career-widgets.js'];
  while (pending.length) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    const content = await readFile(join(DIST, file)).catch(() => {
      throw new WordPressBuildError(`dist/${file} is missing: run \`npm run build\` first.`);
    });
    files.set(file, content);
    for (const [, chunk] of new TextDecoder().decode(content).matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) pending.push(chunk);
  }
  const data = await filesUnder(join(DIST, 'data'));
  // Read side by side, a batch at a time: the dataset is some 9,600 small files.
  for (let start = 0; start < data.length; start += 64) {
    const batch = data.slice(start, start + 64);
    const contents = await Promise.all(batch.map((path) => readFile(join(DIST, 'data', path))));
    batch.forEach((path, index) => files.set(`data/${path}`, contents[index]));
  }
  return files;
}

// Check.

/** The registry's elements, each with its attributes from the manifest. */
function pluginElements(entries: readonly ElementEntry[], manifest: Map<string, ManifestElement>): PluginElement[] {
  return entries.map(({tag, part}) => {
    const declaration = manifest.get(tag);
    if (!declaration?.attributes) {
      throw new WordPressBuildError(`custom-elements.json does not describe <${tag}>, which src/elements.ts names: run \`npm run build\`.`);
    }
    const attributes: Record<string, AttributeRule> = {};
    for (const {name, type} of declaration.attributes) {
      const values = FILTER_VALUES[name]?.map(String) ?? literalValues(type?.text);
      attributes[name] = values ? {values} : type?.text === 'boolean' ? {boolean: true} : true;
    }
    return {tag, label: labelOf(tag), summary: declaration.summary ?? '', attributes, inWidgetBlock: part !== undefined || tag === 'career-search'};
  });
}

/** The values of a union of string literals (`'light' | 'dark' | undefined`), else undefined. */
function literalValues(type: string | undefined): string[] | undefined {
  const members = (type ?? '').split('|').map((member) => member.trim()).filter((member) => member !== 'undefined' && member !== 'null');
  const values = members.map((member) => /^'([^']*)'$/.exec(member)?.[1]);
  return values.length > 0 && values.every((value) => value !== undefined) ? (values as string[]) : undefined;
}

/** `salary-table` → “Salary table”, as the embed builder names the widgets. */
function labelOf(tag: string): string {
  const words = tag.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface TranslatableString {
  msgid: string;
  context?: string;
  comment?: string;
  references: string[];
}

const GETTEXT_CALL = /(?<![\w$>:.])(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(/g;
const GETTEXT_ARGUMENTS = /\s*'((?:[^'\\]|\\.)*)'\s*,\s*'([^']*)'\s*\)/y;
const TRANSLATORS_COMMENT = /(?:\/\*\s*translators:\s*([\s\S]*?)\s*\*\/|\/\/\s*translators:\s*(.*))/;
const PLACEHOLDER = /%(\d+\$)?[sd]/;

/**
 * The strings of the plugin's PHP and JavaScript that are translated: each call's text must be
 * one single-quoted literal, with the plugin's text domain, and a text with placeholders must
 * have a translators comment on its line or the line before.
 */
function translatableStrings(sources: Map<string, string>): TranslatableString[] {
  const problems: string[] = [];
  const strings: TranslatableString[] = [];
  for (const [path, source] of sources) {
    if (!/\.(php|js)$/.test(path)) continue;
    const lines = source.split('\n');
    for (const call of source.matchAll(GETTEXT_CALL)) {
      const line = source.slice(0, call.index).split('\n').length;
      const where = `${path}:${line}`;
      GETTEXT_ARGUMENTS.lastIndex = call.index! + call[0].length;
      const match = GETTEXT_ARGUMENTS.exec(source);
      if (!match) {
        problems.push(`${where}: ${call[1]}() takes one single-quoted string and the text domain '${TEXT_DOMAIN}'.`);
        continue;
      }
      const [, literal, domain] = match;
      if (domain !== TEXT_DOMAIN) problems.push(`${where}: the text domain is '${domain}', not '${TEXT_DOMAIN}'.`);
      const msgid = literal.replace(/\\(['\\])/g, '$1');
      const before = `${lines[line - 2] ?? ''}\n${lines[line - 1].slice(0, call.index! - source.lastIndexOf('\n', call.index! - 1) - 1)}`;
      const translators = TRANSLATORS_COMMENT.exec(before);
      const comment = translators ? `translators: ${translators[1] ?? translators[2]}` : undefined;
      if (PLACEHOLDER.test(msgid) && !comment) problems.push(`${where}: “${msgid}” has placeholders but no translators comment.`);
      strings.push({msgid, comment, references: [where]});
    }
  }
  if (problems.length) throw new WordPressBuildError(`the plugin's translatable strings:\n  ${problems.join('\n  ')}`);
  return strings;
}

/** The strings WordPress translates from the blocks' block.json and from the plugin's header. */
function metadataStrings(sources: Map<string, string>): TranslatableString[] {
  const header = sources.get(`${SLUG}.php`)!;
  const field = (name: string) => new RegExp(`^ \\* ${name}:\\s*(.+)$`, 'm').exec(header)?.[1];
  const blocks = [...sources].filter(([path]) => path.endsWith('/block.json'));
  return [
    {msgid: field('Plugin Name')!, comment: 'Plugin Name of the plugin', references: [`${SLUG}.php`]},
    {msgid: field('Description')!, comment: 'Description of the plugin', references: [`${SLUG}.php`]},
    ...blocks.flatMap(([path, text]) => {
      const block = JSON.parse(text) as {title: string; description: string; keywords: string[]};
      return [
        {msgid: block.title, context: 'block title', references: [path]},
        {msgid: block.description, context: 'block description', references: [path]},
        ...block.keywords.map((keyword) => ({msgid: keyword, context: 'block keyword', references: [path]})),
      ];
    }),
  ];
}

// Write.

/** Attributes named as URLs are: src, href-template, data-url… */
function urlAttributes(elements: PluginElement[]): string[] {
  const names = new Set(elements.flatMap((element) => Object.keys(element.attributes)));
  return [...names].filter((name) => /(^|-)(src|href|url)(-|$)/.test(name)).sort();
}

function phpString(value: string): string {
  return `'${value.replace(/[\\']/g, '\\$&')}'`;
}

function phpRule(rule: AttributeRule): string {
  if (rule === true) return 'true';
  if ('boolean' in rule) return `array( 'boolean' => true )`;
  return `array( 'values' => array( ${rule.values.map(phpString).join(', ')} ) )`;
}

/** includes/elements.php: the elements, their attributes, names and summaries, and the languages. */
function elementsPhp(elements: PluginElement[]): string {
  const rules = elements.map(({tag, attributes}) => {
    const lines = Object.entries(attributes).map(([name, rule]) => `\t\t\t\t${phpString(name)} => ${phpRule(rule)},`);
    return `\t\t${phpString(tag)} => array(\n\t\t\t'attributes' => array(\n${lines.join('\n')}\n\t\t\t),\n\t\t),`;
  });
  const names = elements.filter(({inWidgetBlock}) => inWidgetBlock).map(
    ({tag, label, summary}) =>
      `\t\t${phpString(tag)} => array(\n\t\t\t'label'   => __( ${phpString(label)}, '${TEXT_DOMAIN}' ),\n\t\t\t'summary' => __( ${phpString(summary)}, '${TEXT_DOMAIN}' ),\n\t\t),`,
  );
  return `<?php
/**
 * The library's elements, the attributes each takes, and its languages. Written by
 * \`npm run wordpress\` (scripts/wordpress.ts) from src/elements.ts, custom-elements.json and
 * data/types.ts: do not edit.
 *
 * @package ${SLUG}
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every element by tag, with the attributes it takes: true (any value), the values it allows,
 * or a boolean attribute. \`lang\` is HTML's, which every widget reads its language from.
 *
 * @return array[]
 */
function career_widgets_elements() {
	return array(
${rules.join('\n')}
	);
}

/**
 * What the Career widget block offers: the widgets of one career, and the search box that
 * changes their career; each one's name and what it shows.
 *
 * @return array[]
 */
function career_widgets_block_widgets() {
	return array(
${names.join('\n')}
	);
}

/**
 * The languages the widgets are written in.
 *
 * @return string[]
 */
function career_widgets_locales() {
	return array( ${SUPPORTED_LOCALES.map(phpString).join(', ')} );
}

/**
 * The elements' attributes that are URLs, or make them (href-template): in posts, wp_kses
 * removes a javascript: or other unsafe protocol from their values, as from an href.
 *
 * @return string[]
 */
function career_widgets_url_attributes() {
	return array( ${urlAttributes(elements).map(phpString).join(', ')} );
}

/**
 * The language of the dataset's index.json (the others are index.<locale>.json).
 *
 * @return string
 */
function career_widgets_source_locale() {
	return ${phpString(SOURCE_LOCALE)};
}
`;
}

function potString(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n')}"`;
}

/** languages/career-widgets.pot: one entry per text and context, with every place it is used. */
function pot(strings: TranslatableString[], version: string): string {
  const entries = new Map<string, TranslatableString>();
  for (const string of strings) {
    const key = `${string.context ?? ''}\u0004${string.msgid}`;
    const entry = entries.get(key);
    if (entry) entry.references.push(...string.references);
    else entries.set(key, {...string, references: [...string.references]});
  }
  const body = [...entries.values()].map(({msgid, context, comment, references}) =>
    [
      ...(comment ? [`#. ${comment}`] : []),
      `#: ${[...new Set(references)].join(' ')}`,
      ...(context ? [`msgctxt ${potString(context)}`] : []),
      `msgid ${potString(msgid)}`,
      'msgstr ""',
    ].join('\n'),
  );
  const header = [
    '# Translation template for the Career widgets WordPress plugin.',
    '# This file is distributed under the same license as the plugin (MIT).',
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: Career widgets ${version}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    `"X-Domain: ${TEXT_DOMAIN}\\n"`,
  ].join('\n');
  return `${[header, ...body].join('\n\n')}\n`;
}

/** The zip's files, by path inside it. */
async function wordpressPluginFiles(): Promise<Map<string, Uint8Array>> {
  const {version} = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {version: string};
  const sources = await readPluginSources();
  const elements = pluginElements(ELEMENTS, await readManifest());
  const library = await readLibrary();

  sources.set('includes/elements.php', elementsPhp(elements));
  for (const [path, text] of sources) sources.set(path, text.replaceAll(VERSION_TOKEN, version));
  const strings = [...metadataStrings(sources), ...translatableStrings(sources)];
  sources.set(`languages/${SLUG}.pot`, pot(strings, version));

  const files = new Map<string, Uint8Array>();
  for (const [path, text] of sources) files.set(`${SLUG}/${path}`, new TextEncoder().encode(text));
  for (const [path, content] of library) files.set(`${SLUG}/dist/${path}`, content);
  return files;
}

async function main() {
  const {values} = parseArgs({options: {out: {type: 'string'}}});
  const files = await wordpressPluginFiles();
  const zip = zipSync(Object.fromEntries(files));
  const out = resolve(values.out ?? DEFAULT_OUT);
  await mkdir(dirname(out), {recursive: true});
  await writeFile(out, zip);
  const scripts = [...files.keys()].filter((path) => /^[^/]+\/dist\/[^/]+\.js$/.test(path)).length;
  console.log(`wordpress: ${relative(process.cwd(), out)} (${(zip.length / 1e6).toFixed(1)} MB, ${files.size} files: the plugin, the library in ${scripts} scripts, and its data)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof WordPressBuildError ? `wordpress: ${error.message}` : error);
    process.exitCode = 1;
  });
}
