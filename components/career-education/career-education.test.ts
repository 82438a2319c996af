import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, eventsOf, settle, shadow, textOf, textsOf, longDate} from '../../test/helpers.js';
import type {CareerEducation} from './career-education.js';

const list = (locale: string, items: string[]) => new Intl.ListFormat(locale, {type: 'conjunction'}).format(items);
/** The widget's own paragraphs: the career's text on how people train. */
const paragraphs = (el: Element) => textsOf(shadow(el), '[part=base] > p:not([part]):not(.status)');

/** A host's own career with no education facts and no text about training. */
const NO_EDUCATION = `data:application/json,${encodeURIComponent(JSON.stringify({
  facts: {id: 'night-support-agent', soc: {code: '43-4051', version: '2018'}, textSources: {overview: ['example-telecom']}, sources: {'example-telecom': {publisher: 'Example Telecom', title: 'Job posting'}}},
  text: {title: 'Night Support Agent', sources: {'example-telecom': 'Example Telecom, job posting'}},
}))}`;

describe('<career-education>', () => {
  it('follows the facts with the two paragraphs on how people train, and O*NET’s attribution for the Job Zone', async () => {
    const el = await settle<CareerEducation>(html`<career-education lang="en" career=${CSR} heading-level="3"></career-education>`);
    const root = shadow(el);
    expect(textsOf(root, 'h3')).to.deep.equal(['Education and training']);
    expect(paragraphs(el)).to.deep.equal([
      'You can become a customer service representative with only a high school or equivalency diploma. Most employers provide on-the-job training that lasts from a few weeks to a few months, depending on the industry.',
      'Training in the finance and insurance industries is usually more extensive and includes learning about government regulations. In some states, jobs that involve selling or giving information about certain products, such as financial instruments and insurance, may require a license.',
    ]);
    expect(textsOf(root, '[part~=attribution]')).to.deep.equal([
      'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
    ]);
  });

  it('names a doctoral degree and Job Zone 5 for dentists', async () => {
    const el = await settle<CareerEducation>(html`<career-education lang="en" career="dentist-general"></career-education>`);
    expect(textsOf(shadow(el), 'dd')).to.deep.equal([
      'Doctoral or professional degree',
      'No work experience needed',
      'No on-the-job training',
      'Job Zone 5: extensive preparation needed',
    ]);
    expect(paragraphs(el)).to.deep.equal([]);
  });

  it('reads right to left in Arabic, its paragraphs translated and unmarked, its sources listed as Intl joins them', async () => {
    const el = await settle<CareerEducation>(html`<career-education lang="ar" career=${CSR}></career-education>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textOf(root.querySelector('h2'))).to.equal('التعليم والتدريب');
    expect(getComputedStyle(root.querySelector('dl')!).direction).to.equal('rtl');
    expect(paragraphs(el)[1]).to.equal(
      'يكون التدريب في قطاعي المال والتأمين عادةً أشمل، ويتضمن التعرف على اللوائح الحكومية. وفي بعض الولايات قد تتطلب الوظائف التي تشمل بيع منتجات معينة أو تقديم معلومات عنها، مثل الأدوات المالية والتأمين، الحصول على ترخيص.',
    );
    expect(root.querySelectorAll('[part=base] [lang]').length).to.equal(0);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      `المصادر: ${list('ar', [
        `مكتب إحصاءات العمل (BLS)، وزارة العمل الأمريكية، دليل التوقعات المهنية (Occupational Outlook Handbook) (تمت الزيارة في ${longDate('ar', '2018-08-20')})`,
        'مكتب إحصاءات العمل الأمريكي، توقعات التوظيف للفترة 2024–2034',
        'قاعدة بيانات O*NET 29.3، وزارة العمل الأمريكية، إدارة التوظيف والتدريب',
      ])}`,
    );
  });

  it('names an apprenticeship and Job Zone 3 for electricians, in Filipino', async () => {
    const el = await settle<CareerEducation>(html`<career-education lang="fil" career="electrician"></career-education>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Edukasyon at pagsasanay');
    expect(textsOf(root, 'dt, dd')).to.deep.equal([
      'Karaniwang edukasyon para makapasok sa trabaho',
      'Diploma sa mataas na paaralan o katumbas',
      'Karanasan sa trabaho',
      'Hindi kailangan ng karanasan sa trabaho',
      'Pagsasanay habang nagtatrabaho',
      'Pag-aaprentis',
      'Paghahanda (O*NET Job Zone)',
      'Antas ng paghahanda (Job Zone) 3: kailangan ng katamtamang paghahanda',
    ]);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      `Mga pinagmulan: ${list('fil', [
        'Kawanihan ng Estadistika sa Paggawa ng US, Mga Pagtataya sa Empleo 2024–34',
        'Database na O*NET 29.3, Kagawaran ng Paggawa ng US, Pangasiwaan sa Empleo at Pagsasanay',
      ])}`,
    );
  });

  it('says the section is not available, in Malay, for a host’s career with no education facts or text', async () => {
    const el = await settle<CareerEducation>(html`<career-education lang="ms" src=${NO_EDUCATION}></career-education>`);
    const root = shadow(el);
    expect(textsOf(root, '[part=heading]')).to.deep.equal(['Pendidikan dan latihan']);
    expect(textOf(root.querySelector('p.status'))).to.equal('Bahagian ini belum tersedia untuk kerjaya ini.');
    expect(textsOf(root, 'dt, dd, [part~=sources], [part=error]')).to.deep.equal([]);
  });

  it('shows a Malay alert for a career written as words rather than an id', async () => {
    const el = await settle<CareerEducation>(html`<career-education lang="ms" career="registered nurse"></career-education>`);
    expect(textsOf(shadow(el), '[role=alert]')).to.deep.equal(['Tiada maklumat kerjaya ditemui untuk “registered nurse”.']);
    expect(textsOf(shadow(el), '[part=heading], dl')).to.deep.equal([]);
    const [error] = eventsOf(el);
    expect(error.type).to.equal('career-widget-error');
    expect(error.detail).to.include({career: 'registered nurse', locale: 'ms', reason: 'unknown-career'});
  });
});
