import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, eventsOf, settle, shadow, textOf, textsOf, longDate, hostCareer} from '../../test/helpers.js';
import type {CareerEnvironment} from './career-environment.js';

/** Each sub-heading with the paragraph under it. */
const subsections = (el: Element) => [...shadow(el).querySelectorAll('h3')].map((h) => [textOf(h), textOf(h.nextElementSibling)]);

/** A host's own career with only a schedule, in English whatever the language asked for. */
const SCHEDULE_ONLY = hostCareer({schedule: 'Nights, 10 pm to 6 am.', langs: {schedule: 'en'}});

describe('<career-environment>', () => {
  it('puts the work environment and the schedule each under its sub-heading, in English', async () => {
    const el = await settle<CareerEnvironment>(html`<career-environment lang="en" career=${CSR}></career-environment>`);
    expect(textsOf(shadow(el), 'h2')).to.deep.equal(['Work environment and schedule']);
    expect(subsections(el)).to.deep.equal([
      [
        'Work environment',
        "Many customer service representatives work in a call center, surrounded by other representatives, and the setting can be crowded and noisy. They spend much of their time on the phone and often must answer a set number of calls each shift. Their work shapes what customers think of a company: done well, it reflects well on the company; done badly, it harms the company's image.",
      ],
      [
        'Schedule',
        'Customer service representatives work full time or part time. They usually work at least some evening and night hours, as well as weekends and holidays.',
      ],
    ]);
    expect(textsOf(shadow(el), '[part~=attribution], [part=notice]')).to.deep.equal([]);
  });

  it('reads right to left in Arabic, translated throughout, nothing marked as English', async () => {
    const el = await settle<CareerEnvironment>(html`<career-environment lang="ar" career=${CSR}></career-environment>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textsOf(root, 'h2')).to.deep.equal(['بيئة العمل وساعاته']);
    expect(subsections(el)[1]).to.deep.equal([
      'ساعات العمل',
      'يعمل ممثلو خدمة العملاء بدوام كامل أو جزئي. وعادةً ما يعملون بعض ساعات المساء والليل على الأقل، إضافة إلى عطلات نهاية الأسبوع والعطل الرسمية.',
    ]);
    expect(subsections(el)[0][0]).to.equal('بيئة العمل');
    expect(getComputedStyle(root.querySelector('h3 + p')!).direction).to.equal('rtl');
    expect(root.querySelectorAll('[part=base] [lang]').length).to.equal(0);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal('المصدر: النسخة الآيسلندية من هذا الملف المهني (The Balance)');
  });

  it('speaks Russian', async () => {
    const el = await settle<CareerEnvironment>(html`<career-environment lang="ru" career=${CSR}></career-environment>`);
    expect(textsOf(shadow(el), '[part=heading]')).to.deep.equal(['Условия и график работы', 'Условия работы', 'График работы']);
    expect(subsections(el)[1][1]).to.equal(
      'Представители службы поддержки клиентов работают полный или неполный рабочий день. Обычно им приходится работать хотя бы часть вечеров и ночей, а также в выходные и праздничные дни.',
    );
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.equal('Источник: Исландское издание этого профиля (The Balance)');
  });

  it('says the section is not available, with no sub-headings, for tellers in Malay', async () => {
    const el = await settle<CareerEnvironment>(html`<career-environment lang="ms" career="teller"></career-environment>`);
    const root = shadow(el);
    expect(textsOf(root, '[part=heading]')).to.deep.equal(['Persekitaran dan jadual kerja']);
    expect(textOf(root.querySelector('p.status'))).to.equal('Bahagian ini belum tersedia untuk kerjaya ini.');
    expect(textsOf(root, '[part=sources], [part=error]')).to.deep.equal([]);
  });

  it('shows only the schedule a host gives, its English marked inside an Icelandic widget, with one note', async () => {
    const el = await settle<CareerEnvironment>(html`<career-environment lang="is" src=${SCHEDULE_ONLY}></career-environment>`);
    const root = shadow(el);
    expect(textsOf(root, '[part=heading]')).to.deep.equal(['Vinnuumhverfi og vinnutími', 'Vinnutími']);
    const english = root.querySelector('h3 + p > span')!;
    expect([english.getAttribute('lang'), english.getAttribute('dir'), textOf(english)]).to.deep.equal(['en', 'ltr', 'Nights, 10 pm to 6 am.']);
    expect(textsOf(root, '[part=notice]')).to.deep.equal(['Hlutar þessarar síðu eru á ensku.']);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(`Heimild: Example Telecom, job posting (skoðað ${longDate('is', '2024-05-01')})`);
  });

  it('shows a Filipino alert for a career that is a path, not an id', async () => {
    const el = await settle<CareerEnvironment>(html`<career-environment lang="fil" career="../index"></career-environment>`);
    expect(textsOf(shadow(el), '[role=alert]')).to.deep.equal(['Walang nahanap na impormasyon para sa trabahong “../index”.']);
    expect(textsOf(shadow(el), '[part=heading], p:not([role=alert])')).to.deep.equal([]);
    expect(eventsOf(el).map((e) => [e.type, e.detail.career, e.detail.locale, (e.detail as {reason?: string}).reason])).to.deep.equal([
      ['career-widget-error', '../index', 'fil', 'unknown-career'],
    ]);
  });
});
