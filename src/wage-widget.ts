import {property} from 'lit/decorators.js';
import type {RuntimeFacts, WageObservation} from '../data/types.js';
import {CareerWidget} from './career-widget.js';
import type {CareerData} from './data.js';
import {missingYearProblem} from './wages.js';

/** A widget that shows wage figures of one edition, chosen by its `year` attribute. */
export abstract class WageWidget extends CareerWidget {
  /** Which wage edition to show, by the year of its figures. Default: the latest. */
  @property({type: Number}) year?: number;

  /** The wage editions `year` chooses among. */
  protected wageEditions(facts: RuntimeFacts): WageObservation[] {
    return facts.wages ?? [];
  }

  protected override findProblem({facts}: CareerData) {
    const editions = this.wageEditions(facts);
    // Without any figures there is no year to be wrong about: the widget says there are none.
    if (!editions.length) return undefined;
    return missingYearProblem(editions, this.year, this.getAttribute('year') ?? undefined);
  }
}
