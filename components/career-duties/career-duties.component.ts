import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {str} from '@lit/localize';
import {count, countOf} from '../../src/attributes.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {heading, introducedList, list, missingSection, sectionHeading, textSources} from '../../src/markup.js';

/** How many items are shown without a `limit`. */
const DEFAULT_LIMIT = 12;

/**
 * A day in the life: the duties employers list for the career.
 *
 * @tagname career-duties
 * @summary What the job involves, day to day.
 */
export class CareerDuties extends CareerWidget {
  static override readonly tag = 'career-duties';

  /** How many of O*NET's tasks to show, core tasks first. Default 12. */
  @property({converter: count(DEFAULT_LIMIT)}) limit = DEFAULT_LIMIT;

  protected renderCareer(data: CareerData) {
    return html`
      ${sectionHeading(this)}
      ${data.text.duties ? introducedList(this, data.text.duties, data.text.langs?.duties) : nothing}
      ${data.text.tasks ? this.renderTasks(data.text.tasks, data) : nothing}
      ${data.text.duties || data.text.tasks ? nothing : missingSection(this)}
      ${textSources(this, data, ['duties', 'tasks'], {selected: (data.text.tasks?.length ?? 0) > countOf(this.limit, DEFAULT_LIMIT)})}
    `;
  }

  private renderTasks(tasks: string[], {text}: CareerData) {
    const msg = this.msg;
    const shown = tasks.slice(0, countOf(this.limit, DEFAULT_LIMIT));
    return html`${text.duties ? heading(this, msg('Tasks (O*NET)'), 1) : nothing}
      ${list(this, shown, {lang: text.langs?.tasks})}
      ${shown.length < tasks.length
        ? html`<p class="note">${msg(str`${this.format.integer(shown.length)} of the ${this.format.integer(tasks.length)} tasks O*NET lists, core tasks first.`)}</p>`
        : nothing}`;
  }
}
