import {html} from 'lit';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {TextPart} from '../../data/types.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';

/**
 * A day in the life: the duties employers list for the career.
 *
 * @tagname career-duties
 * @summary What the job involves, day to day.
 */
export class CareerDuties extends CareerWidget {
  static override readonly tagName = 'career-duties';
  static override readonly textPart: TextPart = 'profile';
  static override sectionLabel = (msg: MsgFn) => msg('A day in the life');

  protected renderCareer(data: CareerData) {
    return html`
      ${this.renderHeading(CareerDuties.sectionLabel(this.msg))}
      ${this.renderIntroducedList(data.text.duties)}
      ${this.renderTextSources(data, ['duties'])}
    `;
  }
}
