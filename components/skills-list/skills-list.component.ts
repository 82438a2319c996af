import {html, nothing} from 'lit';
import {str} from '@lit/localize';
import {property} from 'lit/decorators.js';
import type {NamedExplanation, RatedElement, RuntimeText} from '../../data/types.js';
import {count, countOf} from '../../src/attributes.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {styles} from './skills-list.styles.js';
import {aroundTitle, heading, list, missingSection, term, textSources} from '../../src/markup.js';

/** How many items are shown without a `limit`. */
const DEFAULT_LIMIT = 8;

/**
 * The soft skills a career needs, each with why it matters, and the personal
 * qualities that help in it.
 *
 * @tagname skills-list
 * @summary Soft skills and personal qualities of a career.
 * @csspart list - Each list of skills or qualities.
 */
export class SkillsList extends CareerWidget {
  static override readonly tag = 'skills-list';

  /** How many of O*NET's most important skills, knowledge areas and work styles to show. Default 8. */
  @property({converter: count(DEFAULT_LIMIT)}) limit = DEFAULT_LIMIT;
  static override styles = [...CareerWidget.styles, styles];

  protected renderCareer(data: CareerData) {
    const {text} = data;
    const msg = this.msg;
    return html`
      ${heading(this, aroundTitle(this, text, (title) => msg(str`Skills and qualities: ${title}`)))}
      ${text.softSkills
        ? html`<section>
            ${heading(this, msg('Soft skills'), 1)}
            <p>${text.softSkills.intro}</p>
            ${this.explainedList(text.softSkills.items)}
          </section>`
        : nothing}
      ${text.personalQualities
        ? html`<section>
            ${heading(this, msg('Personal qualities'), 1)}
            ${this.explainedList(text.personalQualities)}
          </section>`
        : nothing}
      ${this.rated(text, msg('Skills (O*NET)'), data.facts.skills)}
      ${this.rated(text, msg('Knowledge (O*NET)'), data.facts.knowledge)}
      ${this.rated(text, msg('Work styles (O*NET)'), data.facts.workStyles)}
      ${text.softSkills || text.personalQualities || data.facts.skills || data.facts.knowledge || data.facts.workStyles ? nothing : missingSection(this)}
      ${textSources(this, data, ['softSkills', 'personalQualities', 'skills', 'knowledge', 'workStyles'], {selected: true})}
    `;
  }

  /** O*NET's descriptors rated important, most important first, by their names in the widget's language. */
  private rated(text: RuntimeText, title: string, elements: RatedElement[] | undefined) {
    if (!elements?.length) return nothing;
    const shown = elements.slice(0, countOf(this.limit, DEFAULT_LIMIT));
    return html`<section>
      ${heading(this, title, 1)}
      ${list(this, shown.map((e) => term(this, text, e.id, e.name)))}
      ${shown.length < elements.length
        ? html`<p class="note">${this.msg(str`The ${this.format.integer(shown.length)} most important of ${this.format.integer(elements.length)} rated important by O*NET.`)}</p>`
        : nothing}
    </section>`;
  }

  private explainedList(items: NamedExplanation[]) {
    return html`<ul part="list">
      ${items.map(({name, explanation}) => html`<li><strong class="name">${name}</strong> ${explanation}</li>`)}
    </ul>`;
  }
}
