import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {str} from '@lit/localize';
import {comparisonLabel, educationLabel, hollandLabel, jobZoneLabel, publicSourceCitation} from '../../src/code-labels.js';
import {elementEntry} from '../../src/elements.js';
import {emit} from '../../src/events.js';
import {EDUCATION, explore, INTERESTS, JOB_ZONES, OUTLOOKS, PAY_STEPS} from '../../src/explore.js';
import {FinderWidget} from '../../src/finder-widget.js';
import {heading, templateHref, wage, type MarkupHost} from '../../src/markup.js';
import type {IndexedOccupation} from '../../src/search.js';
import {styles} from './career-explorer.styles.js';

const PAGE = 50;
/** The filters and the open profile, as attributes and in the URL hash. */
const STATE_KEYS = ['interest', 'job-zone', 'education', 'pay-min', 'pay-max', 'outlook', 'sort', 'career'] as const;

/**
 * Every occupation, to browse by interest area (RIASEC), preparation (Job Zone) or typical
 * education, median pay and outlook, sorted by title, pay or growth. Each result shows its title,
 * its median pay with the year, and its outlook. Choosing one fires `career-select`; unless a
 * listener calls `preventDefault()`, it then follows `href-template` where one is set, or else
 * opens the occupation's profile in place (LMS iframes have nowhere else to go), with a button
 * back to the list. With `hash-state`, the filters and the open profile live in the URL hash, so
 * the browser's Back button returns from a profile to the list, inside an iframe too.
 *
 * @tagname career-explorer
 * @summary Browse and filter every occupation; open one's profile in place.
 * @event {CustomEvent<CareerProfileOpenDetail>} career-profile-open - A profile was opened in place. `detail`: `{career, code, locale}`.
 * @csspart heading - The heading.
 * @csspart filters - The filter and sort controls.
 * @csspart results - The list of occupations.
 * @csspart result - One occupation.
 * @csspart result-title - An occupation's title: a link with `href-template`, else a button.
 * @csspart more - The button that lists more occupations.
 * @csspart back - The button back to the list from a profile.
 * @csspart profile - The `<career-profile>` opened in place.
 * @csspart sources - The sources of the figures.
 */
export class CareerExplorer extends FinderWidget implements MarkupHost {
  static override readonly tag = 'career-explorer';
  static override styles = [...FinderWidget.styles, styles];

  /** Only occupations of this primary interest area: R, I, A, S, E or C. */
  @property() interest = '';

  /** Only occupations of this Job Zone (1–5), O*NET's measure of the preparation a job needs. */
  @property({attribute: 'job-zone'}) jobZone = '';

  /** Only occupations whose typical education for entry is this (e.g. `bachelor`). */
  @property() education = '';

  /** Only occupations whose median annual pay is at least this, in U.S. dollars. */
  @property({attribute: 'pay-min'}) payMin = '';

  /** Only occupations whose median annual pay is at most this, in U.S. dollars. */
  @property({attribute: 'pay-max'}) payMax = '';

  /** Only occupations with this outlook: much-faster, faster, as-fast, slower or decline. */
  @property() outlook = '';

  /** The order: `title` (default), `pay` (highest first) or `outlook` (fastest growth first). */
  @property() sort = 'title';

  /** The occupation whose profile is open in place, by id or code. */
  @property({reflect: true}) career = '';

  /** Turns each title into a link: `{career}` is replaced by the occupation's id, `{code}` by its code, e.g. `/careers/{career}`. */
  @property({attribute: 'href-template'}) hrefTemplate?: string;

  /** Keeps the filters and the open profile in the URL hash, so Back and reloads work (the embed page sets it). */
  @property({type: Boolean, attribute: 'hash-state'}) hashState = false;

  /** Replaces the text of the heading. */
  @property() heading?: string;

  /** The level (1–6) of the heading; the profile's is one below. Default 2. */
  @property({attribute: 'heading-level'}) headingLevel = '2';

  @state() private shown = PAGE;

  readonly noAttribution = true;
  readonly sectionLabel = undefined;

  get headingLevelNumber() {
    const level = Number(this.headingLevel);
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.index.want();
    if (this.hashState) {
      // A hash of ours (a reload, a shared link) wins over the attributes it was written from.
      if (STATE_KEYS.some((key) => new URLSearchParams(location.hash.slice(1)).has(key))) this.readHash();
      else this.writeHash('replace');
      addEventListener('popstate', this.readHash);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('popstate', this.readHash);
  }

  override render() {
    const search = this.index.search;
    if (this.career) return this.frame(this.profile());
    const title = heading(this, this.msg('Explore careers'));
    if (!search) {
      const loading = this.index.loading ? html`<p part="status" class="status" role="status">${this.msg('Loading occupations…')}</p>` : nothing;
      return this.frame(html`${title}${loading}`);
    }
    const found = explore(search.occupations, this);
    return this.frame(html`
      ${title} ${this.filters()}
      <p part="status" class="count" role="status">${this.msg(str`Occupations found: ${this.format.integer(found.length)}`)}</p>
      <ul part="results" class="results">
        ${found.slice(0, this.shown).map((occupation) => this.result(occupation))}
      </ul>
      ${found.length > this.shown
        ? html`<button part="more" class="more" type="button" @click=${() => (this.shown += PAGE)}>
            ${this.msg(str`Show ${this.format.integer(Math.min(PAGE, found.length - this.shown))} more`)}
          </button>`
        : nothing}
      ${this.sources(search.index.latest)}
    `);
  }

  private filters() {
    const msg = this.msg;
    const money = (amount: number) => this.format.money(amount);
    const select = (name: (typeof STATE_KEYS)[number], label: string, value: string, options: [string, string][], any = msg('Any')) => html`
      <label class="filter">
        <span class="filter-label">${label}</span>
        <select name=${name} .value=${value} @change=${this.changed}>
          ${any ? html`<option value="">${any}</option>` : nothing}
          ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
        </select>
      </label>
    `;
    return html`<form part="filters" class="filters" role="search" aria-label=${msg('Filter occupations')} @submit=${(event: Event) => event.preventDefault()}>
      ${select('interest', msg('Interest area'), this.interest, INTERESTS.map((letter) => [letter, hollandLabel(msg, letter)]))}
      ${select('job-zone', msg('Preparation needed'), this.jobZone, JOB_ZONES.map((zone) => [String(zone), jobZoneLabel(msg, zone)]))}
      ${select('education', msg('Typical education for entry'), this.education, EDUCATION.map((code) => [code, educationLabel(msg, code)]))}
      ${select('pay-min', msg('Median pay per year, at least'), this.payMin, PAY_STEPS.map((amount) => [String(amount), money(amount)]))}
      ${select('pay-max', msg('Median pay per year, at most'), this.payMax, PAY_STEPS.map((amount) => [String(amount), money(amount)]))}
      ${select('outlook', msg('Outlook'), this.outlook, OUTLOOKS.map((code) => [code, comparisonLabel(msg, code)]))}
      ${select('sort', msg('Sort by'), this.sort, [['title', msg('Title')], ['pay', msg('Median pay, highest first')], ['outlook', msg('Growth, fastest first')]], '')}
    </form>`;
  }

  private result(occupation: IndexedOccupation) {
    const {id, code, title, titleLang, pay, outlook} = occupation;
    const lang = this.l10n.otherLanguage(titleLang) ?? nothing;
    const href = templateHref(this.hrefTemplate, {career: id, id, code: code ?? id});
    const choose = (event: Event) => this.choose(event, occupation);
    return html`<li part="result" class="result" data-career=${id}>
      ${href
        ? html`<a part="result-title" class="title" href=${href} lang=${lang} @click=${choose}>${title}</a>`
        : html`<button part="result-title" class="title" type="button" lang=${lang} @click=${choose}>${title}</button>`}
      <span class="figure">${pay ? this.payText(pay) : this.msg('Median pay: not reported')}</span>
      <span class="figure">${outlook ? this.outlookText(outlook) : this.msg('Outlook: not projected')}</span>
    </li>`;
  }

  private payText({median, per, year}: NonNullable<IndexedOccupation['pay']>) {
    const amount = wage(this, median);
    const edition = this.format.year(year!);
    return per === 'hour' ? this.msg(str`Median pay: ${amount} an hour (${edition})`) : this.msg(str`Median pay: ${amount} a year (${edition})`);
  }

  private outlookText({comparedWithAverage, growthPercent, start, end}: NonNullable<IndexedOccupation['outlook']>) {
    const comparison = comparisonLabel(this.msg, comparedWithAverage);
    const period = this.format.yearRange(start!, end!);
    if (growthPercent === undefined) return this.msg(str`Outlook: ${comparison}, ${period}`);
    return this.msg(str`Outlook: ${comparison} (${this.format.percent(growthPercent)}, ${period})`);
  }

  private sources({pay, outlook}: {pay: {year: number; source: string}; outlook: {start: number; end: number; source: string}}) {
    const name = (source: string) => publicSourceCitation(this.msg, source) ?? source;
    const cited = this.format.list([`${name(pay.source)} (${this.format.year(pay.year)})`, name(outlook.source)]);
    return html`<p part="sources" class="sources">${this.msg(str`Sources: ${cited}.`)}</p>`;
  }

  private profile() {
    return html`
      <button part="back" class="back" type="button" @click=${this.back}>${this.msg('Back to the list')}</button>
      <career-profile part="profile" career=${this.career} heading-level=${String(this.headingLevelNumber)}></career-profile>
    `;
  }

  private changed(event: Event) {
    const {name, value} = event.target as HTMLSelectElement;
    this.state = {...this.state, [name]: value};
    this.shown = PAGE;
    this.writeHash('replace');
  }

  private choose(event: Event, occupation: IndexedOccupation) {
    if (!this.select(occupation)) {
      event.preventDefault();
      return;
    }
    if (templateHref(this.hrefTemplate, {})) return;
    this.career = occupation.id;
    this.writeHash('push');
    void elementEntry('career-profile').load();
    emit(this, 'career-profile-open', {career: occupation.id, ...(occupation.code ? {code: occupation.code} : {}), locale: this.locale.locale});
  }

  private back() {
    if (this.hashState && history.state?.careerExplorer === this.career) history.back();
    else {
      this.career = '';
      this.writeHash('replace');
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (changed.has('career') && this.career) {
      void elementEntry('career-profile').load();
      this.renderRoot.querySelector<HTMLElement>('.back')?.focus();
    }
    if (changed.has('career') && !this.career && changed.get('career')) this.focusResult(changed.get('career') as string);
  }

  private focusResult(career: string) {
    this.renderRoot.querySelector<HTMLElement>(`[data-career="${CSS.escape(career)}"] .title`)?.focus();
  }

  /** The filters and the open profile, by their attribute names. */
  private get state(): Record<(typeof STATE_KEYS)[number], string> {
    const {interest, jobZone, education, payMin, payMax, outlook, sort, career} = this;
    return {interest, 'job-zone': jobZone, education, 'pay-min': payMin, 'pay-max': payMax, outlook, sort, career};
  }

  private set state(values: Partial<Record<(typeof STATE_KEYS)[number], string>>) {
    const value = (key: (typeof STATE_KEYS)[number]) => values[key] ?? '';
    Object.assign(this, {
      interest: value('interest'),
      jobZone: value('job-zone'),
      education: value('education'),
      payMin: value('pay-min'),
      payMax: value('pay-max'),
      outlook: value('outlook'),
      sort: value('sort') || 'title',
      career: value('career'),
    });
  }

  /** The filters and the open profile from the URL hash, as Back or a reload leaves it. */
  private readHash = () => {
    this.state = Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
  };

  private writeHash(how: 'push' | 'replace') {
    if (!this.hashState) return;
    const params = new URLSearchParams(Object.entries(this.state).filter(([key, value]) => value && !(key === 'sort' && value === 'title')));
    const url = `${location.pathname}${location.search}#${params}`;
    if (how === 'push') history.pushState({careerExplorer: this.career}, '', url);
    else history.replaceState(history.state, '', url);
  }
}
