import {html} from 'lit';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {list, missingSection, sectionHeading, textSources} from '../../src/markup.js';

/**
 * The downside of the career: what people in it find hard.
 *
 * @tagname career-downsides
 * @summary The hard parts of the job.
 */
export class CareerDownsides extends CareerWidget {
  static override readonly tag = 'career-downsides';

  protected renderCareer(data: CareerData) {
    const {downsides} = data.text;
    return html`
      ${sectionHeading(this)}
      ${downsides ? list(this, downsides, {lang: data.text.langs?.downsides}) : missingSection(this)}
      ${textSources(this, data, ['downsides'])}
    `;
  }
}
