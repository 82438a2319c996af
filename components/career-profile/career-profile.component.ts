import {html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import {SOURCE_LOCALE} from '../../data/types.js';
import {optionalNumber} from '../../src/attributes.js';
import {CareerWidget} from '../../src/career-widget.js';
import {CareerDataProblem, loadCareer, type CareerData} from '../../src/data.js';
import {PROFILE_SECTIONS} from '../../src/elements.js';
import {emit, type CareerWidgetNoticeDetail} from '../../src/events.js';
import {heading, inLanguage, missingSection, onetAttribution, ONET_SOURCE} from '../../src/markup.js';
import {problemText} from '../../src/notices.js';
import {missingYearProblem, wageEdition} from '../../src/wages.js';
import {styles} from './career-profile.styles.js';

type ProfileSection = (typeof PROFILE_SECTIONS)[number];

/**
 * A whole career profile: its title, a table of contents, and a section widget for
 * each section chosen, with headings nested under the profile's.
 *
 * @tagname career-profile
 * @summary The whole profile, or the sections you choose, in one tag.
 * @csspart contents - The table of contents.
 * @csspart section - Each section.
 */
export class CareerProfile extends CareerWidget {
  static override styles = [...CareerWidget.styles, styles];
  static override readonly tag = 'career-profile';

  /** Which wage edition to show, by the year of its figures. Default: the latest. */
  @property({converter: optionalNumber}) year?: number;

  /**
   * Which sections to show, in order: keys separated by spaces or commas, from
   * overview, duties, wages, education, skills, outlook, environment, downsides,
   * expectations, fit, job-search, related, sources. Default: all of them.
   */
  @property() sections?: string;

  /** Adds schema.org Occupation JSON-LD for search engines to the page's <head>, once per occupation. */
  @property({type: Boolean, attribute: 'structured-data'}) structuredData = false;

  /** The careers and locales (`career|locale`) for which a section has shown text in English. */
  @state() private sectionsInEnglish = new Set<string>();

  /** The sections whose code could not be loaded (offline, say): each says so in its place. */
  @state() private unloadedSections = new Set<string>();

  constructor() {
    super();
    // A section's note that it shows English becomes the profile's one note: heard here, it goes no further.
    for (const type of ['career-widget-notice', 'career-widget-error'] as const) {
      this.addEventListener(type, (event) => this.takeSectionNotice(event as CustomEvent<CareerWidgetNoticeDetail>));
    }
  }

  protected renderCareer(data: CareerData) {
    const msg = this.msg;
    // English in a section counts as the profile's own: the profile gives the one note.
    if (this.sectionsInEnglish.has(`${this.career}|${this.locale.locale}`)) this.l10n.otherLanguage(SOURCE_LOCALE);
    const sections = this.sectionsWithContent(data);
    const level = Math.min(this.headingLevelNumber + 1, 6);
    if (!sections.length) return html`${heading(this, inLanguage(this, data.text, 'title', data.text.title))}${missingSection(this)}`;
    return html`
      ${heading(this, inLanguage(this, data.text, 'title', data.text.title))}
      <nav part="contents" class="contents" aria-label=${msg('Contents')}>
        ${heading(this, msg('Contents'), 1)}
        <ol>
          ${sections.map(({section, label}) => html`<li><a href="#${section}" @click=${this.goToSection}>${label(msg)}</a></li>`)}
        </ol>
      </nav>
      ${sections.map((entry) => html`<section id=${entry.section} part="section" tabindex="-1">${this.renderSection(entry, level)}</section>`)}
      ${ONET_SOURCE in data.facts.sources ? onetAttribution(this, true) : nothing}
    `;
  }

  /** A section's element, its code loaded the first time it is shown: a page loads only the sections it shows. */
  private renderSection({tag, section, label, load}: ProfileSection, level: number) {
    if (this.unloadedSections.has(section)) {
      return html`<p part="error" class="error" role="alert">${problemText(this.l10n, new CareerDataProblem('network', ''), this.career)}</p>`;
    }
    load().catch(() => this.sectionNotLoaded(section, tag));
    return staticHtml`<${unsafeStatic(tag)}
      career=${this.career}
      src=${this.src ?? nothing}
      heading=${label(this.msg)}
      heading-level=${level}
      no-attribution
      theme=${this.theme ?? nothing}
      year=${this.year ?? nothing}
    ></${unsafeStatic(tag)}>`;
  }

  /** A section whose code could not be loaded says so in its place, and the host hears it. */
  private sectionNotLoaded(section: string, tag: string) {
    if (this.unloadedSections.has(section)) return;
    this.unloadedSections = new Set([...this.unloadedSections, section]);
    const {locale} = this.locale;
    emit(this, 'career-widget-error', {career: this.career, locale, reason: 'network', message: `The code of <${tag}> could not be loaded.`});
  }

  override findProblem({facts}: CareerData) {
    return missingYearProblem(facts.wages, this.year, this.getAttribute('year') ?? undefined);
  }

  private takeSectionNotice(event: CustomEvent<CareerWidgetNoticeDetail>) {
    if (event.composedPath()[0] === this || event.detail.reason !== 'partly-in-english') return;
    event.stopImmediatePropagation();
    const key = `${event.detail.career}|${event.detail.locale}`;
    if (!this.sectionsInEnglish.has(key)) this.sectionsInEnglish = new Set([...this.sectionsInEnglish, key]);
  }

  /** The occupation whose structured data this profile has asked for: once is enough. */
  private structuredDataFor?: string;

  protected override updated(changed: Map<PropertyKey, unknown>) {
    super.updated(changed);
    const id = this.career.trim();
    if (this.structuredData && id && this.structuredDataFor !== id) {
      this.structuredDataFor = id;
      void this.addStructuredData(id);
    }
  }

  /** The chosen sections the occupation has something for: no empty heading. */
  private sectionsWithContent({facts}: CareerData): ProfileSection[] {
    // Data without a contents list (a host's own) shows every chosen section.
    if (!facts.contents) return this.chosenSections;
    const contents = new Set(facts.contents);
    return this.chosenSections.filter(
      ({section, shows}) => section === 'overview' || section === 'sources' || shows.some((field) => contents.has(field)),
    );
  }

  private get chosenSections(): ProfileSection[] {
    const keys = new Set((this.sections ?? '').split(/[\s,]+/));
    const chosen = [...keys].flatMap((key) => PROFILE_SECTIONS.filter(({section}) => section === key));
    return chosen.length ? chosen : [...PROFILE_SECTIONS];
  }

  /** Table-of-contents links reach sections inside the shadow root, which fragment links cannot. */
  private goToSection(event: Event) {
    const key = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const section = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(key)}`);
    if (!section) return;
    event.preventDefault();
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    section.scrollIntoView({block: 'start', behavior: smooth ? 'smooth' : 'auto'});
    section.focus({preventScroll: true});
  }

  private async addStructuredData(id: string) {
    if (hasStructuredData(id)) return;
    const locale = this.locale.locale;
    try {
      // Few pages ask for structured data: its code is a chunk of its own, loaded with the data.
      const [{jsonLdScript, occupationJsonLd}, overview, skills, profile] = await Promise.all([
        import('../../src/structured-data.js'),
        ...(['overview', 'skills', 'profile'] as const).map((part) => loadCareer(id, locale, part, this.src)),
      ]);
      const wages = wageEdition(overview.facts.wages ?? [], this.year);
      // Another profile of the same occupation may have added it while the data loaded.
      if (!wages || hasStructuredData(id)) return;
      const script = jsonLdScript(occupationJsonLd(this.msg, overview, {skills: skills.text, profile}, wages));
      script.dataset.careerWidgetsOccupation = id;
      document.head.append(script);
    } catch (error) {
      // Search engines' data is extra: the profile on screen is unaffected, so warn only.
      console.warn(`career-widgets: no structured data for “${id}”:`, error);
    }
  }
}

function hasStructuredData(occupation: string) {
  return [...document.head.querySelectorAll<HTMLScriptElement>('script[data-career-widgets-occupation]')].some(
    (script) => script.dataset.careerWidgetsOccupation === occupation,
  );
}
