import {html} from 'lit';
import {str} from '@lit/localize';
import {WAGE_STATISTICS, type WageDistribution, type WageStatistic, type TextPart} from '../../data/types.js';
import {WageWidget} from '../../src/wage-widget.js';
import type {CareerData} from '../../src/data.js';
import {wageEdition} from '../../src/wages.js';
import {styles} from './salary-table.styles.js';

/**
 * The wage statistics of one edition of a career's data, as a table: each
 * percentile (and the mean) the edition reports, annual and hourly, in US dollars,
 * with the edition's year and source.
 *
 * @tagname salary-table
 * @summary Wage percentiles of a career, annual and hourly.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 */
export class SalaryTable extends WageWidget {
  static override readonly tagName = 'salary-table';
  static override readonly textPart: TextPart = 'overview';
  static override styles = [...WageWidget.styles, styles];



  protected renderCareer(data: CareerData) {
    const {facts, text} = data;
    const msg = this.msg;
    const edition = wageEdition(facts.wages, this.year)!;
    const periods = (['annual', 'hourly'] as const).filter((period) => edition[period]);
    const statistics = WAGE_STATISTICS.filter((s) => periods.some((period) => edition[period]![s] !== undefined));
    const year = this.format.year(edition.year);
    return html`
      ${this.renderHeading(msg(str`Wages: ${text.title}`))}
      <div class="table-scroll" tabindex="0" role="region" aria-label=${msg(str`Wages in ${year}`)}>
        <table part="table">
          <caption part="caption">${msg(str`Wages in ${year}, in US dollars`)}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Pay level')}</th>
              ${periods.map((period) => html`<th scope="col" class="number">${period === 'annual' ? msg('Per year') : msg('Per hour')}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${statistics.map(
              (statistic) => html`<tr class=${statistic}>
                <th scope="row">${this.statisticName(statistic)}</th>
                ${periods.map((period) => html`<td class="number">${this.amount(edition[period]!, statistic, period === 'hourly')}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.renderSources(data, [edition])}
    `;
  }


  private amount(distribution: WageDistribution, statistic: WageStatistic, cents: boolean) {
    const value = distribution[statistic];
    return value === undefined ? this.msg('Not reported') : this.format.money(value, {cents});
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
}
