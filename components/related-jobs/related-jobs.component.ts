import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {str} from '@lit/localize';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {TextPart} from '../../data/types.js';
import {WageWidget} from '../../src/wage-widget.js';
import type {CareerData} from '../../src/data.js';
import {educationLabel} from '../../src/labels.js';
import {wageEdition} from '../../src/wages.js';
import {styles} from './related-jobs.styles.js';

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
export class RelatedJobs extends WageWidget {
  static override readonly tagName = 'related-jobs';
  static override readonly textPart: TextPart = 'related';
  static override sectionLabel = (msg: MsgFn) => msg('Related occupations');
  static override readonly shows = ['related'];
  static override styles = [...WageWidget.styles, styles];

  /** Turns each title into a link: `{id}` is replaced by the occupation's id, e.g. `/careers/{id}`. */
  @property({attribute: 'href-template'}) hrefTemplate?: string;

  protected renderCareer(data: CareerData) {
    const {facts, text} = data;
    const msg = this.msg;
    const related = facts.related ?? [];
    if (!related.length) return html`${this.renderHeading(RelatedJobs.sectionLabel(msg))}${this.renderMissingSection()}`;
    const rows = related.map((occupation) => ({
      ...occupation,
      ...text.related![occupation.id],
      wages: wageEdition(occupation.wages, this.year),
    }));
    return html`
      ${this.renderHeading(RelatedJobs.sectionLabel(msg))}
      <div class="table-scroll" tabindex="0" role="region" aria-label=${msg(str`Occupations related to ${text.title}`)}>
        <table part="table">
          <caption part="caption">${this.aroundTitle(text, (title) => msg(str`Occupations related to ${title}`))}</caption>
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
                <th scope="row">${this.inLanguage(row, 'title', this.hrefTemplate ? html`<a part="link" href=${this.hrefTemplate.replaceAll('{id}', encodeURIComponent(row.id))}>${row.title}</a>` : row.title)}</th>
                <td>${row.summary ? this.inLanguage(row, 'summary', row.summary) : nothing}</td>
                <td class="number">
                  ${row.wages?.annual?.median === undefined
                    ? msg('Not reported')
                    : html`${this.wage(row.wages.annual.median)} <span class="year">(${this.format.year(row.wages.year)})</span>`}
                </td>
                <td>${row.education ? educationLabel(msg, row.education) : nothing}${row.educationNote ? html` ${this.inLanguage(row, 'educationNote', row.educationNote)}` : ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.renderSources(data, [...rows.flatMap((row) => (row.wages ? [row.wages] : [])), ...(facts.code ? [{source: 'onet-29-3'}] : [])], {selected: true})}
    `;
  }

  /**
   * `year` here is the page's (a profile passes its own to every section): a related occupation
   * without figures for it says "Not reported" in its row, and the table stays.
   */
  protected override findProblem() {
    return undefined;
  }
}
