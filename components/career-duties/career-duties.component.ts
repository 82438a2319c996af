import {html, nothing} from 'lit';
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
  static override readonly shows = ['duties', 'tasks'];

  protected renderCareer(data: CareerData) {
    return html`
      ${this.renderHeading(CareerDuties.sectionLabel(this.msg))}
      ${data.text.duties ? this.renderIntroducedList(data.text.duties, data.text.langs?.duties) : nothing}
      ${data.text.tasks
        ? html`${data.text.duties ? this.renderHeading(this.msg('Tasks (O*NET)'), 1) : nothing}
            ${this.renderList(data.text.tasks, {lang: data.text.langs?.tasks})}`
        : nothing}
      ${data.text.duties || data.text.tasks ? nothing : this.renderMissingSection()}
      ${this.renderTextSources(data, ['duties', 'tasks'])}
    `;
  }
}
