// Readable ids from O*NET titles: "Registered Nurses" → registered-nurse. The head of each
// coordinated noun phrase is made singular, as the library's first ids were
// ("Customer Service Representatives" → customer-service-representative).

const SINGULAR_EXCEPTIONS: Record<string, string> = {
  people: 'person',
  women: 'woman',
  men: 'man',
  children: 'child',
  series: 'series',
  species: 'species',
  chassis: 'chassis',
  mechanics: 'mechanic',
  midwives: 'midwife',
  paramedics: 'paramedic',
  gas: 'gas',
};

/** A plural English noun as singular; words that are not plural come back as they were. */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower in SINGULAR_EXCEPTIONS) return SINGULAR_EXCEPTIONS[lower];
  if (/[^aeiou]ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x|z)es$/.test(lower)) return lower.slice(0, -2);
  if (/(ss|us|is|ics)$/.test(lower) || !lower.endsWith('s')) return lower;
  return lower.slice(0, -1);
}

/** Words after which the noun before them ends its phrase: "Tellers and …", "Appraisers of …". */
const PHRASE_ENDS = new Set(['and', 'or', 'of', ',']);

/**
 * The id for a title: each noun that ends a phrase made singular, up to "Except", after which
 * the title names what is left out and stays as it is.
 */
export function slugFor(title: string): string {
  const tokens = title.replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  const except = tokens.findIndex((t) => t.toLowerCase() === 'except');
  const words = tokens.map((token, i) => {
    const next = tokens[i + 1]?.toLowerCase();
    const endsPhrase = next === undefined || PHRASE_ENDS.has(next);
    return endsPhrase && (except < 0 || i < except) ? singular(token) : token;
  });
  return slugify(words.join(' '));
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * An id for every code: the title's slug, or for the curated occupations their existing id.
 * Titles that make the same slug get their code appended, so no id depends on reading order.
 */
export function assignIds(titles: Map<string, string>, fixed: Map<string, string>): Map<string, string> {
  const slugs = new Map([...titles].map(([code, title]) => [code, fixed.get(code) ?? slugFor(title)]));
  const uses = new Map<string, number>();
  for (const slug of slugs.values()) uses.set(slug, (uses.get(slug) ?? 0) + 1);
  return new Map(
    [...slugs].map(([code, slug]) => [code, uses.get(slug)! > 1 && !fixed.has(code) ? `${slug}-${code.replace('.', '-')}` : slug]),
  );
}
