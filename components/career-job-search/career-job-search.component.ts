import {html} from 'lit';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {styles} from './career-job-search.styles.js';
import {inLanguage, missingSection, sectionHeading, textSources} from '../../src/markup.js';

/**
 * How to get the job: the steps, in order.
 *
 * @tagname career-job-search
 * @summary Steps to get the job.
 */
export class CareerJobSearch extends CareerWidget {
  static override styles = [...CareerWidget.styles, styles];
  static override readonly tag = 'career-job-search';

  protected renderCareer(data: CareerData) {
    const steps = data.text.howToGetTheJob;
    return html`
      ${sectionHeading(this)}
      ${steps
        ? html`<ol part="list">
            ${steps.map(({heading, text}) => html`<li>${inLanguage(this, data.text, 'howToGetTheJob', html`<strong class="step">${heading}</strong> ${text}`)}</li>`)}
          </ol>`
        : missingSection(this)}
      ${textSources(this, data, ['howToGetTheJob'])}
    `;
  }
}
