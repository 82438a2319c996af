import {html, nothing} from 'lit';
import {str} from '@lit/localize';
import type {MsgFn} from '@lit/localize/internal/types.js';
import {property} from 'lit/decorators.js';
import type {NamedExplanation, RatedElement, RuntimeText, TextPart} from '../../data/types.js';
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
  static override readonly shows = ['softSkills', 'personalQualities', 'skills', 'knowledge', 'workStyles'];

  /** How many of O*NET's most important skills, knowledge areas and work styles to show. Default 8. */
  @property({type: Number}) limit = 8;
  static override styles = [...CareerWidget.styles, styles];

  protected renderCareer(data: CareerData) {
    const {text} = data;
    const msg = this.msg;
    return html`
      ${this.renderHeading(this.aroundTitle(text, (title) => msg(str`Skills and qualities: ${title}`)))}
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
      ${this.rated(text, msg('Skills (O*NET)'), data.facts.skills)}
      ${this.rated(text, msg('Knowledge (O*NET)'), data.facts.knowledge)}
      ${this.rated(text, msg('Work styles (O*NET)'), data.facts.workStyles)}
      ${text.softSkills || text.personalQualities || data.facts.skills || data.facts.knowledge || data.facts.workStyles ? nothing : this.renderMissingSection()}
      ${this.renderTextSources(data, ['softSkills', 'personalQualities', 'skills', 'knowledge', 'workStyles'], {selected: true})}
    `;
  }

  /** O*NET's descriptors rated important, most important first, by their names in the widget's language. */
  private rated(text: RuntimeText, heading: string, elements: RatedElement[] | undefined) {
    if (!elements?.length) return nothing;
    const shown = elements.slice(0, Math.max(1, this.limit));
    return html`<section>
      ${this.renderHeading(heading, 1)}
      ${this.renderList(shown.map((e) => this.term(text, e.id, e.name)))}
      ${shown.length < elements.length
        ? html`<p class="note">${this.msg(str`The ${this.format.integer(shown.length)} most important of ${this.format.integer(elements.length)} rated important by O*NET.`)}</p>`
        : nothing}
    </section>`;
  }

  private list(items: NamedExplanation[]) {
    return html`<ul part="list">
      ${items.map(({name, explanation}) => html`<li><strong class="name">${name}</strong> ${explanation}</li>`)}
    </ul>`;
  }
}
