import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, eventsOf, settle, shadow, textOf, textsOf, longDate, hostCareer} from '../../test/helpers.js';
import type {CareerJobSearch} from './career-job-search.js';

/** Each numbered step: its bold heading, then the whole item as read. */
const steps = (el: Element) => [...shadow(el).querySelectorAll('ol[part=list] > li')].map((li) => [textOf(li.querySelector('strong.step')), textOf(li)]);

/** A host's own career whose steps are in English whatever the language asked for. */
const HOST_DATA = hostCareer({
  howToGetTheJob: [{heading: 'Apply', text: 'Online, any time.'}, {heading: 'Interview', text: 'By phone.'}],
  langs: {howToGetTheJob: 'en'},
});

describe('<career-job-search>', () => {
  it('numbers the three steps, each a bold heading followed by its advice, in English', async () => {
    const el = await settle<CareerJobSearch>(html`<career-job-search lang="en" career=${CSR}></career-job-search>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('How to get the job');
    expect(steps(el)).to.deep.equal([
      [
        'Apply',
        'Apply CustomerServiceJobs.com and CustomerServiceCrossing list jobs in the field. Also look at general job sites such as Indeed and Monster, and at the websites of local companies you would like to work for.',
      ],
      [
        'Write a resume and a cover letter',
        'Write a resume and a cover letter Create a resume that shows your strengths and sets you apart from other candidates. Write a cover letter for the specific job; do not send a generic one that shows you did not take the time to consider that job.',
      ],
      [
        'Practice common interview questions',
        'Practice common interview questions Many of the same questions come up in customer service job interviews. Go over them and over answers that will impress your interviewer.',
      ],
    ]);
    // The heading sits on its own line above the advice.
    expect(getComputedStyle(shadow(el).querySelector('strong.step')!).display).to.equal('block');
    expect(textsOf(shadow(el), '[part=sources]')).to.deep.equal(['Source: Icelandic edition of this profile (The Balance)']);
  });

  it('reads right to left in Arabic, the steps translated and unmarked', async () => {
    const el = await settle<CareerJobSearch>(html`<career-job-search lang="ar" career=${CSR}></career-job-search>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textOf(root.querySelector('h2'))).to.equal('كيف تحصل على الوظيفة');
    expect(steps(el).map(([heading]) => heading)).to.deep.equal(['قدّم طلبك', 'اكتب سيرة ذاتية وخطاب تقديم', 'تدرّب على أسئلة المقابلات الشائعة']);
    expect(steps(el)[2][1]).to.equal(
      'تدرّب على أسئلة المقابلات الشائعة تتكرر كثير من الأسئلة نفسها في مقابلات وظائف خدمة العملاء. راجعها وراجع طرق الإجابة عنها التي تترك انطباعًا جيدًا لدى من يجري المقابلة.',
    );
    expect(getComputedStyle(root.querySelector('ol')!).direction).to.equal('rtl');
    expect(root.querySelectorAll('[part=base] [lang]').length).to.equal(0);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal('المصدر: النسخة الآيسلندية من هذا الملف المهني (The Balance)');
  });

  it('speaks Malay', async () => {
    const el = await settle<CareerJobSearch>(html`<career-job-search lang="ms" career=${CSR}></career-job-search>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Cara mendapatkan pekerjaan ini');
    expect(steps(el).map(([heading]) => heading)).to.deep.equal(['Mohon', 'Tulis resume dan surat iringan', 'Berlatih menjawab soalan temu duga yang lazim']);
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.equal('Sumber: Edisi bahasa Iceland profil ini (The Balance)');
  });

  it('says the section is not available, with no list, for computer user support specialists in Icelandic', async () => {
    const el = await settle<CareerJobSearch>(html`<career-job-search lang="is" career="15-1232.00"></career-job-search>`);
    const root = shadow(el);
    expect(textsOf(root, '[part=heading]')).to.deep.equal(['Hvernig á að fá starfið']);
    expect(textOf(root.querySelector('p.status'))).to.equal('Þessi hluti er ekki enn til fyrir þetta starf.');
    expect(textsOf(root, 'ol, [part=sources], [part=error]')).to.deep.equal([]);
  });

  it('marks each of a host’s English steps as English, left to right, inside an Arabic widget, with one note', async () => {
    const el = await settle<CareerJobSearch>(html`<career-job-search lang="ar" src=${HOST_DATA}></career-job-search>`);
    const root = shadow(el);
    const marks = [...root.querySelectorAll('ol > li > span')].map((span) => [span.getAttribute('lang'), span.getAttribute('dir'), getComputedStyle(span).direction]);
    expect(marks).to.deep.equal([['en', 'ltr', 'ltr'], ['en', 'ltr', 'ltr']]);
    expect(steps(el)).to.deep.equal([['Apply', 'Apply Online, any time.'], ['Interview', 'Interview By phone.']]);
    expect(textsOf(root, '[part=notice]')).to.deep.equal(['أجزاء من هذه الصفحة باللغة الإنجليزية.']);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(`المصدر: Example Telecom, job posting (تمت الزيارة في ${longDate('ar', '2024-05-01')})`);
  });

  it('shows a Russian alert for an id written in capitals', async () => {
    const el = await settle<CareerJobSearch>(html`<career-job-search lang="ru" career="CUSTOMER-SERVICE-REPRESENTATIVE"></career-job-search>`);
    expect(textsOf(shadow(el), '[role=alert]')).to.deep.equal(['Сведения о профессии «CUSTOMER-SERVICE-REPRESENTATIVE» не найдены.']);
    expect(textsOf(shadow(el), '[part=heading], ol')).to.deep.equal([]);
    expect(eventsOf(el).map((e) => [e.type, e.detail.career, e.detail.locale, (e.detail as {reason?: string}).reason])).to.deep.equal([
      ['career-widget-error', 'CUSTOMER-SERVICE-REPRESENTATIVE', 'ru', 'unknown-career'],
    ]);
  });
});
