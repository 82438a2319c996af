import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {str} from '@lit/localize';
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

  /** How many of O*NET's tasks to show, core tasks first. Default 12. */
  @property({type: Number}) limit = 12;

  protected renderCareer(data: CareerData) {
    return html`
      ${this.renderHeading(CareerDuties.sectionLabel(this.msg))}
      ${data.text.duties ? this.renderIntroducedList(data.text.duties, data.text.langs?.duties) : nothing}
      ${data.text.tasks ? this.renderTasks(data.text.tasks, data) : nothing}
      ${data.text.duties || data.text.tasks ? nothing : this.renderMissingSection()}
      ${this.renderTextSources(data, ['duties', 'tasks'], {selected: (data.text.tasks?.length ?? 0) > this.shownTasks})}
    `;
  }

  private get shownTasks() {
    return Math.max(1, this.limit);
  }

  private renderTasks(tasks: string[], {text}: CareerData) {
    const msg = this.msg;
    const shown = tasks.slice(0, this.shownTasks);
    return html`${text.duties ? this.renderHeading(msg('Tasks (O*NET)'), 1) : nothing}
      ${this.renderList(shown, {lang: text.langs?.tasks})}
      ${shown.length < tasks.length
        ? html`<p class="note">${msg(str`${this.format.integer(shown.length)} of the ${this.format.integer(tasks.length)} tasks O*NET lists, core tasks first.`)}</p>`
        : nothing}`;
  }
}
