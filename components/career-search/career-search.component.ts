import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {str} from '@lit/localize';
import {count} from '../../src/attributes.js';
import {FinderWidget} from '../../src/finder-widget.js';
import {addAlternatesFor} from '../../src/search-data.js';
import type {MatchReason, OccupationSearch, SearchResult} from '../../src/search.js';
import {styles} from './career-search.styles.js';

const DEFAULT_LIMIT = 8;

/**
 * A search box for occupations, in the reader's language and in English: titles, O*NET's
 * alternate titles and codes, matched as the reader types, whatever the diacritics or word
 * forms. It follows the ARIA Authoring Practices combobox pattern (a listbox popup, arrow keys,
 * Enter, Escape, Home and End). Choosing a result fires `career-select` and sets `career` on the
 * elements named in `for`. The search index loads on first focus or keystroke, never before.
 *
 * @tagname career-search
 * @summary A search box for occupations that can drive other widgets.
 * @csspart label - The label above the box.
 * @csspart input - The text box.
 * @csspart listbox - The list of results.
 * @csspart option - One result.
 * @csspart option-title - A result's title.
 * @csspart option-reason - The line under a result's title that says why it matched.
 */
export class CareerSearch extends FinderWidget {
  static override readonly tag = 'career-search';
  static override styles = [...FinderWidget.styles, styles];

  /** The ids (space-separated) of the elements on the page whose `career` a chosen result sets, e.g. a `<career-profile>`. */
  @property() for = '';

  /** The box's label. Default: “Find a career”. */
  @property() label?: string;

  /** The most results listed at once. Default 8. */
  @property({converter: count(DEFAULT_LIMIT)}) limit = DEFAULT_LIMIT;

  /** What is typed in the box. */
  @property() value = '';

  @state() private open = false;
  /** The result that has visual focus (aria-activedescendant), or -1. */
  @state() private active = -1;
  /** Grows when the index does (the rest of it, alternate titles), so the results are worked out again. */
  @state() private indexGrew = 0;
  /** The index whose growth is followed. */
  private searched?: OccupationSearch;
  /** What was typed when the alternate titles it may match were last asked for. */
  private alternatesAskedFor = '';

  override render() {
    const results = this.results;
    const expanded = this.open && results.length > 0;
    const label = this.label || this.msg('Find a career');
    return this.frame(html`
      <label part="label" class="label" for="input">${label}</label>
      <div class="field">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
          aria-describedby="hint"
          .value=${live(this.value)}
          @focus=${this.wantIndex}
          @input=${this.typed}
          @keydown=${this.keyDown}
          @blur=${this.close}
        />
        <ul id="listbox" part="listbox" role="listbox" aria-label=${label} ?hidden=${!expanded}>
          ${expanded ? results.map((result, i) => this.option(result, i)) : nothing}
        </ul>
      </div>
      <p id="hint" class="visually-hidden">${this.msg('Type a job title, a word of one, or an O*NET-SOC code.')}</p>
      <p part="status" class="visually-hidden" role="status">${this.statusText(results.length)}</p>
    `);
  }

  private option({entry, reason}: SearchResult, i: number) {
    return html`<li
      id="option-${i}"
      part="option"
      role="option"
      class="option"
      aria-selected=${i === this.active ? 'true' : 'false'}
      @pointerdown=${(event: Event) => event.preventDefault()}
      @click=${() => this.choose(i)}
    >
      <span part="option-title" class="title" lang=${this.langUnlessOwn(entry.titleLang)}>${entry.title}</span>
      <span part="option-reason" class="reason">${this.reasonText(reason, entry.code)}</span>
    </li>`;
  }

  /** The line under a result that says why it matched: what the words matched, if not the title; else its code. */
  private reasonText(reason: MatchReason, code?: string) {
    const msg = this.msg;
    switch (reason.kind) {
      case 'title':
      case 'code':
        return code ? msg(str`O*NET-SOC ${code}`) : nothing;
      case 'english':
        return html`${msg('In English:')} <span lang=${this.langUnlessOwn(reason.lang)}>${reason.text}</span>`;
      case 'alternate':
        return html`${msg('Also called:')} <span lang=${this.langUnlessOwn(reason.lang)}>${reason.text}</span>`;
      case 'form':
        return html`${msg('Also:')} ${reason.text}`;
    }
  }

  /**
   * `lang` for text in another language than the box's. Marked, without the note that parts are
   * in English: results come and go as the reader types, and a note would come and go above the box.
   */
  private langUnlessOwn(lang?: string) {
    return lang && lang !== this.locale.locale ? lang : nothing;
  }

  private statusText(found: number) {
    if (!this.value.trim() || !this.open) return '';
    if (!this.index.search) return this.index.loading ? this.msg('Loading occupations…') : '';
    return found ? this.msg(str`Occupations found: ${this.format.integer(found)}. Use the up and down arrow keys to choose one.`) : this.msg('No occupation matches what you typed.');
  }

  private get results(): SearchResult[] {
    void this.indexGrew;
    return this.index.search?.search(this.value, this.limit) ?? [];
  }

  private wantIndex() {
    this.index.want();
  }

  private typed(event: InputEvent) {
    this.value = (event.target as HTMLInputElement).value;
    this.index.want();
    this.open = true;
    this.active = -1;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const search = this.index.search;
    if (search && search !== this.searched) {
      this.searched = search;
      // The rest of the index arrives a task after its titles: the results are worked out again.
      void search.complete.then(() => this.indexGrew++);
    }
    if (search && this.value !== this.alternatesAskedFor) {
      this.alternatesAskedFor = this.value;
      void this.addAlternates(search);
    }
  }

  /** Fetches the alternate titles what is typed may match, then lists the results again. */
  private async addAlternates(search: OccupationSearch) {
    try {
      if (await addAlternatesFor(search, this.value)) this.indexGrew++;
    } catch (error) {
      // Titles still match without them; the host hears why they are missing.
      console.warn('career-widgets: alternate titles could not be loaded:', error);
    }
  }

  private keyDown(event: KeyboardEvent) {
    const count = this.results.length;
    const move = (to: number) => {
      event.preventDefault();
      this.open = true;
      this.active = count ? (to + count) % count : -1;
    };
    switch (event.key) {
      case 'ArrowDown':
        if (event.altKey) this.open = true;
        else move(this.open ? this.active + 1 : 0);
        break;
      case 'ArrowUp':
        if (event.altKey) this.close();
        else move(this.open && this.active >= 0 ? this.active - 1 : count - 1);
        break;
      case 'Home':
      case 'End':
        if (this.open && this.active >= 0) move(event.key === 'Home' ? 0 : count - 1);
        break;
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        }
        break;
      case 'Escape':
        event.preventDefault();
        if (this.open && count) this.close();
        else this.value = '';
        break;
    }
  }

  private close() {
    this.open = false;
    this.active = -1;
  }

  private choose(i: number) {
    const result = this.results[i];
    if (!result) return;
    const {entry} = result;
    this.value = entry.title;
    this.close();
    if (this.select(entry)) this.driveTargets(entry.id);
  }

  /** Sets `career` on the elements `for` names: in this element's tree first (a host's shadow root), then the document. */
  private driveTargets(career: string) {
    const root = this.getRootNode() as Document | ShadowRoot;
    for (const id of this.for.split(/\s+/).filter(Boolean)) {
      const target = root.getElementById(id) ?? document.getElementById(id);
      if (target) target.setAttribute('career', career);
      else console.warn(`career-widgets: <career-search for="${this.for}">: no element has the id “${id}”.`);
    }
  }
}
