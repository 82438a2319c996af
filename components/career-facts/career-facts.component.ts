import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {str} from '@lit/localize';
import {outlookLabel} from '../../src/code-labels.js';
import {optionalNumber} from '../../src/attributes.js';
import {CareerWidget} from '../../src/career-widget.js';
import type {CareerData} from '../../src/data.js';
import {latest, missingYearProblem, wageEdition} from '../../src/wages.js';
import {styles} from './career-facts.styles.js';
import {heading, inLanguage, sources, wage, type Citation} from '../../src/markup.js';

/**
 * A career at a glance: its title and summary, median pay (annual and hourly)
 * with its year, how many people work in it, where they work, and the outlook.
 *
 * @tagname career-facts
 * @summary Quick facts about a career.
 * @csspart summary - The summary paragraph.
 * @csspart facts - The list of facts.
 */
export class CareerFacts extends CareerWidget {
  static override readonly tag = 'career-facts';
  static override styles = [...CareerWidget.styles, styles];

  /** Which wage edition to show, by the year of its figures. Default: the latest. */
  @property({converter: optionalNumber}) year?: number;

  protected renderCareer(data: CareerData) {
    const {facts, text} = data;
    const msg = this.msg;
    const wages = wageEdition(facts.wages ?? [], this.year);
    const employment = latest(facts.employment);
    const outlook = latest(facts.outlook?.map((o) => ({...o, year: o.end})));
    const annual = wages?.annual?.median;
    const hourly = wages?.hourly?.median;
    const textSources = (facts.textSources.overview ?? []).map((source) => ({source}));
    const citations: Citation[] = [wages, employment, outlook && {source: outlook.source}, ...textSources].filter(
      (c): c is Citation => c !== undefined,
    );
    return html`
      ${heading(this, inLanguage(this, text, 'title', text.title))}
      ${text.summary ? html`<p part="summary">${inLanguage(this, text, 'summary', text.summary)}</p>` : nothing}
      <dl part="facts">
        ${annual !== undefined || hourly !== undefined
          ? this.fact(
              msg('Median pay'),
              html`${annual !== undefined ? html`<span>${msg(str`${wage(this, annual)} per year`)}</span>` : nothing}
                ${hourly !== undefined ? html`<span>${msg(str`${wage(this, hourly, {cents: true})} per hour`)}</span>` : nothing}
                ${this.yearNote(wages!.year)}`,
            )
          : nothing}
        ${employment ? this.fact(msg('Jobs'), html`${this.format.count(employment.count)} ${this.yearNote(employment.year)}`) : nothing}
        ${text.whereTheyWork ? this.fact(msg('Where they work'), inLanguage(this, text, 'whereTheyWork', text.whereTheyWork)) : nothing}
        ${outlook ? this.fact(msg('Job outlook'), outlookLabel(msg, this.format, outlook)) : nothing}
      </dl>
      ${sources(this, data, citations)}
    `;
  }

  private fact(term: string, description: unknown) {
    return html`<div class="fact"><dt>${term}</dt><dd>${description}</dd></div>`;
  }

  private yearNote(year: number) {
    return html`<span class="year">(${this.format.year(year)})</span>`;
  }

  override findProblem({facts}: CareerData) {
    return missingYearProblem(facts.wages, this.year, this.getAttribute('year') ?? undefined);
  }
}
