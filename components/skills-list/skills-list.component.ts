import {html, nothing} from 'lit';
import {str} from '@lit/localize';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {NamedExplanation, TextPart} from '../../data/types.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {styles} from './skills-list.styles.js';

/**
 * The soft skills a career needs, each with why it matters, and the personal
 * qualities that help in it.
 *
 * @tagname skills-list
 * @summary Soft skills and personal qualities of a career.
 * @csspart list - Each list of skills or qualities.
 */
export class SkillsList extends CareerWidget {
  static override readonly tagName = 'skills-list';
  static override readonly textPart: TextPart = 'skills';
  static override sectionLabel = (msg: MsgFn) => msg('Skills and qualities');
  static override styles = [...CareerWidget.styles, styles];

  protected renderCareer(data: CareerData) {
    const {text} = data;
    const msg = this.msg;
    return html`
      ${this.renderHeading(msg(str`Skills and qualities: ${text.title}`))}
      ${text.softSkills
        ? html`<section>
            ${this.renderHeading(msg('Soft skills'), 1)}
            <p>${text.softSkills.intro}</p>
            ${this.list(text.softSkills.items)}
          </section>`
        : nothing}
      ${text.personalQualities
        ? html`<section>
            ${this.renderHeading(msg('Personal qualities'), 1)}
            ${this.list(text.personalQualities)}
          </section>`
        : nothing}
      ${this.renderTextSources(data, ['softSkills', 'personalQualities'])}
    `;
  }

  private list(items: NamedExplanation[]) {
    return html`<ul part="list">
      ${items.map(({name, explanation}) => html`<li><strong class="name">${name}</strong> ${explanation}</li>`)}
    </ul>`;
  }
}
