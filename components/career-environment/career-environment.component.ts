import {html, nothing} from 'lit';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {heading, inLanguage, missingSection, sectionHeading, textSources} from '../../src/markup.js';

/**
 * Work environment and schedule: where and when people in the career work.
 *
 * @tagname career-environment
 * @summary Where and when the work happens.
 */
export class CareerEnvironment extends CareerWidget {
  static override readonly tag = 'career-environment';

  protected renderCareer(data: CareerData) {
    const {workEnvironment, schedule} = data.text;
    const msg = this.msg;
    return html`
      ${sectionHeading(this)}
      ${workEnvironment ? html`${heading(this, msg('Work environment'), 1)}<p>${inLanguage(this, data.text, 'workEnvironment', workEnvironment)}</p>` : nothing}
      ${schedule ? html`${heading(this, msg('Schedule'), 1)}<p>${inLanguage(this, data.text, 'schedule', schedule)}</p>` : nothing}
      ${workEnvironment || schedule ? nothing : missingSection(this)}
      ${textSources(this, data, ['workEnvironment', 'schedule'])}
    `;
  }
}
