import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {str} from '@lit/localize';
import {optionalNumber} from '../../src/attributes.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {educationLabel} from '../../src/code-labels.js';
import {wageEdition} from '../../src/wages.js';
import {tableStyles} from '../../src/table.styles.js';
import {styles} from './related-jobs.styles.js';
import {aroundTitle, inLanguage, missingSection, sectionHeading, sources, templateHref, wage, tableRegion, ONET_SOURCE} from '../../src/markup.js';

/**
 * Occupations related to a career, as a table: each one's title, what its
 * workers do, its median annual pay with the year, and the minimum education.
 * Without `year`, each occupation shows its latest median.
 *
 * @tagname related-jobs
 * @summary A table of related occupations.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart link - Each occupation's link, when `href-template` is set.
 */
export class RelatedJobs extends CareerWidget {
  static override readonly tag = 'related-jobs';
  static override styles = [...CareerWidget.styles, tableStyles, styles];

  /**
   * Which wage edition to show, by the year of its figures; an occupation without figures for
   * it says “Not reported” in its row. Default: each occupation's latest.
   */
  @property({converter: optionalNumber}) year?: number;

  /** Turns each title into a link: `{id}` is replaced by the occupation's id, e.g. `/careers/{id}`. */
  @property({attribute: 'href-template'}) hrefTemplate?: string;

  protected renderCareer(data: CareerData) {
    const {facts, text} = data;
    const msg = this.msg;
    const related = facts.related ?? [];
    if (!related.length) return html`${sectionHeading(this)}${missingSection(this)}`;
    // A host's file may name related occupations without their text: each is then named by its id.
    const rows = related.map((occupation) => ({
      title: occupation.id,
      ...occupation,
      ...text.related?.[occupation.id],
      wages: wageEdition(occupation.wages, this.year),
    }));
    return html`
      ${sectionHeading(this)}
      ${tableRegion(msg(str`Occupations related to ${text.title}`), html`<table part="table">
          <caption part="caption">${aroundTitle(this, text, (title) => msg(str`Occupations related to ${title}`))}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Occupation')}</th>
              <th scope="col">${msg('What they do')}</th>
              <th scope="col" class="number">${msg('Median pay per year')}</th>
              <th scope="col">${msg('Typical education for entry')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                <th scope="row">${inLanguage(this, row, 'title', this.link(row.id, row.title))}</th>
                <td>${row.summary ? inLanguage(this, row, 'summary', row.summary) : nothing}</td>
                <td class="number">
                  ${row.wages?.annual?.median === undefined
                    ? msg('Not reported')
                    : html`${wage(this, row.wages.annual.median)} <span class="year">(${this.format.year(row.wages.year)})</span>`}
                </td>
                <td>${row.education ? educationLabel(msg, row.education) : nothing}${row.educationNote ? html` ${inLanguage(this, row, 'educationNote', row.educationNote)}` : ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>`)}
      ${sources(this, data, [...rows.flatMap((row) => (row.wages ? [row.wages] : [])), ...(facts.code ? [{source: ONET_SOURCE}] : [])], {selected: true})}
    `;
  }

  /** The title as a link where `href-template` makes a web address of it. */
  private link(id: string, title: string) {
    const href = templateHref(this.hrefTemplate, {id});
    return href ? html`<a part="link" href=${href}>${title}</a>` : title;
  }
}
