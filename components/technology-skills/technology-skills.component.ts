import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {str} from '@lit/localize';
import {count, countOf} from '../../src/attributes.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {styles} from './technology-skills.styles.js';
import {missingSection, sectionHeading, term, textSources} from '../../src/markup.js';

/** How many items are shown without a `limit`. */
const DEFAULT_LIMIT = 15;

/**
 * Technology skills: the software and technologies O*NET lists for the career, hot
 * technologies (often named in job postings) first, each with its kind.
 *
 * @tagname technology-skills
 * @summary Software and technologies used in the career.
 * @csspart list - The list of technologies.
 */
export class TechnologySkills extends CareerWidget {
  static override readonly tag = 'technology-skills';
  static override styles = [...CareerWidget.styles, styles];

  /** How many technologies to show at most. Default 15. */
  @property({converter: count(DEFAULT_LIMIT)}) limit = DEFAULT_LIMIT;

  protected renderCareer(data: CareerData) {
    const msg = this.msg;
    const all = data.facts.technology ?? [];
    if (!all.length) return html`${sectionHeading(this)}${missingSection(this)}`;
    const shown = all.slice(0, countOf(this.limit, DEFAULT_LIMIT));
    const total = data.facts.technologyCount ?? all.length;
    // Product names are names, in no language (WCAG 3.1.2 leaves them out): isolated, so right-to-left text leaves them whole.
    return html`
      ${sectionHeading(this)}
      <ul part="list">
        ${shown.map(
          (t) => html`<li>
            <bdi><strong class="name">${t.name}</strong></bdi> (${term(this, data.text, t.category, t.category)})${t.hot
              ? html` <span class="badge">${msg('Hot technology')}</span>`
              : nothing}
          </li>`,
        )}
      </ul>
      ${shown.length < total
        ? html`<p class="note">${msg(str`${this.format.integer(shown.length)} of the ${this.format.integer(total)} technologies O*NET lists, hot technologies first.`)}</p>`
        : nothing}
      ${textSources(this, data, ['technology'], {selected: shown.length < total})}
    `;
  }
}
