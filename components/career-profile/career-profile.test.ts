import {expect, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import {PROFILE_SECTIONS} from '../../src/elements.js';
import {CSR, eventsOf, settle, shadow, textOf, textsOf} from '../../test/helpers.js';
import type {CareerProfile} from './career-profile.js';

const sectionsOf = (profile: Element) => [...shadow(profile).querySelectorAll('section > *')];

/** Renders a template and waits until every section of every profile in it has rendered its career. */
async function profileSettled(template: ReturnType<typeof html>) {
  const element = await settle<HTMLElement>(template);
  const profiles = element.localName === 'career-profile' ? [element] : [...element.querySelectorAll('career-profile')];
  const rendered = (section: Element) =>
    section.shadowRoot?.querySelector('[part=heading]') && !section.shadowRoot.querySelector('[part=status]');
  await waitUntil(() => profiles.flatMap(sectionsOf).every(rendered), 'the sections did not render', {timeout: 5000});
  // A section's note that it shows English makes the profile render its own.
  await Promise.all(profiles.map((profile) => (profile as CareerProfile).updateComplete));
  return element as CareerProfile;
}

const ONET_ATTRIBUTION = {
  en: 'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. The O*NET content shown here was selected and shortened by career-widgets.',
  ar: 'يتضمن هذا المنتج معلومات من قاعدة بيانات O*NET 29.3 الصادرة عن إدارة التوظيف والتدريب في وزارة العمل الأمريكية (USDOL/ETA). وتُستخدم هذه المعلومات بموجب ترخيص CC BY 4.0. O*NET® علامة تجارية مملوكة لـ USDOL/ETA. تولّى career-widgets اختيار محتوى O*NET المعروض هنا واختصاره.',
};

const NOT_AVAILABLE = {
  en: 'This section is not available for this career yet.',
  ar: 'هذا القسم غير متوفر لهذه المهنة بعد.',
};

/** Registered Nurses (imported from O*NET): no seed text, so no environment, downsides, expectations or job search. */
const NURSE_CONTENTS = {
  en: [
    'Overview',
    'A day in the life',
    'Wages',
    'Education and training',
    'Skills and qualities',
    'Technology skills',
    'Job outlook',
    'Is this job a good fit?',
    'Related occupations',
    'Sources',
  ],
  ar: [
    'نظرة عامة',
    'يوم في العمل',
    'الأجور',
    'التعليم والتدريب',
    'المهارات والصفات',
    'المهارات التقنية',
    'آفاق العمل',
    'هل هذه المهنة مناسبة لك؟',
    'المهن ذات الصلة',
    'المصادر',
  ],
};

/** What a section shows besides its heading and source line. */
const contentOf = (section: Element) =>
  [...section.shadowRoot!.querySelector('[part=base]')!.children].filter((child) => !child.matches('[part~=heading], [part~=sources]'));

/** Every section of a profile shows its career: a heading as listed, content, no error, no "not available" note, no attribution. */
function expectEverySectionShown(profile: CareerProfile, lang: 'en' | 'ar') {
  const sections = sectionsOf(profile);
  expect(sections.map((section) => textOf(section.shadowRoot!.querySelector('[part~=heading]')))).to.deep.equal(
    textsOf(shadow(profile), 'nav a'),
  );
  for (const section of sections) {
    const root = section.shadowRoot!;
    expect(root.querySelector('[part=error]'), section.localName).to.equal(null);
    expect(root.querySelector('.status'), section.localName).to.equal(null);
    expect(textOf(root), section.localName).not.to.contain(NOT_AVAILABLE[lang]);
    expect(contentOf(section), section.localName).not.to.be.empty;
    expect(textOf(root), section.localName).to.not.equal(textOf(root.querySelector('[part~=heading]')));
    expect(root.querySelectorAll('[part~=attribution]'), `${section.localName} has no attribution of its own`).to.have.length(0);
    expect(section.hasAttribute('no-attribution'), section.localName).to.equal(true);
  }
}

/** O*NET's attribution: once in the profile's own shadow root, at its end. */
function expectAttributionOnceAtEnd(profile: CareerProfile, lang: 'en' | 'ar') {
  const root = shadow(profile);
  expect(textsOf(root, '[part~=attribution]')).to.deep.equal([ONET_ATTRIBUTION[lang]]);
  expect(root.querySelector('[part=base]')!.lastElementChild!.matches('[part~=attribution]')).to.equal(true);
}

describe('<career-profile>', () => {
  afterEach(() => document.head.querySelectorAll('script[data-career-widgets-occupation]').forEach((script) => script.remove()));

  it('shows the title, a localized table of contents and every section in order, headings nested under heading-level', async () => {
    const profile = await profileSettled(html`<career-profile lang="en" career=${CSR} heading-level="2"></career-profile>`);
    const root = shadow(profile);
    expect(textOf(root.querySelector('h2'))).to.equal('Customer Service Representative');
    expect(root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Contents');
    expect(textsOf(root, 'nav a')).to.deep.equal([
      'Overview',
      'A day in the life',
      'Wages',
      'Education and training',
      'Skills and qualities',
      'Technology skills',
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
    expect(sectionHeadings.map((h) => h.localName)).to.deep.equal(Array(14).fill('h3'));
    expect(sectionHeadings.map(textOf)).to.deep.equal(textsOf(root, 'nav a'));
    const skills = sectionsOf(profile)[4];
    expect(textsOf(skills.shadowRoot!, 'h4')).to.deep.equal([
      'Soft skills',
      'Personal qualities',
      'Skills (O*NET)',
      'Knowledge (O*NET)',
      'Work styles (O*NET)',
    ]);
    const technology = sectionsOf(profile)[5];
    expect(technology.localName).to.equal('technology-skills');
    expect(textOf(technology.shadowRoot!.querySelector('li .name'))).to.equal('Microsoft Excel');
  });

  it("shows O*NET's attribution once, at the end of the profile, and in none of its sections", async () => {
    const profile = await profileSettled(html`<career-profile lang="en" career=${CSR}></career-profile>`);
    expectAttributionOnceAtEnd(profile, 'en');
    for (const section of sectionsOf(profile)) {
      expect(section.shadowRoot!.querySelectorAll('[part~=attribution]'), section.localName).to.have.length(0);
    }
  });

  it('table-of-contents links reach their sections inside the shadow root', async () => {
    const profile = await profileSettled(html`<career-profile lang="en" career=${CSR}></career-profile>`);
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

  it('adds schema.org Occupation JSON-LD once per occupation, with the O*NET-SOC code and the figures of the edition shown', async () => {
    await profileSettled(html`<div>
      <career-profile career=${CSR} structured-data></career-profile>
      <career-profile career=${CSR} structured-data sections="overview"></career-profile>
    </div>`);
    await waitUntil(() => document.head.querySelector('script[data-career-widgets-occupation]'), 'JSON-LD added');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const scripts = document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-career-widgets-occupation]');
    expect(scripts).to.have.length(1);
    const occupation = JSON.parse(scripts[0].textContent!);
    expect(occupation).to.include({'@context': 'https://schema.org', '@type': 'Occupation', name: 'Customer Service Representative', occupationalCategory: '43-4051.00'});
    // The latest edition: BLS OEWS, May 2025.
    expect(occupation.estimatedSalary).to.deep.equal([
      {'@type': 'MonetaryAmountDistribution', name: 'Annual wages, 2025', currency: 'USD', duration: 'P1Y', percentile10: 31750, percentile25: 36870, median: 44770, percentile75: 51780, percentile90: 63590},
      {'@type': 'MonetaryAmountDistribution', name: 'Hourly wages, 2025', currency: 'USD', duration: 'PT1H', percentile10: 15.27, percentile25: 17.72, median: 21.53, percentile75: 24.89, percentile90: 30.57},
    ]);
    expect(occupation.skills).to.include('Active listening');
    expect(occupation.responsibilities).to.have.length(6);
    expect(occupation.educationRequirements).to.match(/^High school diploma or equivalent/);
  });

  it('carries the figures of the year it shows', async () => {
    await profileSettled(html`<career-profile lang="en" career=${CSR} year="2016" structured-data sections="wages"></career-profile>`);
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
      expect(sections).to.have.length(14);
      for (const section of sections) {
        expect(section.shadowRoot!.querySelector('[part=error]'), section.localName).to.equal(null);
        expect(section.shadowRoot!.querySelector('.status'), section.localName).to.equal(null);
        expect(section.shadowRoot!.querySelector('[part=heading]')!.matches(`:lang(${lang})`), 'the section inherits the language').to.equal(true);
      }
    });
  }

  for (const lang of ['en', 'ar'] as const) {
    it(`lists only the sections an imported occupation has, each with content, in ${lang}`, async () => {
      const profile = await profileSettled(html`<career-profile career="registered-nurse" lang=${lang}></career-profile>`);
      const root = shadow(profile);
      expect(textOf(root.querySelector('h2'))).to.equal(lang === 'en' ? 'Registered Nurses' : 'ممرض مسجل');
      expect(textsOf(root, 'nav a')).to.deep.equal(NURSE_CONTENTS[lang]);
      expect(sectionsOf(profile).map((section) => section.localName)).to.deep.equal([
        'career-facts',
        'career-duties',
        'salary-table',
        'career-education',
        'skills-list',
        'technology-skills',
        'career-outlook',
        'career-fit',
        'related-jobs',
        'career-sources',
      ]);
      expect(root.querySelectorAll('#environment, #downsides, #expectations, #job-search')).to.have.length(0);
      expectEverySectionShown(profile, lang);
      expectAttributionOnceAtEnd(profile, lang);
      if (lang === 'ar') {
        // The title is translated (data/l10n/ar/titles.json); O*NET's description and tasks are not: one note says so.
        expect(root.querySelectorAll('h2 [lang]')).to.have.length(0);
        expect(textsOf(root, '[part=notice]')).to.deep.equal(['أجزاء من هذه الصفحة باللغة الإنجليزية.']);
        expect(profile.getAttribute('dir')).to.equal('rtl');
        expect(sectionsOf(profile).every((section) => section.getAttribute('dir') === 'rtl')).to.equal(true);
      }
    });
  }

  it('takes the occupation by its SOC code: career="29-1141" is Registered Nurses', async () => {
    const bySoc = await profileSettled(html`<career-profile lang="en" career="29-1141"></career-profile>`);
    const byId = await profileSettled(html`<career-profile lang="en" career="registered-nurse"></career-profile>`);
    expect(textOf(shadow(bySoc).querySelector('h2'))).to.equal('Registered Nurses');
    expect(textOf(shadow(bySoc).querySelector('h2'))).to.equal(textOf(shadow(byId).querySelector('h2')));
    expect(textsOf(shadow(bySoc), 'nav a')).to.deep.equal(NURSE_CONTENTS.en);
    const summary = (profile: CareerProfile) => textOf(sectionsOf(profile)[0].shadowRoot!.querySelector('[part=summary]'));
    expect(summary(bySoc)).to.match(/^Assess patient health problems and needs/);
    expect(summary(bySoc)).to.equal(summary(byId));
    expectEverySectionShown(bySoc, 'en');
  });

  it('lists no Wages section for an occupation without wage figures', async () => {
    // Fishing and Hunting Workers: neither OEWS nor any seed has wages for it.
    const profile = await profileSettled(html`<career-profile lang="en" career="fishing-and-hunting-worker"></career-profile>`);
    const root = shadow(profile);
    expect(textOf(root.querySelector('h2'))).to.equal('Fishing and Hunting Workers');
    expect(textsOf(root, 'nav a')).to.deep.equal([
      'Overview',
      'A day in the life',
      'Education and training',
      'Skills and qualities',
      'Technology skills',
      'Job outlook',
      'Is this job a good fit?',
      'Related occupations',
      'Sources',
    ]);
    expect(root.querySelector('#wages, salary-table')).to.equal(null);
    expectEverySectionShown(profile, 'en');
    const overview = sectionsOf(profile)[0].shadowRoot!;
    expect(textsOf(overview, 'dt')).to.deep.equal(['Job outlook']);

    const ru = await profileSettled(html`<career-profile career="fishing-and-hunting-worker" lang="ru"></career-profile>`);
    expect(textsOf(shadow(ru), 'nav a')).to.not.include('Заработная плата');
    expect(textsOf(shadow(ru), 'nav a')[0]).to.equal('Обзор');
    expect(textsOf(shadow(ru), 'nav a')).to.have.length(9);
  });

  it('adds structured data for an imported occupation under its O*NET-SOC code', async () => {
    await profileSettled(html`<career-profile lang="en" career="registered-nurse" structured-data sections="overview"></career-profile>`);
    await waitUntil(() => document.head.querySelector('script[data-career-widgets-occupation]'), 'JSON-LD added');
    const occupation = JSON.parse(document.head.querySelector('script[data-career-widgets-occupation]')!.textContent!);
    expect(occupation).to.include({name: 'Registered Nurses', occupationalCategory: '29-1141.00'});
    expect(occupation.estimatedSalary[0]).to.include({name: 'Annual wages, 2025', median: 97550});
  });

  it('passes axe in English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const profile = await profileSettled(html`<career-profile career=${CSR} lang=${lang}></career-profile>`);
      await expect(profile).to.be.accessible();
    }
  });

  it('passes axe for an imported occupation in Arabic', async () => {
    const profile = await profileSettled(html`<career-profile career="registered-nurse" lang="ar"></career-profile>`);
    await expect(profile).to.be.accessible();
  });

  it('says so in its place, in Arabic, and tells the host, when a section’s code cannot be loaded', async () => {
    const wages = PROFILE_SECTIONS.find(({section}) => section === 'wages')!;
    const load = wages.load;
    (wages as {load: () => Promise<unknown>}).load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const profile = await settle<CareerProfile>(html`<career-profile career=${CSR} sections="overview wages" lang="ar"></career-profile>`);
      await waitUntil(() => shadow(profile).querySelector('#wages [role=alert]'), 'the wages section did not say it could not load');
      expect(textOf(shadow(profile).querySelector('#wages [role=alert]'))).to.equal('تعذّر تحميل معلومات المهنة. تحقّق من الاتصال وحاول مرة أخرى.');
      const errors = eventsOf(profile).filter((event) => event.type === 'career-widget-error').map((event) => [(event.detail as {reason: string}).reason, event.detail.locale]);
      expect(errors).to.deep.equal([['network', 'ar']]);
    } finally {
      (wages as {load: () => Promise<unknown>}).load = load;
    }
  });
});
