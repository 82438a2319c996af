// How <career-search> ranks occupations: for each language, what a reader types and the
// occupation they expect among the first three, on the index `npm test` has just built.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, it} from 'node:test';
import type {SupportedLocale} from '../../data/types.js';
import {OccupationSearch} from '../../src/search.js';
import {fold, stem} from '../../src/search-text.js';

const SEARCH = fileURLToPath(new URL('../../dist/data/search/', import.meta.url));

/** A search as the element runs it: the alternate titles what is typed may match, added first. */
async function searchIn(locale: SupportedLocale) {
  const search = new OccupationSearch(JSON.parse(readFileSync(`${SEARCH}${locale}.json`, 'utf8')));
  await search.complete;
  return (query: string) => {
    const key = search.alternatesKey(query);
    if (key) search.addAlternates(key, JSON.parse(readFileSync(`${SEARCH}alternates/${key}.json`, 'utf8')));
    return search.search(query, 3);
  };
}

/** Query → the O*NET-SOC code expected among the first three results, and why it is there. */
const RANKINGS: Record<SupportedLocale, [query: string, code: string, why: string][]> = {
  en: [
    ['nurse', '29-1141.00', 'Registered Nurses first, not Nursery workers'],
    ['nurs', '29-1141.00', 'half a word'],
    ['night nurse', '29-1141.00', 'no title has both words: the best with most of them'],
    ['Nurses', '29-1141.00', 'plural, capitals'],
    ['welder', '51-4121.00', 'singular of Welders'],
    ['customer service', '43-4051.00', 'two words'],
    ['software dev', '15-1252.00', 'the last word half typed'],
    ['truck driver', '53-3032.00', 'Heavy and Tractor-Trailer Truck Drivers'],
    ['electrician', '47-2111.00', ''],
    ['cashier', '41-2011.00', ''],
    ['lawyer', '23-1011.00', ''],
    ['doctor', '29-1215.00', 'an alternate title: Family Medicine Physicians are called Doctor'],
    ['29-1141', '29-1141.00', 'a SOC code names its .00 occupation first'],
    ['15-1252.00', '15-1252.00', 'an O*NET-SOC code'],
  ],
  ru: [
    ['медсестра', '29-1141.00', 'the glossary’s short form of медицинская сестра'],
    ['медсёстры', '29-1141.00', 'plural, with ё'],
    ['медицинская сестра', '29-1141.00', 'the title’s own words'],
    ['медицинской сестры', '29-1141.00', 'genitive'],
    ['сварщик', '51-4121.00', ''],
    ['электрик', '47-2111.00', ''],
    ['водитель грузовика', '53-3032.00', ''],
    ['программист', '15-1251.00', ''],
    ['nurse', '29-1141.00', 'English in a Russian search box'],
  ],
  ar: [
    ['ممرضة', '29-1141.00', 'feminine, taa marbuta'],
    ['ممرض', '29-1141.00', ''],
    ['مُمَرِّضَة', '29-1141.00', 'with tashkeel'],
    ['الممرضات', '29-1141.00', 'the article and the plural'],
    ['لحام', '51-4121.00', 'the title writes لحّام with shadda'],
    ['اللحام', '51-4121.00', 'with the article'],
    ['محاسب', '13-2011.00', ''],
    ['nurse', '29-1141.00', 'English in an Arabic search box'],
  ],
  is: [
    ['hjukrunarfraedingur', '29-1141.00', 'ú and ð typed as u and d'],
    ['hjúkrunarfræðingur', '29-1141.00', 'as written'],
    ['thjonn', '35-3031.00', 'Þ typed as th'],
    ['bokari', '13-2011.00', 'ó typed as o'],
    ['matreidslumadur', '35-2014.00', 'ð typed as d'],
    ['logmadur', '23-1011.00', 'ö typed as o'],
    ['rafvirki', '47-2111.00', ''],
    ['vörður', '33-9032.00', 'the head of a compound (Öryggisvörður)'],
    ['smidur', '47-2031.00', 'the head of a compound (Húsasmiður), ð typed as d'],
    ['bilstjori', '53-3033.00', 'the head of a compound (Sendibílstjóri) typed without diacritics'],
    ['vord', '33-9032.00', 'the middle of a compound, still being typed'],
  ],
  ms: [
    ['jururawat', '29-1141.00', ''],
    ['juruelektrik', '47-2111.00', ''],
    ['peguam', '23-1011.00', ''],
    ['nurse', '29-1141.00', 'English in a Malay search box'],
  ],
  fil: [
    ['nars', '29-1141.00', ''],
    ['rehistradong nars', '29-1141.00', ''],
    ['abogado', '23-1011.00', ''],
    ['nurse', '29-1141.00', 'English in a Filipino search box'],
  ],
};

describe('ranking: the occupation a reader expects is among the first three', () => {
  for (const [locale, rankings] of Object.entries(RANKINGS) as [SupportedLocale, (typeof RANKINGS)['en']][]) {
    it(`in ${locale}`, async () => {
      const search = await searchIn(locale);
      for (const [query, code, why] of rankings) {
        const top = search(query).map(({entry}) => entry.code);
        assert.ok(top.includes(code), `“${query}” (${why || locale}): ${code} not among ${top.join(', ') || 'no results'}`);
      }
    });
  }

  it('a whole word ranks above the beginning of a longer one: “nurse” lists no Nursery title before Registered Nurses', async () => {
    const [first] = (await searchIn('en'))('nurse');
    assert.equal(first.entry.title, 'Registered Nurses');
  });
});

describe('why a result matched', () => {
  it('names the alternate title, the English title or the word form it matched, in its language', async () => {
    const [doctor] = (await searchIn('en'))('doctor');
    assert.deepEqual(doctor.reason, {kind: 'alternate', text: 'Doctor', lang: 'en'});
    const [nurse] = (await searchIn('ru'))('nurse');
    assert.deepEqual(nurse.reason, {kind: 'english', text: 'Registered Nurses', lang: 'en'});
    const [form] = (await searchIn('ru'))('медсестра');
    assert.deepEqual(form.reason, {kind: 'form', text: 'медсестра', lang: 'ru'});
    const [title] = (await searchIn('ar'))('ممرضة');
    assert.deepEqual(title.reason, {kind: 'title'});
  });

  it('gives each result its readable id, a page’s `career`', async () => {
    const [nurse] = (await searchIn('ar'))('ممرض');
    assert.equal(nurse.entry.id, 'registered-nurse');
    const [csr] = (await searchIn('en'))('customer service representative');
    assert.equal(csr.entry.id, 'customer-service-representative');
  });
});

describe('loading', () => {
  it('finds titles at once, and the English titles and other word forms a task later', async () => {
    const search = new OccupationSearch(JSON.parse(readFileSync(`${SEARCH}ru.json`, 'utf8')));
    assert.equal(search.search('сварщик')[0].entry.code, '51-4121.00');
    assert.deepEqual(search.search('nurse'), []);
    await search.complete;
    assert.equal(search.search('nurse')[0].entry.code, '29-1141.00');
  });
});

describe('folding and stemming', () => {
  it('drops what a reader may leave out: case, diacritics, tashkeel, letter variants', () => {
    assert.equal(fold('Hjúkrunarfræðingur'), 'hjukrunarfraedingur');
    assert.equal(fold('Þjónn'), 'thjonn');
    assert.equal(fold('Медсёстры'), 'медсестры');
    assert.equal(fold('مُمَرِّضَة'), 'ممرضه');
    assert.equal(fold('أإآ'), 'ااا');
  });

  it('takes off the endings a word changes by', () => {
    assert.equal(stem('nurses', 'en'), 'nurse');
    assert.equal(stem('technologies', 'en'), 'technology');
    assert.equal(stem(fold('медсёстры'), 'ru'), stem('медсестра', 'ru'));
    assert.equal(stem(fold('اللحام'), 'ar'), 'لحام');
    assert.equal(stem(fold('ممرضة'), 'ar'), 'ممرض');
  });
});
