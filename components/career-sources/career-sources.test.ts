import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {eventsOf, settle, shadow, textOf, textsOf, longDate} from '../../test/helpers.js';
import type {CareerSources} from './career-sources.js';

/** Each item's link (its accessible name and address), or null where the source has no address, and the visit date. */
const entries = (el: Element) =>
  [...shadow(el).querySelectorAll('ul[part=list] > li')].map((li) => {
    const link = li.querySelector('a');
    return [link ? textOf(link) : textOf(li), link?.getAttribute('href') ?? null, textOf(li.querySelector('.year'))];
  });

const TELLER_HREFS = ['https://www.bls.gov/ooh/', 'https://www.bls.gov/ooh/', 'https://www.bls.gov/oes/', 'https://www.bls.gov/emp/', 'https://www.onetcenter.org/database.html'];

describe('<career-sources>', () => {
  it('lists only the three public sources, linked and undated, for an imported occupation, with no source line of its own', async () => {
    const el = await settle<CareerSources>(html`<career-sources lang="en" career="registered-nurse"></career-sources>`);
    expect(textsOf(shadow(el), '[part=heading]')).to.deep.equal(['Sources']);
    expect(entries(el)).to.deep.equal([
      ['U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics', 'https://www.bls.gov/oes/', ''],
      ['U.S. Bureau of Labor Statistics, Employment Projections 2024–34', 'https://www.bls.gov/emp/', ''],
      ['O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration', 'https://www.onetcenter.org/database.html', ''],
    ]);
    expect(textsOf(shadow(el), '[part~=sources], [part=notice]')).to.deep.equal([]);
  });

  it('reads right to left in Arabic: the editions tellers cite first, their visit dates as Intl writes them', async () => {
    const el = await settle<CareerSources>(html`<career-sources lang="ar" career="teller"></career-sources>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textsOf(root, 'h2')).to.deep.equal(['المصادر']);
    expect(getComputedStyle(root.querySelector('ul')!).direction).to.equal('rtl');
    expect(entries(el)).to.deep.equal([
      ['مكتب إحصاءات العمل (BLS)، وزارة العمل الأمريكية، دليل التوقعات المهنية (Occupational Outlook Handbook)', TELLER_HREFS[0], `(تمت الزيارة في ${longDate('ar', '2018-08-20')})`],
      ['مكتب إحصاءات العمل (BLS)، وزارة العمل الأمريكية، دليل التوقعات المهنية (Occupational Outlook Handbook)، طبعة 2014–2015', TELLER_HREFS[1], `(تمت الزيارة في ${longDate('ar', '2015-10-25')})`],
      ['مكتب إحصاءات العمل الأمريكي، إحصاءات التوظيف والأجور حسب المهنة', TELLER_HREFS[2], ''],
      ['مكتب إحصاءات العمل الأمريكي، توقعات التوظيف للفترة 2024–2034', TELLER_HREFS[3], ''],
      ['قاعدة بيانات O*NET 29.3، وزارة العمل الأمريكية، إدارة التوظيف والتدريب', TELLER_HREFS[4], ''],
    ]);
  });

  it('speaks Icelandic', async () => {
    const el = await settle<CareerSources>(html`<career-sources lang="is" career="teller"></career-sources>`);
    expect(textsOf(shadow(el), 'h2')).to.deep.equal(['Heimildir']);
    expect(entries(el)).to.deep.equal([
      ['Bureau of Labor Statistics (BLS), atvinnumálaráðuneyti Bandaríkjanna, Occupational Outlook Handbook', TELLER_HREFS[0], `(skoðað ${longDate('is', '2018-08-20')})`],
      ['Bureau of Labor Statistics (BLS), atvinnumálaráðuneyti Bandaríkjanna, Occupational Outlook Handbook, útgáfa 2014–15', TELLER_HREFS[1], `(skoðað ${longDate('is', '2015-10-25')})`],
      ['Vinnumálahagstofa Bandaríkjanna, tölfræði um fjölda starfandi og laun eftir störfum', TELLER_HREFS[2], ''],
      ['Vinnumálahagstofa Bandaríkjanna, atvinnuspár 2024–34', TELLER_HREFS[3], ''],
      ['Gagnagrunnurinn O*NET 29.3, vinnumálaráðuneyti Bandaríkjanna, Atvinnu- og starfsþjálfunarstofnun', TELLER_HREFS[4], ''],
    ]);
  });

  it('lists a host’s single source as plain text, with no link, when it has no address', async () => {
    const el = await settle<CareerSources>(html`<career-sources lang="en" src="/test/fixtures/byo/night-support-agent.{locale}.json"></career-sources>`);
    expect(entries(el)).to.deep.equal([['Example Telecom, job posting (visited May 1, 2024)', null, '(visited May 1, 2024)']]);
    expect(shadow(el).querySelectorAll('a').length).to.equal(0);
  });

  it('shows an alert for a career named with a file extension', async () => {
    const el = await settle<CareerSources>(html`<career-sources lang="en" career="registered-nurse.json"></career-sources>`);
    expect(textsOf(shadow(el), '[role=alert]')).to.deep.equal(['No career information was found for “registered-nurse.json”.']);
    expect(textsOf(shadow(el), '[part=heading], li')).to.deep.equal([]);
    expect(eventsOf(el).map((e) => [e.type, e.detail.career, e.detail.locale, (e.detail as {reason?: string}).reason])).to.deep.equal([
      ['career-widget-error', 'registered-nurse.json', 'en', 'unknown-career'],
    ]);
  });
});
