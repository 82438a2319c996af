// The registry of elements, the components' folders, the custom elements manifest and the
// README describe the same elements, events and reasons as the code.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {ELEMENTS, PROFILE_SECTIONS, TAGS} from '../../src/elements.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** The string literals of a `type X = 'a' | 'b'` union in a source file. */
function unionOf(file: string, type: string): string[] {
  const match = read(file).match(new RegExp(`export type ${type} =([^;]+);`));
  assert.ok(match, `${file} declares ${type}`);
  return [...match[1].matchAll(/'([\w-]+)'/g)].map(([, literal]) => literal);
}

/** The field names of an interface in a source file (and of the interfaces it extends there). */
function fieldsOf(file: string, name: string): string[] {
  const source = read(file);
  const match = source.match(new RegExp(`export interface ${name}(?: extends (\\w+))? \\{([^}]+)\\}`));
  assert.ok(match, `${file} declares ${name}`);
  const own = [...match[2].matchAll(/^\s+(\w+)\??:/gm)].map(([, field]) => field);
  return [...(match[1] ? fieldsOf(file, match[1]) : []), ...own];
}

/** The backquoted words of the README's events table row for an event. */
function readmeRow(event: string): string[] {
  const row = read('README.md').split('\n').find((line) => line.startsWith(`| \`${event}\``));
  assert.ok(row, `README.md has a row for ${event}`);
  return [...row.matchAll(/`([\w-]+)`/g)].map(([, word]) => word);
}

const manifest = JSON.parse(read('custom-elements.json')) as {
  modules: {path: string; declarations?: {tagName?: string; events?: {name: string; type?: {text: string}}[]}[]; exports?: {kind: string; name: string}[]}[];
};
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

describe('the registry of elements', () => {
  it('lists exactly the folders of components/, each with its test beside it', () => {
    const folders = readdirSync(new URL('components/', root), {withFileTypes: true}).filter((d) => d.isDirectory()).map((d) => d.name);
    assert.deepEqual([...TAGS].sort(), folders.sort());
    for (const tag of TAGS) assert.ok(existsSync(new URL(`components/${tag}/${tag}.test.ts`, root)), `components/${tag}/${tag}.test.ts`);
  });

  it('gives every profile section a key and the fields it shows, and the README lists the keys in order', () => {
    const listed = read('README.md').match(/the sections to show in\s+order, from `([^`]+)`/);
    assert.ok(listed, 'README.md lists the sections');
    assert.deepEqual(listed[1].split(/\s+/), PROFILE_SECTIONS.map(({section}) => section));
    for (const {section, shows} of PROFILE_SECTIONS) assert.ok(shows.length, section);
    assert.equal(new Set(PROFILE_SECTIONS.map(({section}) => section)).size, PROFILE_SECTIONS.length);
    assert.equal(ELEMENTS.filter(({section, part}) => part && !section).map(({tag}) => tag).join(), 'career-profile');
  });

  it('matches the manifest: one declaration per element, each with the three events and their detail types, and its own', () => {
    assert.deepEqual(declarations.flatMap(({tagName}) => (tagName ? [tagName] : [])).sort(), [...TAGS].sort());
    const finding = {'career-select': 'CustomEvent<CareerSelectDetail>'};
    const ownEvents: Record<string, Record<string, string>> = {
      'career-search': finding,
      'career-explorer': {...finding, 'career-profile-open': 'CustomEvent<CareerProfileOpenDetail>'},
    };
    for (const declaration of declarations.filter(({tagName}) => tagName)) {
      const events = Object.fromEntries((declaration.events ?? []).map(({name, type}) => [name, type?.text]));
      assert.deepEqual(events, {
        'career-widget-load': 'CustomEvent<CareerWidgetEventDetail>',
        'career-widget-notice': 'CustomEvent<CareerWidgetNoticeDetail>',
        'career-widget-error': 'CustomEvent<CareerWidgetErrorDetail>',
        ...ownEvents[declaration.tagName!],
      }, declaration.tagName);
    }
  });
});

describe('the README', () => {
  const problems = unionOf('src/data.ts', 'ProblemReason');
  const notices = unionOf('src/events.ts', 'NoticeReason');

  /** The reasons a row names: its backquoted words other than the event's and the fields'. */
  const reasonsIn = (event: string) => readmeRow(event).filter((word) => ![event, 'reason', 'message'].includes(word)).sort();

  it('lists every reason of career-widget-error and career-widget-notice, and no other', () => {
    assert.deepEqual(reasonsIn('career-widget-notice'), [...notices].sort());
    assert.deepEqual(reasonsIn('career-widget-error'), [...problems].sort());
  });

  it('names every field of the events’ details', () => {
    const readme = read('README.md');
    const events = readme.slice(readme.indexOf('### Events'), readme.indexOf('### Styling'));
    for (const name of ['CareerWidgetEventDetail', 'CareerWidgetNoticeDetail', 'CareerWidgetErrorDetail']) {
      for (const field of fieldsOf('src/events.ts', name)) assert.ok(events.includes(`\`${field}\``), `README.md's events section names ${name}.${field}`);
      assert.ok(events.includes(name), `README.md names the type ${name}`);
    }
  });
});
