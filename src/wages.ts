import type {WageObservation} from '../data/types.js';
import {CareerDataProblem} from './data.js';

/** The wage edition of `year`, or the latest when no year is asked for. */
export function wageEdition(wages: WageObservation[], year?: number): WageObservation | undefined {
  if (year === undefined) return latest(wages);
  return wages.find((edition) => edition.year === year);
}

/**
 * The problem to show when a `year` attribute names an edition the data does not have
 * (`written` is the attribute as written, which may not be a number at all).
 */
export function missingYearProblem(wagesByYear: WageObservation[], year: number | undefined, written = String(year)) {
  if (year === undefined || wagesByYear.some((edition) => edition.year === year)) return undefined;
  const available = [...new Set(wagesByYear.map((edition) => edition.year))].sort((a, b) => b - a);
  const requested = Number.isInteger(year) ? year : written;
  return new CareerDataProblem('no-data-for-year', `There are no wage figures for ${requested}.`, {years: {requested, available}});
}

export function latest<T extends {year: number}>(observations: T[] | undefined): T | undefined {
  return observations?.reduce<T | undefined>((newest, o) => (!newest || o.year > newest.year ? o : newest), undefined);
}
