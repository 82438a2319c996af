import {html, nothing} from 'lit';
import {str} from '@lit/localize';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {TextPart} from '../../data/types.js';
import type {Citation} from '../../src/career-widget.js';
import {outlookLabel} from '../../src/labels.js';
import {WageWidget} from '../../src/wage-widget.js';
import type {CareerData} from '../../src/data.js';
import {latest, wageEdition} from '../../src/wages.js';
import {styles} from './career-facts.styles.js';

/**
 * A career at a glance: its title and summary, median pay (annual and hourly)
 * with its year, how many people work in it, where they work, and the outlook.
 *
 * @tagname career-facts
 * @summary Quick facts about a career.
 * @csspart summary - The summary paragraph.
 * @csspart facts - The list of facts.
 */
export class CareerFacts extends WageWidget {
  static override readonly tagName = 'career-facts';
  static override readonly textPart: TextPart = 'overview';
  static override sectionLabel = (msg: MsgFn) => msg('Overview');
  static override readonly shows = ['summary'];
  static override styles = [...WageWidget.styles, styles];

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
      ${this.renderHeading(this.inLanguage(text, 'title', text.title))}
      ${text.summary ? html`<p part="summary">${this.inLanguage(text, 'summary', text.summary)}</p>` : nothing}
      <dl part="facts">
        ${annual !== undefined || hourly !== undefined
          ? this.fact(
              msg('Median pay'),
              html`${annual !== undefined ? html`<span>${msg(str`${this.wage(annual)} per year`)}</span>` : nothing}
                ${hourly !== undefined ? html`<span>${msg(str`${this.wage(hourly, {cents: true})} per hour`)}</span>` : nothing}
                ${this.yearNote(wages!.year)}`,
            )
          : nothing}
        ${employment ? this.fact(msg('Jobs'), html`${this.format.count(employment.count)} ${this.yearNote(employment.year)}`) : nothing}
        ${text.whereTheyWork ? this.fact(msg('Where they work'), this.inLanguage(text, 'whereTheyWork', text.whereTheyWork)) : nothing}
        ${outlook ? this.fact(msg('Job outlook'), outlookLabel(msg, this.format, outlook)) : nothing}
      </dl>
      ${this.renderSources(data, citations)}
    `;
  }

  private fact(term: string, description: unknown) {
    return html`<div class="fact"><dt>${term}</dt><dd>${description}</dd></div>`;
  }

  private yearNote(year: number) {
    return html`<span class="year">(${this.format.year(year)})</span>`;
  }
}
