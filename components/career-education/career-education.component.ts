import {html, nothing} from 'lit';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {educationLabel, experienceLabel, jobZoneLabel, trainingLabel} from '../../src/code-labels.js';
import {styles} from './career-education.styles.js';
import {inLanguage, missingSection, sectionHeading, sources, ONET_SOURCE} from '../../src/markup.js';

/**
 * Education, training and licensing: the minimum education and how people train for the career.
 *
 * @tagname career-education
 * @summary Education, training and licensing.
 */
export class CareerEducation extends CareerWidget {
  static override styles = [...CareerWidget.styles, styles];
  static override readonly tag = 'career-education';

  protected renderCareer(data: CareerData) {
    const {facts, text} = data;
    const msg = this.msg;
    return html`
      ${sectionHeading(this)}
      ${facts.education || facts.experience || facts.training || facts.jobZone
        ? html`<dl>
            ${facts.education ? html`<dt>${msg('Typical education for entry')}</dt><dd>${educationLabel(msg, facts.education)}</dd>` : nothing}
            ${facts.experience ? html`<dt>${msg('Work experience')}</dt><dd>${experienceLabel(msg, facts.experience)}</dd>` : nothing}
            ${facts.training ? html`<dt>${msg('On-the-job training')}</dt><dd>${trainingLabel(msg, facts.training)}</dd>` : nothing}
            ${facts.jobZone ? html`<dt>${msg('Preparation (O*NET Job Zone)')}</dt><dd>${jobZoneLabel(msg, facts.jobZone)}</dd>` : nothing}
          </dl>`
        : nothing}
      ${(text.education ?? []).map((paragraph) => html`<p>${inLanguage(this, text, 'education', paragraph)}</p>`)}
      ${facts.education || facts.experience || facts.training || facts.jobZone || text.education ? nothing : missingSection(this)}
      ${sources(this, data, [
        ...(text.education ? (facts.textSources.education ?? []).map((source) => ({source})) : []),
        ...(facts.education || facts.experience || facts.training ? [{source: 'bls-ep-2024-34'}] : []),
        ...(facts.jobZone ? [{source: ONET_SOURCE}] : []),
      ])}
    `;
  }
}
