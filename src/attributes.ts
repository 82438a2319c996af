// How attribute values become property values. Removing an attribute gives the element its
// default again, as if it had never been set, never `null` or `NaN`.
import type {ComplexAttributeConverter} from 'lit';

/** Text: a removed attribute is empty text. */
export const text: ComplexAttributeConverter<string> = {fromAttribute: (value) => value ?? ''};

/** A number the widget checks itself (a `year` it may have no figures for): removed, it is unset. */
export const optionalNumber: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : Number(value)),
};

/** How many items to show: at least one; removed, or not a number, the element's default. */
export function count(fallback: number): ComplexAttributeConverter<number> {
  return {fromAttribute: (value) => countOf(value === null || value.trim() === '' ? NaN : Number(value), fallback)};
}

/** A count as set, from an attribute or by a script (`el.limit = 0`): at least one; not a number, the default. */
export function countOf(value: unknown, fallback: number): number {
  const number = Number(value);
  return Number.isNaN(number) ? fallback : Math.max(1, Math.floor(number));
}

/** A value kept as written (a heading level the widget checks and may say it cannot use); removed, the default. */
export function asWritten<T>(fallback: T): ComplexAttributeConverter<string | T> {
  return {fromAttribute: (value) => value ?? fallback};
}
