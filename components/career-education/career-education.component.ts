import {html} from 'lit';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {TextPart} from '../../data/types.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {educationLabel} from '../../src/labels.js';
import {styles} from './career-education.styles.js';

/**
 * Education, training and licensing: the minimum education and how people train for the career.
 *
 * @tagname career-education
 * @summary Education, training and licensing.
 */
export class CareerEducation extends CareerWidget {
  static override styles = [...CareerWidget.styles, styles];
  static override readonly tagName = 'career-education';
  static override readonly textPart: TextPart = 'profile';
  static override sectionLabel = (msg: MsgFn) => msg('Education and training');

  protected renderCareer(data: CareerData) {
    const {facts, text} = data;
    const msg = this.msg;
    return html`
      ${this.renderHeading(CareerEducation.sectionLabel(msg))}
      <dl>
        <dt>${msg('Minimum education')}</dt>
        <dd>${educationLabel(msg, facts.education)}</dd>
      </dl>
      ${(text.education ?? []).map((paragraph) => html`<p>${paragraph}</p>`)}
      ${this.renderTextSources(data, ['education'])}
    `;
  }
}
