// The search index of a language and its alternate-title files, fetched once per page (the
// elements that search ask for them on first use, never on load).
import type {AlternateTitles, SearchIndex, SupportedLocale} from '../data/types.js';
import {CareerDataProblem, loadDataFile} from './data.js';
import {OccupationSearch} from './search.js';

const searches = new Map<SupportedLocale, Promise<OccupationSearch>>();

export function loadSearch(locale: SupportedLocale): Promise<OccupationSearch> {
  let search = searches.get(locale);
  if (!search) {
    search = loadDataFile(`search/${locale}.json`).then((index) => {
      if (!isSearchIndex(index, locale)) throw new CareerDataProblem('bad-data', `The search index search/${locale}.json is not in the expected form.`);
      return new OccupationSearch(index);
    });
    searches.set(locale, search);
    // A failure is not kept: the next focus asks again.
    search.catch(() => searches.delete(locale));
  }
  return search;
}

/** Adds the alternate titles `query` may match to `search`, fetching their file if it is not there yet; true when it added some. */
export async function addAlternatesFor(search: OccupationSearch, query: string): Promise<boolean> {
  const key = search.alternatesKey(query);
  if (!key) return false;
  const titles = await loadDataFile(`search/alternates/${key}.json`);
  if (!isAlternateTitles(titles)) throw new CareerDataProblem('bad-data', `The alternate titles search/alternates/${key}.json are not in the expected form.`);
  search.addAlternates(key, titles);
  return true;
}

function isSearchIndex(value: unknown, locale: SupportedLocale): value is SearchIndex {
  const index = value as SearchIndex | null;
  return (
    index?.locale === locale &&
    Array.isArray(index.alternates) &&
    typeof index.latest?.pay?.year === 'number' &&
    Array.isArray(index.occupations) &&
    index.occupations.every((entry) => typeof entry?.title === 'string' && (entry.id !== undefined || entry.english !== undefined || locale === 'en'))
  );
}

function isAlternateTitles(value: unknown): value is AlternateTitles {
  return typeof value === 'object' && value !== null && Object.values(value).every((titles) => Array.isArray(titles) && titles.every((t) => typeof t === 'string'));
}
