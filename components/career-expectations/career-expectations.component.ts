import {html} from 'lit';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {TextPart} from '../../data/types.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';

/**
 * What employers expect: requirements quoted from real job announcements.
 *
 * @tagname career-expectations
 * @summary Requirements from job announcements.
 */
export class CareerExpectations extends CareerWidget {
  static override readonly tagName = 'career-expectations';
  static override readonly textPart: TextPart = 'profile';
  static override sectionLabel = (msg: MsgFn) => msg('What employers expect');
  static override readonly shows = ['employerExpectations'];

  protected renderCareer(data: CareerData) {
    return html`
      ${this.renderHeading(CareerExpectations.sectionLabel(this.msg))}
      ${this.renderIntroducedList(data.text.employerExpectations, data.text.langs?.employerExpectations)}
      ${this.renderTextSources(data, ['employerExpectations'])}
    `;
  }
}
