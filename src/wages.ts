import type {WageObservation, WageValue} from '../data/types.js';
import {CareerDataProblem} from './data.js';

/** The source id of BLS OEWS, the current wage figures. */
export const OEWS_SOURCE = 'bls-oews';

/**
 * The wage edition of `year`, or the latest when no year is asked for. Where a seed edition and
 * OEWS give the same year, OEWS's is the one shown (data/README.md).
 */
export function wageEdition(wages: WageObservation[], year?: number): WageObservation | undefined {
  const wanted = year ?? latest(wages)?.year;
  const editions = wages.filter((edition) => edition.year === wanted);
  return editions.find((edition) => edition.source === OEWS_SOURCE) ?? editions[0];
}

/** A wage as a number for drawing: a top-coded one at its cap (its label says “at least”). */
export function amount(value: WageValue): number {
  return typeof value === 'number' ? value : value.atLeast;
}

/**
 * The problem to show when a `year` attribute names an edition the data does not have
 * (`written` is the attribute as written, which may not be a number at all). Without any
 * figures there is no year to be wrong about: the widget says there are none.
 */
export function missingYearProblem(wagesByYear: WageObservation[] = [], year: number | undefined, written = String(year)) {
  if (year === undefined || !wagesByYear.length || wagesByYear.some((edition) => edition.year === year)) return undefined;
  const available = [...new Set(wagesByYear.map((edition) => edition.year))].sort((a, b) => b - a);
  const requested = Number.isInteger(year) ? year : written;
  return new CareerDataProblem('no-data-for-year', `There are no wage figures for ${requested}.`, {years: {requested, available}});
}

export function latest<T extends {year: number}>(observations: T[] | undefined): T | undefined {
  return observations?.reduce<T | undefined>((newest, o) => (!newest || o.year > newest.year ? o : newest), undefined);
}
