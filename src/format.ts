/** The number formats widgets use, by name. */
const NUMBER_FORMATS = {
  // US dollars, the source's currency: whole dollars for annual pay, cents for hourly.
  money: {style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0},
  'money-cents': {style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2},
  percent: {style: 'percent', maximumFractionDigits: 1},
  'count-compact': {notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1},
  integer: {maximumFractionDigits: 0},
  year: {useGrouping: false},
} satisfies Record<string, Intl.NumberFormatOptions>;

/**
 * Number, date and list formatting for one locale tag. Constructing an Intl
 * formatter costs tens of microseconds, so each is made once per tag, on first
 * use, and shared by every widget in that locale. Results are remembered too:
 * pages format the same few figures again and again, and a locale switch
 * formats every figure of every widget at once.
 */
export class Formatters {
  private readonly formatters = new Map<string, unknown>();
  private readonly results = new Map<string, Map<unknown, string>>();

  constructor(readonly tag: string) {}

  /**
   * Makes every formatter now. The first Intl formatter of a page sets up ICU, which takes
   * tens of milliseconds; a widget calls this while its data is on the way, so the set-up
   * overlaps the fetch instead of following it.
   */
  prepare() {
    for (const name of Object.keys(NUMBER_FORMATS) as (keyof typeof NUMBER_FORMATS)[]) this.numberFormat(name);
    this.dateFormat();
    this.listFormat('conjunction');
  }

  /** US dollars: whole dollars for annual pay, cents for hourly. */
  money(value: number, {cents = false} = {}): string {
    return this.number(cents ? 'money-cents' : 'money', value);
  }

  /** A growth rate given in percent (5 → "5%"). */
  percent(value: number): string {
    return this.number('percent', value / 100);
  }

  /** A head count at a glance; millions read better compactly ("2.8 million"). */
  count(value: number): string {
    return value >= 1_000_000 ? this.number('count-compact', value) : this.integer(value);
  }

  /** A whole number in full ("2,784,500"). */
  integer(value: number): string {
    return this.number('integer', value);
  }

  /** A calendar year, never grouped ("2018", not "2,018"), in the locale's digits. */
  year(value: number): string {
    return this.number('year', value);
  }

  yearRange(start: number, end: number): string {
    return this.numberFormat('year').formatRange(start, end);
  }

  /** An ISO date (YYYY-MM-DD), as the locale writes it in full; one that is no date (2024-13-45), as written. */
  date(isoDate: string): string {
    return this.remembered('date', isoDate, () => {
      const date = new Date(`${isoDate}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : this.dateFormat().format(date);
    });
  }

  /** "a, b and c" (or, as a disjunction, "a, b or c") in the locale's words. */
  list(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return this.remembered(`list-${type}`, JSON.stringify(items), () => this.listFormat(type).format(items));
  }

  private number(name: keyof typeof NUMBER_FORMATS, value: number): string {
    return this.remembered(name, value, () => this.numberFormat(name).format(value));
  }

  private numberFormat(name: keyof typeof NUMBER_FORMATS) {
    return this.formatter(name, () => new Intl.NumberFormat(this.tag, NUMBER_FORMATS[name]));
  }

  private dateFormat() {
    return this.formatter('date', () => new Intl.DateTimeFormat(this.tag, {dateStyle: 'long', timeZone: 'UTC'}));
  }

  private listFormat(type: 'conjunction' | 'disjunction') {
    return this.formatter(`list-${type}`, () => new Intl.ListFormat(this.tag, {type}));
  }

  private formatter<T>(name: string, make: () => T): T {
    let formatter = this.formatters.get(name) as T | undefined;
    if (formatter === undefined) this.formatters.set(name, (formatter = make()));
    return formatter;
  }

  /** What `format` made of `input` before, or makes now and remembers. */
  private remembered<T>(kind: string, input: T, format: () => string): string {
    let results = this.results.get(kind) as Map<T, string> | undefined;
    if (results === undefined) this.results.set(kind, (results = new Map()));
    let text = results.get(input);
    if (text === undefined) results.set(input, (text = format()));
    return text;
  }
}

const byTag = new Map<string, Formatters>();

export function formattersFor(tag: string): Formatters {
  let formatters = byTag.get(tag);
  if (!formatters) {
    formatters = new Formatters(tag);
    byTag.set(tag, formatters);
  }
  return formatters;
}
