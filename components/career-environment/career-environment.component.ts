import {html, nothing} from 'lit';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {TextPart} from '../../data/types.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';

/**
 * Work environment and schedule: where and when people in the career work.
 *
 * @tagname career-environment
 * @summary Where and when the work happens.
 */
export class CareerEnvironment extends CareerWidget {
  static override readonly tagName = 'career-environment';
  static override readonly textPart: TextPart = 'profile';
  static override sectionLabel = (msg: MsgFn) => msg('Work environment and schedule');
  static override readonly shows = ['workEnvironment', 'schedule'];

  protected renderCareer(data: CareerData) {
    const {workEnvironment, schedule} = data.text;
    const msg = this.msg;
    return html`
      ${this.renderHeading(CareerEnvironment.sectionLabel(msg))}
      ${workEnvironment ? html`${this.renderHeading(msg('Work environment'), 1)}<p>${this.inLanguage(data.text, 'workEnvironment', workEnvironment)}</p>` : nothing}
      ${schedule ? html`${this.renderHeading(msg('Schedule'), 1)}<p>${this.inLanguage(data.text, 'schedule', schedule)}</p>` : nothing}
      ${workEnvironment || schedule ? nothing : this.renderMissingSection()}
      ${this.renderTextSources(data, ['workEnvironment', 'schedule'])}
    `;
  }
}
