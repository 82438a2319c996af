import {expect, html, waitUntil} from '@open-wc/testing';
import type {RuntimePart} from '../../data/types.js';
import type {CareerWidgetNoticeDetail} from '../../src/events.js';
import {CSR, eventsOf, settle, shadow, textOf, textsOf, usd} from '../helpers.js';

// Six languages at breadth: an occupation without translated long text shows its localized title,
// labels, vocabularies and figures, its English text marked as English, and one note that says so.

const NOTE = {
  ar: 'أجزاء من هذه الصفحة باللغة الإنجليزية.',
  ru: 'Часть этой страницы — на английском языке.',
  fil: 'May mga bahagi ng pahinang ito na nasa Ingles.',
  is: 'Hlutar þessarar síðu eru á ensku.',
  ms: 'Sebahagian halaman ini dalam bahasa Inggeris.',
} as const;
const SCRIPT = {ar: /\p{Script=Arabic}/u, ru: /\p{Script=Cyrillic}/u} as const;

/** Every notice event, by the element that fired it. */
const notices = new Map<EventTarget, CareerWidgetNoticeDetail[]>();
document.addEventListener('career-widget-notice', (event) => {
  notices.set(event.target!, [...(notices.get(event.target!) ?? []), event.detail]);
});

async function titles(career: string): Promise<RuntimePart['titles']> {
  return ((await (await fetch(`/src/data/${career}/overview.json`)).json()) as RuntimePart).titles;
}

/** The elements of a shadow root marked with a language (the widget's box aside). */
function marked(root: ShadowRoot) {
  return [...root.querySelectorAll('[part=base] [lang]')].map((el) => [el.getAttribute('lang'), el.getAttribute('dir')]);
}

describe('an occupation without translated text, in Arabic and in Russian', () => {
  it('<career-profile career="29-1141.00" lang="ar">: Arabic title, headings, vocabulary and figures; the English marked; one note, one event', async () => {
    const profile = await settle<HTMLElement>(html`<career-profile career="29-1141.00" lang="ar"></career-profile>`);
    const sections = () => [...shadow(profile).querySelectorAll('section > *')];
    await waitUntil(() => sections().length && sections().every((s) => s.shadowRoot?.querySelector('[part=heading]') && !s.shadowRoot.querySelector('[part=status]')), 'sections', {timeout: 8000});
    await waitUntil(() => shadow(profile).querySelector('[part=notice]'), 'the note', {timeout: 5000});
    const {ar, en} = await titles('registered-nurse');
    expect(ar).to.match(SCRIPT.ar);
    expect(ar).to.not.equal(en);
    expect(textOf(shadow(profile).querySelector('h2'))).to.equal(ar);
    expect(profile.getAttribute('dir')).to.equal('rtl');
    expect(textsOf(shadow(profile), '[part=notice]')).to.deep.equal([NOTE.ar]);
    // The sections leave the note to the profile: one on the page, one event.
    for (const section of sections()) expect(section.shadowRoot!.querySelectorAll('[part=notice]'), section.localName).to.have.length(0);
    expect((notices.get(profile) ?? []).map((n) => n.reason)).to.deep.equal(['partly-in-english']);
    expect(notices.get(profile)![0]).to.include({career: '29-1141.00', locale: 'ar'});

    const section = (tag: string) => sections().find((s) => s.localName === tag)!.shadowRoot!;
    // O*NET's description and tasks: English, marked, left to right.
    const summary = section('career-facts').querySelector('[part=summary] > span')!;
    expect([summary.getAttribute('lang'), summary.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(textOf(summary)).to.match(/^Assess patient health problems and needs/);
    const tasks = section('career-duties').querySelector('ul')!;
    expect([tasks.getAttribute('lang'), tasks.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    // Vocabularies and figures: Arabic, unmarked.
    const skills = section('skills-list');
    expect(marked(skills)).to.deep.equal([]);
    for (const item of textsOf(skills, 'li')) expect(item).to.match(SCRIPT.ar);
    expect(textsOf(skills, 'h3, h4')).to.include('المهارات (O*NET)');
    const education = textOf(section('career-education').querySelector('dl, ul, [part=base]'));
    expect(education).to.include('درجة البكالوريوس');
    expect(textOf(section('salary-table').querySelector('table'))).to.include(usd('ar', 97550));
    expect(marked(section('salary-table'))).to.deep.equal([]);
  });

  it('<career-facts lang="ru"> for an imported occupation: Russian title, English summary marked, the note in Russian, one event', async () => {
    const el = await settle<HTMLElement>(html`<career-facts career="registered-nurse" lang="ru"></career-facts>`);
    const {ru} = await titles('registered-nurse');
    expect(ru).to.match(SCRIPT.ru);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal(ru);
    expect(textsOf(shadow(el), '[part=notice]')).to.deep.equal([NOTE.ru]);
    expect(marked(shadow(el))).to.deep.equal([['en', 'ltr']]);
    expect(textOf(shadow(el).querySelector('[part=summary] [lang=en]'))).to.match(/^Assess patient health problems/);
    expect((notices.get(el) ?? []).map((n) => n.reason)).to.deep.equal(['partly-in-english']);
    // The note's event also reaches error listeners, as every notice does; once.
    expect(eventsOf(el).map((e) => (e.detail as {reason?: string}).reason ?? e.type)).to.deep.equal(['partly-in-english', 'career-widget-load']);
    // Rendering again (a new year) fires nothing more.
    el.setAttribute('year', '2024');
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    expect(notices.get(el)).to.have.length(1);
  });

  it('a widget whose content is all translated shows no note: the wages heading of an imported occupation is one language', async () => {
    const page = await settle<HTMLElement>(html`<div>
      <salary-table career="registered-nurse" lang="ar"></salary-table>
      <salary-table career="registered-nurse" lang="ru"></salary-table>
    </div>`);
    const [arabic, russian] = page.children;
    const {ar, ru} = await titles('registered-nurse');
    expect(textOf(shadow(arabic).querySelector('h2'))).to.equal(`الأجور: ${ar}`);
    expect(textOf(shadow(russian).querySelector('h2'))).to.match(new RegExp(`${ru}$`));
    for (const el of [arabic, russian]) {
      expect(marked(shadow(el))).to.deep.equal([]);
      expect(shadow(el).querySelectorAll('[part=notice]')).to.have.length(0);
      expect(notices.get(el)).to.equal(undefined);
    }
  });

  it('technology skills: kinds of software in the reader’s language, product names isolated', async () => {
    const el = await settle<HTMLElement>(html`<technology-skills career="registered-nurse" lang="ar"></technology-skills>`);
    const first = shadow(el).querySelector('li')!;
    expect(first.querySelector('bdi')).to.not.equal(null);
    const kind = textOf(first).replace(textOf(first.querySelector('bdi')), '');
    expect(kind).to.match(SCRIPT.ar);
    expect(marked(shadow(el))).to.deep.equal([]);
  });
});

describe('a curated occupation', () => {
  for (const locale of ['ar', 'fil'] as const) {
    it(`shows no note in ${locale}: its editions, O*NET's tasks translated, terms localized`, async () => {
      const page = await settle<HTMLElement>(html`<div lang=${locale}>
        <career-facts career=${CSR}></career-facts>
        <career-duties career=${CSR}></career-duties>
        <skills-list career=${CSR}></skills-list>
        <technology-skills career=${CSR}></technology-skills>
        <salary-table career=${CSR}></salary-table>
      </div>`);
      for (const el of page.children) {
        expect(shadow(el).querySelectorAll('[part=notice]'), el.localName).to.have.length(0);
        expect(marked(shadow(el)), el.localName).to.deep.equal([]);
        expect(notices.get(el), el.localName).to.equal(undefined);
      }
      const tasks = textsOf(shadow(page.children[1]), 'ul')[1];
      expect(tasks).to.not.match(/Confer with customers/);
    });
  }
});

describe('every locale', () => {
  for (const locale of ['fil', 'ru', 'is', 'ms', 'ar'] as const) {
    it(`${locale}: imported occupations' titles are translated; their English text is marked, with the note`, async () => {
      for (const career of ['registered-nurse', '47-2111.00', 'chief-executive']) {
        const el = await settle<HTMLElement>(html`<career-facts career=${career} lang=${locale}></career-facts>`);
        const all = await titles(career === '47-2111.00' ? '47-2111.00' : career);
        expect(all[locale], career).to.not.equal(all.en);
        expect(textOf(shadow(el).querySelector('h2')), career).to.equal(all[locale]);
        expect(textsOf(shadow(el), '[part=notice]'), career).to.deep.equal([NOTE[locale]]);
        expect(shadow(el).querySelector('[part=summary] > span')?.getAttribute('lang'), career).to.equal('en');
      }
    });
  }

  it('English shows no note', async () => {
    const el = await settle<HTMLElement>(html`<career-profile career="registered-nurse" lang="en" sections="overview duties skills"></career-profile>`);
    await waitUntil(() => [...shadow(el).querySelectorAll('section > *')].every((s) => s.shadowRoot?.querySelector('[part=heading]')), 'sections', {timeout: 5000});
    expect(shadow(el).querySelectorAll('[part=notice]')).to.have.length(0);
    expect(notices.get(el)).to.equal(undefined);
  });
});
