import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {str} from '@lit/localize';
import {
  WAGE_STATISTICS,
  type RuntimeFacts,
  type WageDistribution,
  type WageObservation,
  type WageStatistic,
} from '../../data/types.js';
import {optionalNumber} from '../../src/attributes.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {amount, missingYearProblem, OEWS_SOURCE, wageEdition} from '../../src/wages.js';
import {distributionChart, trendChart, type Mark} from './salary-chart.js';
import {tableStyles} from '../../src/table.styles.js';
import {styles} from './salary-table.styles.js';
import {aroundTitle, heading, sources, wage, tableRegion} from '../../src/markup.js';

/**
 * The wage statistics of one edition of a career's data, as a table: each
 * percentile (and the mean) the edition reports, annual and hourly, in US dollars,
 * with the edition's year and source.
 *
 * @tagname salary-table
 * @summary Wage percentiles of a career, annual and hourly.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart chart - Each chart, when `chart` is set.
 */
export class SalaryTable extends CareerWidget {
  static override readonly tag = 'salary-table';

  /** Which wage edition to show, by the year of its figures. Default: the latest. */
  @property({converter: optionalNumber}) year?: number;

  /** Adds charts under the table: the edition's wage distribution, and the median of every edition by year. */
  @property({type: Boolean, reflect: true}) chart = false;
  static override styles = [...CareerWidget.styles, tableStyles, styles];

  protected renderCareer(data: CareerData) {
    const {facts, text} = data;
    const msg = this.msg;
    const edition = wageEdition(facts.wages ?? [], this.year);
    if (!edition) {
      return html`${heading(this, aroundTitle(this, text, (title) => msg(str`Wages: ${title}`)))}
        <p class="status">${msg('The BLS publishes no wage figures for this occupation.')}</p>`;
    }
    const periods = (['annual', 'hourly'] as const).filter((period) => edition[period]);
    const statistics = WAGE_STATISTICS.filter((s) => periods.some((period) => edition[period]![s] !== undefined));
    const year = this.format.year(edition.year);
    return html`
      ${heading(this, aroundTitle(this, text, (title) => msg(str`Wages: ${title}`)))}
      ${tableRegion(msg(str`Wages in ${year}`), html`<table part="table">
          <caption part="caption">${msg(str`Wages in ${year}, in US dollars`)}</caption>
          <thead>
            ${this.renderHeaderRow(periods.map((period) => (period === 'annual' ? msg('Per year') : msg('Per hour'))))}
          </thead>
          <tbody>
            ${statistics.map((statistic) =>
              this.renderRow(
                statistic,
                periods.map((period) => this.amount(edition[period]!, statistic, period === 'hourly')),
              ),
            )}
          </tbody>
        </table>`)}
      ${this.renderScope(facts, edition)}
      ${this.chart ? this.renderCharts(facts, edition) : nothing}
      ${sources(this, data, [edition])}
    `;
  }

  /** Whose wages these are, where the BLS publishes them for more than this occupation. */
  private renderScope(facts: RuntimeFacts, edition: WageObservation) {
    const msg = this.msg;
    if (edition.soc) {
      return html`<p class="note">${msg(str`These figures are for the broader group SOC ${edition.soc}, which includes this occupation: the BLS publishes no figures for it alone.`)}</p>`;
    }
    if (facts.sharedSoc && edition.source === OEWS_SOURCE) {
      const count = this.format.integer(facts.sharedSoc.length);
      return html`<p class="note">${msg(str`These figures are for SOC ${facts.soc.code} as a whole: the BLS publishes one set of wages for it, and O*NET divides it into ${count} occupations, this one included.`)}</p>`;
    }
    return nothing;
  }

  private renderCharts(facts: RuntimeFacts, edition: WageObservation) {
    const msg = this.msg;
    const rtl = this.locale.dir === 'rtl';
    const hourly = !edition.annual;
    const distribution = (hourly ? edition.hourly : edition.annual)!;
    const mark = (statistic: WageStatistic): Mark | undefined => {
      const value = distribution[statistic];
      return value === undefined ? undefined : {value: amount(value), label: wage(this, value, {cents: hourly})};
    };
    const year = this.format.year(edition.year);
    const values = this.format.list(
      WAGE_STATISTICS.filter((s) => s !== 'mean' && distribution[s] !== undefined).map(
        (s) => `${this.statisticName(s)} ${mark(s)!.label}`,
      ),
    );
    // One median a year: the public sources' where an edition of the seeds has the same year.
    const medians = [...new Map((facts.wages ?? [])
      .filter((w) => w.annual?.median !== undefined)
      .sort((a, b) => Number(a.source === OEWS_SOURCE) - Number(b.source === OEWS_SOURCE))
      .map((w) => [w.year, {year: w.year, yearLabel: this.format.year(w.year), value: amount(w.annual!.median!), label: wage(this, w.annual!.median!)}])).values()];
    const trend = this.format.list(
      [...medians].sort((a, b) => a.year - b.year).map(({yearLabel, label}) => msg(str`${yearLabel}: ${label}`)),
    );
    return html`
      ${distributionChart(
        {p10: mark('p10'), p25: mark('p25'), median: mark('median'), p75: mark('p75'), p90: mark('p90')},
        {
          name: hourly ? msg(str`Wages per hour in ${year}: ${values}`) : msg(str`Wages per year in ${year}: ${values}`),
          caption: hourly ? msg(str`Spread of wages per hour in ${year}`) : msg(str`Spread of wages per year in ${year}`),
          rtl,
        },
      )}
      ${medians.length > 1
        ? trendChart(medians, {
            name: msg(str`Median pay per year, by year: ${trend}`),
            caption: msg('Median pay per year in each edition of the figures'),
            rtl,
          })
        : nothing}
    `;
  }

  // An edition reports one period or both: each row has two fixed templates rather than a
  // nested loop over periods, so a thousand tables hold half as many template parts.

  private renderHeaderRow([first, second]: string[]) {
    return second === undefined
      ? html`<tr><th scope="col">${this.msg('Pay level')}</th><th scope="col" class="number">${first}</th></tr>`
      : html`<tr><th scope="col">${this.msg('Pay level')}</th><th scope="col" class="number">${first}</th><th scope="col" class="number">${second}</th></tr>`;
  }

  private renderRow(statistic: WageStatistic, [first, second]: string[]) {
    const name = this.statisticName(statistic);
    return second === undefined
      ? html`<tr class=${statistic}><th scope="row">${name}</th><td class="number">${first}</td></tr>`
      : html`<tr class=${statistic}><th scope="row">${name}</th><td class="number">${first}</td><td class="number">${second}</td></tr>`;
  }

  private amount(distribution: WageDistribution, statistic: WageStatistic, cents: boolean) {
    const value = distribution[statistic];
    return value === undefined ? this.msg('Not reported') : wage(this, value, {cents});
  }

  private statisticName(statistic: WageStatistic): string {
    const msg = this.msg;
    switch (statistic) {
      case 'p10':
        return msg('10th percentile');
      case 'p25':
        return msg('25th percentile');
      case 'median':
        return msg('Median');
      case 'p75':
        return msg('75th percentile');
      case 'p90':
        return msg('90th percentile');
      case 'mean':
        return msg('Mean');
    }
  }

  override findProblem({facts}: CareerData) {
    return missingYearProblem(facts.wages, this.year, this.getAttribute('year') ?? undefined);
  }
}
