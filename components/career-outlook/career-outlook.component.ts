import {html, nothing} from 'lit';
import {str} from '@lit/localize';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {outlookLabel} from '../../src/code-labels.js';
import {tableStyles} from '../../src/table.styles.js';
import {aroundTitle, list, missingSection, sectionHeading, sources, tableRegion} from '../../src/markup.js';

/**
 * Job outlook: every employment projection of the data, newest first, and the
 * number of people employed by year.
 *
 * @tagname career-outlook
 * @summary Employment projections and head counts.
 * @csspart table - The employment table.
 */
export class CareerOutlook extends CareerWidget {
  static override readonly tag = 'career-outlook';
  static override styles = [...CareerWidget.styles, tableStyles];

  protected renderCareer(data: CareerData) {
    const {facts, text} = data;
    const msg = this.msg;
    const projections = [...(facts.outlook ?? [])].sort((a, b) => b.end - a.end);
    const employment = [...(facts.employment ?? [])].sort((a, b) => b.year - a.year);
    return html`
      ${sectionHeading(this)}
      ${projections.length ? list(this, projections.map((projection) => outlookLabel(msg, this.format, projection))) : nothing}
      ${projections[0]?.employment
        ? html`<dl>
            <dt>${msg(str`Employment, ${this.format.year(projections[0].start)} and ${this.format.year(projections[0].end)}`)}</dt>
            <dd>${msg(str`${this.format.integer(projections[0].employment.start)} → ${this.format.integer(projections[0].employment.end)} (projected)`)}</dd>
            ${projections[0].annualOpenings !== undefined
              ? html`<dt>${msg('Openings each year, on average')}</dt><dd>${this.format.integer(projections[0].annualOpenings)}</dd>`
              : nothing}
          </dl>`
        : nothing}
      ${projections[0]?.soc
        ? html`<p class="note">${msg(str`These projections are for the broader group SOC ${projections[0].soc}, which includes this occupation.`)}</p>`
        : nothing}
      ${projections.length || employment.length ? nothing : missingSection(this)}
      ${employment.length
        ? html`${tableRegion(msg(str`Employment of ${text.title}`), html`<table part="table">
              <caption>${aroundTitle(this, text, (title) => msg(str`Employment of ${title}`))}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Year')}</th>
                  <th scope="col" class="number">${msg('People employed')}</th>
                </tr>
              </thead>
              <tbody>
                ${employment.map(
                  ({year, count}) => html`<tr>
                    <th scope="row">${this.format.year(year)}</th>
                    <td class="number">${this.format.integer(count)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`)}${this.renderEmploymentScope(employment)}`
        : nothing}
      ${sources(this, data, [
        ...projections.map(({source}) => ({source})),
        ...employment.map(({source, year}) => ({source, year})),
      ])}
    `;
  }

  /** Whose head counts these are, where the BLS counts only a broader group (each broader group named once). */
  private renderEmploymentScope(employment: {soc?: string}[]) {
    const groups = [...new Set(employment.flatMap(({soc}) => (soc ? [soc] : [])))];
    return groups.map(
      (soc) => html`<p class="note">${this.msg(str`These figures are for the broader group SOC ${soc}, which includes this occupation: the BLS publishes no figures for it alone.`)}</p>`,
    );
  }
}
