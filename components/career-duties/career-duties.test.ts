import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, eventsOf, settle, shadow, textOf, textsOf} from '../../test/helpers.js';
import type {CareerDuties} from './career-duties.js';

const integer = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);
/** The lists: the duties from job announcements (if any), then O*NET's tasks. */
const lists = (el: Element) => [...shadow(el).querySelectorAll('ul')].map((ul) => textsOf(ul, 'li'));

const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.';
const SHORTENED = 'The O*NET content shown here was selected and shortened by career-widgets.';

describe('<career-duties>', () => {
  it('shows `limit` tasks, with a note and an attribution that says the O*NET content was shortened', async () => {
    const el = await settle<CareerDuties>(html`<career-duties lang="en" career=${CSR} limit="3"></career-duties>`);
    const root = shadow(el);
    const [duties, tasks] = lists(el);
    expect(duties).to.have.length(6);
    expect(tasks).to.deep.equal([
      'Confer with customers by telephone or in person to provide information about products or services, take or enter orders, cancel accounts, or obtain details of complaints.',
      'Keep records of customer interactions or transactions, recording details of inquiries, complaints, or comments, as well as actions taken.',
      "Check to ensure that appropriate changes were made to resolve customers' problems.",
    ]);
    expect(textOf(root.querySelector('.note'))).to.equal('3 of the 13 tasks O*NET lists, core tasks first.');
    expect(textsOf(root, '[part~=attribution]')).to.deep.equal([`${ONET_ATTRIBUTION} ${SHORTENED}`]);
  });

  it('shows all 13 tasks, with no note and an unqualified attribution, when limit exceeds them; sub-heading one level down', async () => {
    const el = await settle<CareerDuties>(html`<career-duties lang="en" career=${CSR} limit="20" heading-level="4"></career-duties>`);
    const root = shadow(el);
    expect(textsOf(root, 'h4')).to.deep.equal(['A day in the life']);
    expect(textsOf(root, 'h5')).to.deep.equal(['Tasks (O*NET)']);
    expect(lists(el)[1]).to.have.length(13);
    expect(lists(el)[1].at(-1)).to.equal('Recommend improvements in products, packaging, shipping, service, or billing methods and procedures to prevent future problems.');
    expect(textsOf(root, '.note')).to.deep.equal([]);
    expect(textsOf(root, '[part~=attribution]')).to.deep.equal([ONET_ATTRIBUTION]);
  });

  it('still shows one task for limit="0"', async () => {
    const el = await settle<CareerDuties>(html`<career-duties lang="en" career=${CSR} limit="0"></career-duties>`);
    expect(lists(el)[1]).to.have.length(1);
    expect(textOf(shadow(el).querySelector('.note'))).to.equal('1 of the 13 tasks O*NET lists, core tasks first.');
  });

  it('marks O*NET’s untranslated tasks as English, left to right, in Arabic, with the note in Arabic', async () => {
    const el = await settle<CareerDuties>(html`<career-duties lang="ar" career="registered-nurse"></career-duties>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textsOf(root, '[part=heading]')).to.deep.equal(['يوم في العمل']);
    const tasks = root.querySelector('ul')!;
    expect([tasks.getAttribute('lang'), tasks.getAttribute('dir'), getComputedStyle(tasks).direction]).to.deep.equal(['en', 'ltr', 'ltr']);
    expect(textsOf(tasks, 'li').slice(0, 2)).to.deep.equal([
      "Record patients' medical information and vital signs.",
      'Administer medications to patients and monitor patients for reactions or side effects.',
    ]);
    expect(getComputedStyle(root.querySelector('.note')!).direction).to.equal('rtl');
    expect(textOf(root.querySelector('.note'))).to.equal(`${integer('ar', 12)} من أصل ${integer('ar', 27)} مهمة يدرجها O*NET، والمهام الأساسية أولًا.`);
    expect(textsOf(root, '[part=notice]')).to.deep.equal(['أجزاء من هذه الصفحة باللغة الإنجليزية.']);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal('المصدر: قاعدة بيانات O*NET 29.3، وزارة العمل الأمريكية، إدارة التوظيف والتدريب');
    expect(eventsOf(el).map((e) => (e.detail as {reason?: string}).reason)).to.include('partly-in-english');
  });

  it('shows translated tasks unmarked in Icelandic, cut to limit="5"', async () => {
    const el = await settle<CareerDuties>(html`<career-duties lang="is" career="15-1232.00" limit="5"></career-duties>`);
    const root = shadow(el);
    expect(textsOf(root, '[part=heading]')).to.deep.equal(['Dagur í starfinu']);
    expect(lists(el)).to.have.length(1);
    expect(lists(el)[0][0]).to.equal('Hefur eftirlit með daglegri virkni tölvukerfa.');
    expect(lists(el)[0]).to.have.length(5);
    expect(root.querySelectorAll('[part=base] [lang]').length).to.equal(0);
    expect(textOf(root.querySelector('.note'))).to.equal(`${integer('is', 5)} af ${integer('is', 16)} verkefnum sem O*NET telur upp, meginverkefni fyrst.`);
    expect(textsOf(root, '[part~=attribution]')).to.deep.equal([
      'Þessi vara inniheldur upplýsingar úr gagnagrunninum O*NET 29.3 frá Atvinnu- og starfsþjálfunarstofnun vinnumálaráðuneytis Bandaríkjanna (USDOL/ETA). Upplýsingarnar eru notaðar samkvæmt leyfinu CC BY 4.0. O*NET® er vörumerki USDOL/ETA. Efnið úr O*NET sem hér birtist var valið og stytt af career-widgets.',
    ]);
  });

  it('says the section is not available for a host’s career with neither duties nor tasks, with no attribution', async () => {
    const el = await settle<CareerDuties>(html`<career-duties lang="ar" src="/test/fixtures/byo/night-support-agent.{locale}.json"></career-duties>`);
    const root = shadow(el);
    expect(textsOf(root, '[part=heading]')).to.deep.equal(['يوم في العمل']);
    expect(textOf(root.querySelector('p.status'))).to.equal('هذا القسم غير متوفر لهذه المهنة بعد.');
    expect(textsOf(root, 'li, .note, [part~=sources], [part=error]')).to.deep.equal([]);
  });

  it('shows an Arabic alert for a well-formed O*NET-SOC code that names no occupation', async () => {
    const el = await settle<CareerDuties>(html`<career-duties lang="ar" career="29-9999.00"></career-duties>`);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textsOf(shadow(el), '[role=alert]')).to.deep.equal(['لم يُعثر على معلومات عن المهنة «29-9999.00».']);
    expect(textsOf(shadow(el), '[part=heading], li')).to.deep.equal([]);
    expect(eventsOf(el).map((e) => [e.type, e.detail.career, e.detail.locale, (e.detail as {reason?: string}).reason])).to.deep.equal([
      ['career-widget-error', '29-9999.00', 'ar', 'unknown-career'],
    ]);
  });

  it('shows a host’s tasks whose source is named “constructor”, a name every object inherits', async () => {
    const career = {
      facts: {id: 'night-support-agent', soc: {code: '43-4051', version: '2018'}, textSources: {tasks: ['constructor']}, sources: {constructor: {publisher: 'Example Telecom', title: 'Job posting'}}},
      text: {title: 'Night Support Agent', tasks: ['Answer calls at night.'], sources: {}},
    };
    const src = `data:application/json,${encodeURIComponent(JSON.stringify(career))}`;
    const el = await settle<CareerDuties>(html`<career-duties lang="en" src=${src}></career-duties>`);
    expect(textsOf(shadow(el), 'li')).to.deep.equal(['Answer calls at night.']);
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.equal('Source: Example Telecom');
    expect(eventsOf(el).map((e) => e.type)).to.include('career-widget-load');
  });
});
