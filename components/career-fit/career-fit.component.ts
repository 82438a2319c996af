import {html, nothing} from 'lit';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {hollandLabel, workValueLabel} from '../../src/code-labels.js';
import {styles} from './career-fit.styles.js';
import {inLanguage, missingSection, sectionHeading, sources} from '../../src/markup.js';

/**
 * Is the job a good fit: the career's Holland interest code with the names of its
 * letters, the personality types (MBTI) and the work values that suit it.
 *
 * @tagname career-fit
 * @summary Interests, personality types and work values that suit the career.
 */
export class CareerFit extends CareerWidget {
  static override styles = [...CareerWidget.styles, styles];
  static override readonly tag = 'career-fit';

  protected renderCareer(data: CareerData) {
    const {facts, text} = data;
    const msg = this.msg;
    // O*NET's current interest profile where there is one; the seeds' code is kept in data/ (data/README.md).
    const holland = facts.interests?.code ?? facts.holland ?? [];
    const mbti = facts.mbti ?? [];
    const values = facts.workValues ?? [];
    if (!holland.length && !mbti.length && !values.length) {
      return html`${sectionHeading(this)}${missingSection(this)}`;
    }
    return html`
      ${sectionHeading(this)}
      ${text.fitIntro ? html`<p>${inLanguage(this, text, 'fitIntro', text.fitIntro)}</p>` : nothing}
      <dl>
        ${holland.length
          ? html`<dt>${msg('Interests (Holland code)')}</dt>
              <dd><span class="code" dir="ltr">${holland.join('')}</span>: ${this.format.list(holland.map((letter) => hollandLabel(msg, letter)))}</dd>`
          : nothing}
        ${mbti.length
          ? html`<dt>${msg('Personality types (MBTI)')}</dt>
              <dd dir="ltr" class="code">${this.format.list(mbti, 'disjunction')}</dd>`
          : nothing}
        ${values.length
          ? html`<dt>${msg('Work values')}</dt>
              <dd>${this.format.list(values.map((value) => workValueLabel(msg, value)))}</dd>`
          : nothing}
      </dl>
      ${sources(this, data, [
        ...(text.fitIntro ? (facts.textSources.fitIntro ?? []).map((source) => ({source})) : []),
        ...(facts.interests ? [{source: facts.interests.source}] : []),
      ])}
    `;
  }
}
