import {html} from 'lit';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {TextPart} from '../../data/types.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {styles} from './career-job-search.styles.js';

/**
 * How to get the job: the steps, in order.
 *
 * @tagname career-job-search
 * @summary Steps to get the job.
 */
export class CareerJobSearch extends CareerWidget {
  static override styles = [...CareerWidget.styles, styles];
  static override readonly tagName = 'career-job-search';
  static override readonly textPart: TextPart = 'profile';
  static override sectionLabel = (msg: MsgFn) => msg('How to get the job');
  static override readonly shows = ['howToGetTheJob'];

  protected renderCareer(data: CareerData) {
    const steps = data.text.howToGetTheJob;
    return html`
      ${this.renderHeading(CareerJobSearch.sectionLabel(this.msg))}
      ${steps
        ? html`<ol part="list">
            ${steps.map(({heading, text}) => html`<li>${this.inLanguage(data.text, 'howToGetTheJob', html`<strong class="step">${heading}</strong> ${text}`)}</li>`)}
          </ol>`
        : this.renderMissingSection()}
      ${this.renderTextSources(data, ['howToGetTheJob'])}
    `;
  }
}
