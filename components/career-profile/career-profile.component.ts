import {html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import {SOURCE_LOCALE, type TextPart} from '../../data/types.js';
import type {CareerWidget, CareerWidgetNoticeDetail} from '../../src/career-widget.js';
import {loadCareer, type CareerData} from '../../src/data.js';
import {WageWidget} from '../../src/wage-widget.js';
import {wageEdition} from '../../src/wages.js';
import {CareerDownsides} from '../career-downsides/career-downsides.component.js';
import {CareerDuties} from '../career-duties/career-duties.component.js';
import {CareerEducation} from '../career-education/career-education.component.js';
import {CareerEnvironment} from '../career-environment/career-environment.component.js';
import {CareerExpectations} from '../career-expectations/career-expectations.component.js';
import {CareerFacts} from '../career-facts/career-facts.component.js';
import {CareerFit} from '../career-fit/career-fit.component.js';
import {CareerJobSearch} from '../career-job-search/career-job-search.component.js';
import {CareerOutlook} from '../career-outlook/career-outlook.component.js';
import {CareerSources} from '../career-sources/career-sources.component.js';
import {RelatedJobs} from '../related-jobs/related-jobs.component.js';
import {SalaryTable} from '../salary-table/salary-table.component.js';
import {SkillsList} from '../skills-list/skills-list.component.js';
import {TechnologySkills} from '../technology-skills/technology-skills.component.js';
import {styles} from './career-profile.styles.js';

/** The profile's sections, by the keys of the `sections` attribute, in their default order. */
export const PROFILE_SECTIONS = {
  overview: CareerFacts,
  duties: CareerDuties,
  wages: SalaryTable,
  education: CareerEducation,
  skills: SkillsList,
  technology: TechnologySkills,
  outlook: CareerOutlook,
  environment: CareerEnvironment,
  downsides: CareerDownsides,
  expectations: CareerExpectations,
  fit: CareerFit,
  'job-search': CareerJobSearch,
  related: RelatedJobs,
  sources: CareerSources,
} satisfies Record<string, typeof CareerWidget>;
export type ProfileSection = keyof typeof PROFILE_SECTIONS;

/**
 * A whole career profile: its title, a table of contents, and a section widget for
 * each section chosen, with headings nested under the profile's.
 *
 * @tagname career-profile
 * @summary The whole profile, or the sections you choose, in one tag.
 * @csspart contents - The table of contents.
 * @csspart section - Each section.
 */
export class CareerProfile extends WageWidget {
  static override styles = [...WageWidget.styles, styles];
  static override readonly tagName = 'career-profile';
  static override readonly textPart: TextPart = 'overview';

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
    if (this.sectionsInEnglish.has(`${this.career}|${this.locale.locale}`)) this.otherLanguage(SOURCE_LOCALE);
    const sections = this.sectionsWithContent(data);
    const level = Math.min(this.headingLevelNumber + 1, 6);
    return html`
      ${this.renderHeading(this.inLanguage(data.text, 'title', data.text.title))}
      <nav part="contents" class="contents" aria-label=${msg('Contents')}>
        ${this.renderHeading(msg('Contents'), 1)}
        <ol>
          ${sections.map(
            (key) => html`<li><a href="#${key}" @click=${this.goToSection}>${PROFILE_SECTIONS[key].sectionLabel(msg)}</a></li>`,
          )}
        </ol>
      </nav>
      ${sections.map((key) => {
        const tag = unsafeStatic(PROFILE_SECTIONS[key].tagName);
        return html`<section id=${key} part="section" tabindex="-1">
          ${staticHtml`<${tag}
            career=${this.career}
            heading=${PROFILE_SECTIONS[key].sectionLabel(msg)}
            heading-level=${level}
            no-attribution
            theme=${this.theme ?? nothing}
            year=${this.year ?? nothing}
          ></${tag}>`}
        </section>`;
      })}
      ${'onet-29-3' in data.facts.sources ? this.renderOnetAttribution(true) : nothing}
    `;
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
    return this.chosenSections.filter((key) => {
      const {shows} = PROFILE_SECTIONS[key];
      return key === 'overview' || key === 'sources' || shows.some((field) => contents.has(field));
    });
  }

  private get chosenSections(): ProfileSection[] {
    const keys = (this.sections ?? '').split(/[\s,]+/).filter((key): key is ProfileSection => key in PROFILE_SECTIONS);
    return keys.length ? [...new Set(keys)] : (Object.keys(PROFILE_SECTIONS) as ProfileSection[]);
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
