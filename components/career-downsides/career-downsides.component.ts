import {html} from 'lit';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {TextPart} from '../../data/types.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';

/**
 * The downside of the career: what people in it find hard.
 *
 * @tagname career-downsides
 * @summary The hard parts of the job.
 */
export class CareerDownsides extends CareerWidget {
  static override readonly tagName = 'career-downsides';
  static override readonly textPart: TextPart = 'profile';
  static override sectionLabel = (msg: MsgFn) => msg('The downside');
  static override readonly shows = ['downsides'];

  protected renderCareer(data: CareerData) {
    const {downsides} = data.text;
    return html`
      ${this.renderHeading(CareerDownsides.sectionLabel(this.msg))}
      ${downsides ? this.renderList(downsides, {lang: data.text.langs?.downsides}) : this.renderMissingSection()}
      ${this.renderTextSources(data, ['downsides'])}
    `;
  }
}
