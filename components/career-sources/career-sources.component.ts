import {html} from 'lit';
import {str} from '@lit/localize';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {publicSourceCitation} from '../../src/code-labels.js';
import {missingSection, sectionHeading} from '../../src/markup.js';

/**
 * Sources: every source the career's figures and text come from, with the date the
 * edition citing it was visited and a link.
 *
 * @tagname career-sources
 * @summary Every source of the career's figures and text.
 */
export class CareerSources extends CareerWidget {
  static override readonly tag = 'career-sources';

  protected renderCareer({facts, text}: CareerData) {
    const msg = this.msg;
    if (!Object.keys(facts.sources).length) return html`${sectionHeading(this)}${missingSection(this)}`;
    return html`
      ${sectionHeading(this)}
      <ul part="list">
        ${Object.entries(facts.sources).map(([id, {url, visited}]) => {
          const citation = text.sources[id] ?? publicSourceCitation(msg, id) ?? facts.sources[id].publisher;
          return html`<li>
            ${url ? html`<a href=${url}>${citation}</a>` : citation}${visited
              ? html` <span class="year">${msg(str`(visited ${this.format.date(visited)})`)}</span>`
              : ''}
          </li>`;
        })}
      </ul>
    `;
  }
}
