/**
 * Number, date and list formatting for one locale tag. Constructing an Intl
 * formatter costs tens of microseconds, so each is made once per tag, on first
 * use, and shared by every widget in that locale.
 */
export class Formatters {
  private readonly made = new Map<string, unknown>();

  constructor(readonly tag: string) {}

  /** US dollars, the source's currency: whole dollars for annual pay, cents for hourly. */
  money(value: number, {cents = false} = {}): string {
    return this.number(cents ? 'money-cents' : 'money', () => ({
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : 0,
    })).format(value);
  }

  /** A growth rate given in percent (5 → "5%"). */
  percent(value: number): string {
    return this.number('percent', () => ({style: 'percent', maximumFractionDigits: 1})).format(value / 100);
  }

  /** A head count at a glance; millions read better compactly ("2.8 million"). */
  count(value: number): string {
    if (value >= 1_000_000) {
      return this.number('count-compact', () => ({
        notation: 'compact',
        compactDisplay: 'long',
        maximumFractionDigits: 1,
      })).format(value);
    }
    return this.integer(value);
  }

  /** A whole number in full ("2,784,500"). */
  integer(value: number): string {
    return this.number('integer', () => ({maximumFractionDigits: 0})).format(value);
  }

  /** A calendar year, never grouped ("2018", not "2,018"), in the locale's digits. */
  year(value: number): string {
    return this.years().format(value);
  }

  yearRange(start: number, end: number): string {
    return this.get('year-range', () => new Intl.NumberFormat(this.tag, {useGrouping: false})).formatRange(start, end);
  }

  /** An ISO date (YYYY-MM-DD), as the locale writes it in full. */
  date(isoDate: string): string {
    const format = this.get('date', () => new Intl.DateTimeFormat(this.tag, {dateStyle: 'long', timeZone: 'UTC'}));
    return format.format(new Date(`${isoDate}T00:00:00Z`));
  }

  /** "a, b and c" (or, as a disjunction, "a, b or c") in the locale's words. */
  list(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return this.get(`list-${type}`, () => new Intl.ListFormat(this.tag, {type})).format(items);
  }

  private years() {
    return this.number('year', () => ({useGrouping: false}));
  }

  /** A number formatter whose results are remembered: pages format the same few figures again and again. */
  private number(key: string, options: () => Intl.NumberFormatOptions): {format(value: number): string} {
    return this.get(key, () => {
      const formatter = new Intl.NumberFormat(this.tag, options());
      const formatted = new Map<number, string>();
      return {
        format(value: number) {
          let text = formatted.get(value);
          if (text === undefined) formatted.set(value, (text = formatter.format(value)));
          return text;
        },
      };
    });
  }

  private get<T>(key: string, make: () => T): T {
    let formatter = this.made.get(key) as T | undefined;
    if (formatter === undefined) {
      formatter = make();
      this.made.set(key, formatter);
    }
    return formatter;
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
