import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, eventsOf, settle, shadow, textOf, textsOf, longDate} from '../../test/helpers.js';
import type {CareerFit} from './career-fit.js';

const list = (locale: string, items: string[], type: 'conjunction' | 'disjunction' = 'conjunction') => new Intl.ListFormat(locale, {type}).format(items);
/** Each term of the description list with its description. */
const pairs = (el: Element) => [...shadow(el).querySelectorAll('dt')].map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]);
const intro = (el: Element) => textsOf(shadow(el), '[part=base] > p:not([part])');

const ONET_CITATION = 'O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration';

describe('<career-fit>', () => {
  it('opens with the invitation to a self-assessment, in English', async () => {
    const el = await settle<CareerFit>(html`<career-fit lang="en" career=${CSR}></career-fit>`);
    expect(intro(el)).to.deep.equal([
      'A job is much more likely to be satisfying if it matches your interests, personality type and work-related values. Do a self-assessment to find out whether you have these traits, which suit this occupation.',
    ]);
    expect(shadow(el).querySelector('dd.code')!.getAttribute('dir')).to.equal('ltr');
    expect(textsOf(shadow(el), '[part~=attribution]')).to.have.length(1);
  });

  it('shows only what O*NET gives for tellers: a two-letter Holland code and the work values, no personality types', async () => {
    const el = await settle<CareerFit>(html`<career-fit lang="en" career="teller"></career-fit>`);
    expect(pairs(el)).to.deep.equal([
      ['Interests (Holland code)', 'CE: Conventional and Enterprising'],
      ['Work values', 'Relationships, Support, and Independence'],
    ]);
    expect(intro(el)).to.deep.equal([]);
    expect(textsOf(shadow(el), '[part=sources]')).to.deep.equal([`Source: ${ONET_CITATION}`]);
  });

  it('reads right to left in Arabic: translated intro, Arabic names, the MBTI types joined with Arabic “or” and kept left to right', async () => {
    const el = await settle<CareerFit>(html`<career-fit lang="ar" career=${CSR}></career-fit>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textOf(root.querySelector('h2'))).to.equal('هل هذه المهنة مناسبة لك؟');
    expect(intro(el)).to.deep.equal([
      'تزداد كثيرًا فرصة أن تكون الوظيفة مُرضية إذا توافقت مع اهتماماتك ونوع شخصيتك وقيمك المرتبطة بالعمل. قم بتقييم ذاتي لتعرف ما إذا كانت لديك الصفات التالية التي تجعل هذه المهنة مناسبة لك.',
    ]);
    expect(textsOf(root, 'dt')).to.deep.equal(['الاهتمامات (رمز هولاند)', 'أنماط الشخصية (MBTI)', 'قيم العمل']);
    expect(pairs(el)[1][1]).to.equal(list('ar', ['ESFJ', 'ISTJ', 'INFJ', 'INFP'], 'disjunction'));
    expect(root.querySelector('dd.code')!.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(root.querySelector('dl')!).direction).to.equal('rtl');
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      `المصادر: ${list('ar', [
        `إدارة التوظيف والتدريب، وزارة العمل الأمريكية، O*NET OnLine (تمت الزيارة في ${longDate('ar', '2018-08-20')})`,
        'قاعدة بيانات O*NET 29.3، وزارة العمل الأمريكية، إدارة التوظيف والتدريب',
      ])}`,
    );
  });

  it('names the Holland letters and work values in Malay', async () => {
    const el = await settle<CareerFit>(html`<career-fit lang="ms" career="teller"></career-fit>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Adakah kerja ini sesuai dengan anda?');
    expect(pairs(el)).to.deep.equal([
      ['Minat (kod Holland)', `CE: ${list('ms', ['Konvensional', 'Keusahawanan'])}`],
      ['Nilai kerja', list('ms', ['Hubungan', 'Sokongan', 'Kebebasan'])],
    ]);
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.equal('Sumber: Pangkalan Data O*NET 29.3, Jabatan Buruh AS, Pentadbiran Guna Tenaga dan Latihan');
  });

  it('says the section is not available for a host’s career with no interests, types or values', async () => {
    const el = await settle<CareerFit>(html`<career-fit lang="en" src="/test/fixtures/byo/night-support-agent.{locale}.json"></career-fit>`);
    const root = shadow(el);
    expect(textsOf(root, '[part=heading]')).to.deep.equal(['Is this job a good fit?']);
    expect(textOf(root.querySelector('p.status'))).to.equal('This section is not available for this career yet.');
    expect(textsOf(root, 'dl, [part~=sources], [part=error]')).to.deep.equal([]);
  });

  it('shows an Arabic alert for an “All Other” SOC code, which names no occupation', async () => {
    const el = await settle<CareerFit>(html`<career-fit lang="ar" career="43-4199"></career-fit>`);
    expect(textsOf(shadow(el), '[role=alert]')).to.deep.equal(['لم يُعثر على معلومات عن المهنة «43-4199».']);
    expect(textsOf(shadow(el), '[part=heading], dl')).to.deep.equal([]);
    expect(eventsOf(el).map((e) => [e.type, e.detail.career, e.detail.locale, (e.detail as {reason?: string}).reason])).to.deep.equal([
      ['career-widget-error', '43-4199', 'ar', 'unknown-career'],
    ]);
  });
});
