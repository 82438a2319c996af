import {html} from 'lit';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {introducedList, sectionHeading, textSources} from '../../src/markup.js';

/**
 * What employers expect: requirements quoted from real job announcements.
 *
 * @tagname career-expectations
 * @summary Requirements from job announcements.
 */
export class CareerExpectations extends CareerWidget {
  static override readonly tag = 'career-expectations';

  protected renderCareer(data: CareerData) {
    return html`
      ${sectionHeading(this)}
      ${introducedList(this, data.text.employerExpectations, data.text.langs?.employerExpectations)}
      ${textSources(this, data, ['employerExpectations'])}
    `;
  }
}
