import {html, nothing} from 'lit';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {TextPart} from '../../data/types.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {hollandLabel, workValueLabel} from '../../src/labels.js';
import {styles} from './career-fit.styles.js';

/**
 * Is the job a good fit: the career's Holland interest code with the names of its
 * letters, the personality types (MBTI) and the work values that suit it.
 *
 * @tagname career-fit
 * @summary Interests, personality types and work values that suit the career.
 */
export class CareerFit extends CareerWidget {
  static override styles = [...CareerWidget.styles, styles];
  static override readonly tagName = 'career-fit';
  static override readonly textPart: TextPart = 'profile';
  static override sectionLabel = (msg: MsgFn) => msg('Is this job a good fit?');
  static override readonly shows = ['holland', 'interests', 'mbti', 'workValues'];

  protected renderCareer(data: CareerData) {
    const {facts, text} = data;
    const msg = this.msg;
    // O*NET's current interest profile where there is one; the seeds' code is kept in data/ (data/README.md).
    const holland = facts.interests?.code ?? facts.holland ?? [];
    const mbti = facts.mbti ?? [];
    const values = facts.workValues ?? [];
    if (!holland.length && !mbti.length && !values.length) {
      return html`${this.renderHeading(CareerFit.sectionLabel(msg))}${this.renderMissingSection()}`;
    }
    return html`
      ${this.renderHeading(CareerFit.sectionLabel(msg))}
      ${text.fitIntro ? html`<p>${this.inLanguage(text, 'fitIntro', text.fitIntro)}</p>` : nothing}
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
      ${this.renderSources(data, [
        ...(text.fitIntro ? (facts.textSources.fitIntro ?? []).map((source) => ({source})) : []),
        ...(facts.interests ? [{source: facts.interests.source}] : []),
      ])}
    `;
  }
}
