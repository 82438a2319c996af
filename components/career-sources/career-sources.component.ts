import {html} from 'lit';
import {str} from '@lit/localize';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {TextPart} from '../../data/types.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {publicSourceCitation} from '../../src/labels.js';

/**
 * Sources: every source the career's figures and text come from, with the date the
 * edition citing it was visited and a link.
 *
 * @tagname career-sources
 * @summary Every source of the career's figures and text.
 */
export class CareerSources extends CareerWidget {
  static override readonly tagName = 'career-sources';
  static override readonly textPart: TextPart = 'overview';
  static override sectionLabel = (msg: MsgFn) => msg('Sources');
  static override readonly shows = ['sources'];

  protected renderCareer({facts, text}: CareerData) {
    const msg = this.msg;
    return html`
      ${this.renderHeading(CareerSources.sectionLabel(msg))}
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
