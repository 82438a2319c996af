// Every language is complete where it can be: every interface string, every code's label, every
// O*NET term and every occupation title is translated, with a review state; a broken translation
// file fails the build naming the file and the entry; `npm run l10n:status` reports coverage.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFile, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {before, describe, it} from 'node:test';
import {promisify} from 'node:util';
import {SOURCE_LOCALE, SUPPORTED_LOCALES, type OccupationText} from '../../data/types.js';
import {buildData, type Occupation} from '../../scripts/build-data.js';
import {localeStatus, readXliff} from '../../scripts/l10n-status.js';
import {englishTerms, glossaryMismatches, type Translations} from '../../scripts/translations.js';
import {buildChangedCopy, dataDir, problemsOfBrokenCopy} from './broken-copy.js';

const TARGET_LOCALES = SUPPORTED_LOCALES.filter((l) => l !== SOURCE_LOCALE);
const root = join(dataDir, '..');
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'));

for (const locale of TARGET_LOCALES) {
  it(`xliff/${locale}.xlf has a target for every source string, with the same placeholders and a review state`, async () => {
    const xliff = await readFile(join(root, 'xliff', `${locale}.xlf`), 'utf8');
    const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target( state="[^"]*")?>([\s\S]*?)<\/target>)?/g)];
    assert.ok(units.length > 100, `${units.length} units`);
    const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
    for (const [, id, source, state, target] of units) {
      assert.ok(target?.trim(), `${id} has no target: ${source}`);
      assert.deepEqual(placeholders(target), placeholders(source), `${id} keeps its placeholders`);
      // XLIFF 1.2's states: translated, or signed-off / final once a second editor has reviewed it.
      assert.match(state ?? '', / state="(translated|signed-off|final)"/, `${id} has a review state`);
    }
  });
}

describe('the dataset in every language', () => {
  let occupations: Occupation[];
  let translations: Translations;
  before(async () => {
    const built = await buildData({dataDir, root});
    occupations = [...built.occupations.values()];
    translations = built.translations;
  });

  for (const locale of TARGET_LOCALES) {
    it(`${locale}: every occupation has a current title, and every O*NET term a name`, () => {
      const untitled = occupations.filter(({texts}) => !texts[locale]?.title).map(({facts}) => facts.code ?? facts.id);
      assert.deepEqual(untitled, [], `${untitled.length} occupations have no ${locale} title`);
      for (const {texts, facts} of occupations) {
        assert.notEqual(texts[locale]!.title, texts[SOURCE_LOCALE]!.title, `${facts.code}: the ${locale} title is the English one`);
      }
      const status = localeStatus(locale, [], occupations, translations);
      assert.deepEqual(status.outdated, []);
      assert.equal(status.terms.translated, englishTerms(occupations).size);
      assert.equal(status.titles.translated, occupations.length);
    });

    it(`${locale}: no two occupations share a title, and the titles follow the glossary`, () => {
      const byTitle = new Map<string, string[]>();
      for (const {texts, facts} of occupations) {
        const title = texts[locale]!.title!.toLocaleLowerCase(locale);
        byTitle.set(title, [...(byTitle.get(title) ?? []), facts.code ?? facts.id]);
      }
      const shared = [...byTitle].filter(([, codes]) => codes.length > 1);
      assert.deepEqual(shared, []);
      const glossary = translations[locale]!.glossary!;
      assert.ok(Object.keys(glossary.entries).length >= 40, `${Object.keys(glossary.entries).length} glossary terms`);
      for (const term of ['technician', 'clerk', 'supervisor', 'except']) assert.ok(glossary.entries[term], `the glossary has “${term}”`);
      const drifted = glossaryMismatches(locale, translations[locale]!);
      assert.deepEqual(drifted.map((m) => `${m.code} ${m.entry.target}: ${m.term}`), [], 'every title follows the glossary, or is among its term’s exceptions');
    });

    it(`${locale}: the six curated occupations' titles are their editions', reviewed`, () => {
      for (const {facts, texts, file} of occupations.filter((o) => o.file.startsWith('data/occupations/'))) {
        const entry = translations[locale]!.titles!.entries[facts.code!];
        assert.deepEqual([entry.target, entry.state], [texts[locale]!.title, 'reviewed'], file);
      }
    });
  }

  it('a curated occupation has every text it shows in every language: its edition, and O*NET’s tasks translated', () => {
    for (const {facts, texts} of occupations.filter((o) => o.file.startsWith('data/occupations/'))) {
      const english = texts[SOURCE_LOCALE] as OccupationText;
      for (const locale of TARGET_LOCALES) {
        for (const field of Object.keys(english).filter((f) => f !== '$schema')) {
          assert.ok(texts[locale]![field as keyof OccupationText] !== undefined, `${facts.id} has no ${locale} ${field}`);
        }
        assert.equal(texts[locale]!.tasks!.length, english.tasks!.length);
      }
    }
  });
});

describe('a broken translation file fails the build, naming the file and the entry', () => {
  it('a wrong state, an empty target, an unknown code, a missing field, an unknown term and a text key', async () => {
    const problems = await problemsOfBrokenCopy(async (dir) => {
      const titlesFile = join(dir, 'l10n', 'ar', 'titles.json');
      const titles = await readJson(titlesFile);
      titles.entries['29-1141.00'].state = 'done';
      titles.entries['29-1171.00'].target = '';
      delete titles.entries['29-1122.00'].source;
      await writeFile(titlesFile, JSON.stringify(titles));
      const termsFile = join(dir, 'l10n', 'ru', 'terms.json');
      const terms = await readJson(termsFile);
      terms.entries['Telepathy software'] = {source: 'Telepathy software', target: 'Телепатия', state: 'translated'};
      await writeFile(termsFile, JSON.stringify(terms));
      const textFile = join(dir, 'l10n', 'is', 'text', 'teller.json');
      const text = await readJson(textFile);
      text.entries.downsides = {source: 'x', target: 'y', state: 'translated'};
      await writeFile(textFile, JSON.stringify(text));
    });
    assert.deepEqual(problems.sort(), [
      'data/l10n/ar/titles.json: entry "29-1122.00": must have required property \'source\'',
      'data/l10n/ar/titles.json: entry "29-1141.00": state must be equal to one of the allowed values (translated, reviewed)',
      'data/l10n/ar/titles.json: entry "29-1171.00": target must NOT have fewer than 1 characters',
      'data/l10n/ar/titles.json: entry "29-1171.00": target must match pattern "^\\S(.*\\S)?$"',
      'data/l10n/is/text/teller.json: entry "downsides": not a translatable field (summary, or tasks.<n>)',
      'data/l10n/ru/terms.json: entry "Telepathy software": no occupation has this skill, knowledge area, work style or kind of software',
    ]);
  });

  it('malformed JSON, a file in the wrong folder, and an unknown code', async () => {
    const problems = await problemsOfBrokenCopy(async (dir) => {
      await writeFile(join(dir, 'l10n', 'ms', 'titles.json'), '{"language": "ms", "entries": {');
      const fil = await readJson(join(dir, 'l10n', 'fil', 'terms.json'));
      await writeFile(join(dir, 'l10n', 'fil', 'terms.json'), JSON.stringify({...fil, language: 'ms'}));
      const ru = await readJson(join(dir, 'l10n', 'ru', 'titles.json'));
      ru.entries['99-9999.00'] = {source: 'Astronauts', target: 'Космонавт', state: 'translated'};
      await writeFile(join(dir, 'l10n', 'ru', 'titles.json'), JSON.stringify(ru));
    });
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0], /^data\/l10n\/fil\/terms\.json: \/language: 'ms' is not its folder's language 'fil'$/);
    assert.match(problems[1], /^data\/l10n\/ms\/titles\.json: not valid JSON/);
    assert.equal(problems[2], 'data/l10n/ru/titles.json: entry "99-9999.00": no occupation in the dataset has this O*NET-SOC code');
  });
});

describe('an outdated translation', () => {
  it('is not shown, the build goes on, and l10n:status counts it', async () => {
    // As if O*NET had renamed the occupation since it was translated.
    const {occupations, translations} = await buildChangedCopy(async (dir) => {
      const file = join(dir, 'l10n', 'ru', 'titles.json');
      const titles = await readJson(file);
      titles.entries['29-1141.00'].source = 'Registered Nurses (before)';
      await writeFile(file, JSON.stringify(titles));
    });
    assert.equal(occupations.get('registered-nurse')!.texts.ru?.title, undefined);
    const status = localeStatus('ru', [], [...occupations.values()], translations);
    assert.ok(status.outdated.includes('data/l10n/ru/titles.json: entry "29-1141.00"'), status.outdated.join('\n'));
    assert.equal(status.titles.translated, occupations.size - 1);
  });
});

describe('npm run l10n:status', () => {
  it('prints a row per language: interface, terms, titles and long texts, translated and reviewed', async () => {
    const {stdout} = await promisify(execFile)('npx', ['tsx', 'scripts/l10n-status.ts'], {cwd: root});
    const rows = stdout.split('\n').filter((line) => /^(fil|ru|is|ms|ar) /.test(line));
    assert.deepEqual(rows.map((r) => r.split(' ')[0]), ['fil', 'ru', 'is', 'ms', 'ar']);
    const occupations = (await readJson(join(root, 'dist', 'data', 'index.json')).catch(() => undefined))?.occupations?.length ?? 923;
    for (const row of rows) {
      assert.match(row, new RegExp(`${occupations}/${occupations} \\(100%\\), 6 reviewed`), row);
      assert.match(row, /\/219 \(100%\)/, row);
    }
    assert.match(stdout, /interface & codes/);
    assert.match(stdout, /long texts/);
  });

  it('reads XLIFF review states: signed-off and final count as reviewed', async () => {
    const file = join(root, 'xliff', 'l10n-status-test.xlf');
    await writeFile(
      file,
      `<?xml version="1.0"?><xliff version="1.2"><file><body>
        <trans-unit id="a"><source>A</source><target state="translated">А</target></trans-unit>
        <trans-unit id="b"><source>B</source><target state="signed-off">Б</target></trans-unit>
        <trans-unit id="c"><source>C</source></trans-unit>
      </body></file></xliff>`,
    );
    try {
      const units = await readXliff(file);
      assert.deepEqual(localeStatus('ru', units, [], {}).interface, {total: 3, translated: 2, reviewed: 1});
    } finally {
      await rm(file);
    }
  });
});
