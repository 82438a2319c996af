import {expect, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, settle, shadow, textOf, textsOf} from '../../test/helpers.js';
import type {CareerProfile} from './career-profile.js';

const sectionsOf = (profile: Element) => [...shadow(profile).querySelectorAll('section > *')];

/** Renders a template and waits until every section of every profile in it has rendered its career. */
async function profileSettled(template: ReturnType<typeof html>) {
  const element = await settle<HTMLElement>(template);
  const profiles = element.localName === 'career-profile' ? [element] : [...element.querySelectorAll('career-profile')];
  const rendered = (section: Element) =>
    section.shadowRoot?.querySelector('[part=heading]') && !section.shadowRoot.querySelector('[part=status]');
  await waitUntil(() => profiles.flatMap(sectionsOf).every(rendered), 'the sections did not render');
  return element as CareerProfile;
}

describe('<career-profile>', () => {
  afterEach(() => document.head.querySelectorAll('script[data-career-widgets-occupation]').forEach((script) => script.remove()));

  it('shows the title, a localized table of contents and every section in order, headings nested under heading-level', async () => {
    const profile = await profileSettled(html`<career-profile career=${CSR} heading-level="2"></career-profile>`);
    const root = shadow(profile);
    expect(textOf(root.querySelector('h2'))).to.equal('Customer Service Representative');
    expect(root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Contents');
    expect(textsOf(root, 'nav a')).to.deep.equal([
      'Overview',
      'A day in the life',
      'Wages',
      'Education and training',
      'Skills and qualities',
      'Job outlook',
      'Work environment and schedule',
      'The downside',
      'What employers expect',
      'Is this job a good fit?',
      'How to get the job',
      'Related occupations',
      'Sources',
    ]);
    const sectionHeadings = sectionsOf(profile).map((section) => section.shadowRoot!.querySelector('[part=heading]')!);
    expect(sectionHeadings.map((h) => h.localName)).to.deep.equal(Array(13).fill('h3'));
    expect(sectionHeadings.map(textOf)).to.deep.equal(textsOf(root, 'nav a'));
    const skills = sectionsOf(profile)[4];
    expect(textsOf(skills.shadowRoot!, 'h4')).to.deep.equal(['Soft skills', 'Personal qualities']);
  });

  it('table-of-contents links reach their sections inside the shadow root', async () => {
    const profile = await profileSettled(html`<career-profile career=${CSR}></career-profile>`);
    const link = [...shadow(profile).querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.hash === '#fit')!;
    link.click();
    const target = shadow(profile).querySelector('#fit')!;
    expect(shadow(profile).activeElement).to.equal(target);
    const inView = () => {
      const {top} = target.getBoundingClientRect();
      return top >= -1 && top < innerHeight / 2;
    };
    await waitUntil(inView, 'the section scrolled into view', {timeout: 5000});
    expect(textOf(target.firstElementChild!.shadowRoot!.querySelector('[part=heading]'))).to.equal('Is this job a good fit?');
  });

  it('shows the sections chosen, in the order given', async () => {
    const profile = await profileSettled(html`<career-profile career=${CSR} sections="wages, fit overview" lang="ar"></career-profile>`);
    expect(sectionsOf(profile).map((el) => el.localName)).to.deep.equal(['salary-table', 'career-fit', 'career-facts']);
    expect(textsOf(shadow(profile), 'nav a')).to.deep.equal(['الأجور', 'هل هذه المهنة مناسبة لك؟', 'نظرة عامة']);
    expect(profile.getAttribute('dir')).to.equal('rtl');
    expect(sectionsOf(profile).every((el) => el.getAttribute('dir') === 'rtl')).to.equal(true);
  });

  it('adds schema.org Occupation JSON-LD once per occupation, with the figures of the edition shown', async () => {
    await profileSettled(html`<div>
      <career-profile career=${CSR} structured-data></career-profile>
      <career-profile career=${CSR} structured-data sections="overview"></career-profile>
    </div>`);
    await waitUntil(() => document.head.querySelector('script[data-career-widgets-occupation]'), 'JSON-LD added');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const scripts = document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-career-widgets-occupation]');
    expect(scripts).to.have.length(1);
    const occupation = JSON.parse(scripts[0].textContent!);
    expect(occupation).to.include({'@context': 'https://schema.org', '@type': 'Occupation', name: 'Customer Service Representative', occupationalCategory: '43-4051'});
    expect(occupation.estimatedSalary).to.deep.equal([
      {'@type': 'MonetaryAmountDistribution', name: 'Annual wages, 2018', currency: 'USD', duration: 'P1Y', percentile10: 22140, median: 33750, percentile90: 55310},
      {'@type': 'MonetaryAmountDistribution', name: 'Hourly wages, 2018', currency: 'USD', duration: 'PT1H', percentile10: 10.65, median: 16.23, percentile90: 26.59},
    ]);
    expect(occupation.skills).to.include('Active listening');
    expect(occupation.responsibilities).to.have.length(6);
    expect(occupation.educationRequirements).to.match(/^High school diploma or equivalent/);
  });

  it('carries the figures of the year it shows', async () => {
    await profileSettled(html`<career-profile career=${CSR} year="2016" structured-data sections="wages"></career-profile>`);
    await waitUntil(() => document.head.querySelector('script[data-career-widgets-occupation]'), 'JSON-LD added');
    const occupation = JSON.parse(document.head.querySelector('script[data-career-widgets-occupation]')!.textContent!);
    expect(occupation.estimatedSalary).to.deep.equal([
      {'@type': 'MonetaryAmountDistribution', name: 'Annual wages, 2016', currency: 'USD', duration: 'P1Y', percentile25: 25520, median: 32300, percentile75: 41430},
    ]);
  });

  for (const lang of ['en', 'fil', 'ru', 'is', 'ms', 'ar']) {
    it(`shows the whole profile in ${lang}, every section present`, async () => {
      const profile = await profileSettled(html`<career-profile career=${CSR} lang=${lang}></career-profile>`);
      const sections = sectionsOf(profile);
      expect(sections).to.have.length(13);
      for (const section of sections) {
        expect(section.shadowRoot!.querySelector('[part=error]'), section.localName).to.equal(null);
        expect(section.shadowRoot!.querySelector('.status'), section.localName).to.equal(null);
        expect(section.shadowRoot!.querySelector('[part=heading]')!.matches(`:lang(${lang})`), 'the section inherits the language').to.equal(true);
      }
    });
  }

  it('passes axe in English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const profile = await profileSettled(html`<career-profile career=${CSR} lang=${lang}></career-profile>`);
      await expect(profile).to.be.accessible();
    }
  });
});
