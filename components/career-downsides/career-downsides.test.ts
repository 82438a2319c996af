import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, eventsOf, settle, shadow, textOf, textsOf, longDate, hostCareer} from '../../test/helpers.js';
import type {CareerDownsides} from './career-downsides.js';

/** A date as the widgets write it: in full, in the locale. */

/** A host's own career (runtime form), whose downsides are in English whatever the language asked for. */
const HOST_DATA = hostCareer({downsides: ['Nights are long.', 'Calls can be hard.'], langs: {downsides: 'en'}});

describe('<career-downsides>', () => {
  it('lists the five hard parts of the job and cites the Occupational Outlook Handbook, in English', async () => {
    const el = await settle<CareerDownsides>(html`<career-downsides lang="en" career=${CSR}></career-downsides>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('The downside');
    expect(textsOf(root, 'ul[part=list] > li')).to.deep.equal([
      'Expect to spend a lot of time on the phone, all day if you work in a call center.',
      "Customers are often upset and will take it out on you as the company's representative. This can be very stressful.",
      'Call centers are often crowded and noisy.',
      'Your employer may require you to answer a set number of calls per shift.',
      'There is a good chance your schedule will include evenings, nights, weekends and holidays.',
    ]);
    expect(textsOf(root, '[part=sources]')).to.deep.equal(['Source: U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (visited August 20, 2018)']);
    // Not O*NET content: no attribution, and nothing is marked as another language.
    expect(textsOf(root, '[part~=attribution], [part=notice]')).to.deep.equal([]);
    expect(root.querySelectorAll('[part=base] [lang]').length).to.equal(0);
  });

  it('reads right to left in Arabic, with the translated list unmarked and the visit date as Intl writes it', async () => {
    const el = await settle<CareerDownsides>(html`<career-downsides lang="ar" career=${CSR}></career-downsides>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textOf(root.querySelector('h2'))).to.equal('الجانب السلبي');
    const list = root.querySelector('ul')!;
    expect([list.getAttribute('lang'), list.getAttribute('dir'), getComputedStyle(list).direction]).to.deep.equal([null, null, 'rtl']);
    const items = textsOf(list, 'li');
    expect(items).to.have.length(5);
    expect(items[0]).to.equal('توقّع أن تقضي وقتًا طويلًا على الهاتف، وطوال اليوم إذا كنت تعمل في مركز اتصال.');
    expect(items[2]).to.equal('غالبًا ما تكون مراكز الاتصال مزدحمة وصاخبة.');
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      `المصدر: مكتب إحصاءات العمل (BLS)، وزارة العمل الأمريكية، دليل التوقعات المهنية (Occupational Outlook Handbook) (تمت الزيارة في ${longDate('ar', '2018-08-20')})`,
    );
    expect(textsOf(root, '[part=notice]')).to.deep.equal([]);
  });

  it('speaks Malay', async () => {
    const el = await settle<CareerDownsides>(html`<career-downsides lang="ms" career=${CSR}></career-downsides>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(textOf(root.querySelector('h2'))).to.equal('Keburukan');
    expect(textsOf(root, 'li').at(-1)).to.equal('Besar kemungkinan jadual anda merangkumi waktu petang, malam, hujung minggu dan cuti umum.');
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      `Sumber: Biro Statistik Buruh A.S. (BLS), Occupational Outlook Handbook (dilawati pada ${longDate('ms', '2018-08-20')})`,
    );
  });

  it('says the section is not available, with no list and no source line, for an occupation with no downsides (Filipino)', async () => {
    const el = await settle<CareerDownsides>(html`<career-downsides lang="fil" career="29-1141.00"></career-downsides>`);
    const root = shadow(el);
    expect(textsOf(root, '[part=heading]')).to.deep.equal(['Ang negatibong bahagi']);
    expect(textOf(root.querySelector('p.status'))).to.equal('Wala pang seksyong ito para sa trabahong ito.');
    expect(textsOf(root, 'li, [part=sources], [part=error], [part=notice]')).to.deep.equal([]);
    expect(eventsOf(el).map((e) => e.type)).to.deep.equal(['career-widget-load']);
  });

  it('marks a host’s English downsides as English, left to right, inside an Arabic widget, and says so once', async () => {
    const el = await settle<CareerDownsides>(html`<career-downsides lang="ar" src=${HOST_DATA}></career-downsides>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textOf(root.querySelector('h2'))).to.equal('الجانب السلبي');
    const list = root.querySelector('ul')!;
    expect([list.getAttribute('lang'), list.getAttribute('dir'), getComputedStyle(list).direction]).to.deep.equal(['en', 'ltr', 'ltr']);
    expect(textsOf(list, 'li')).to.deep.equal(['Nights are long.', 'Calls can be hard.']);
    expect(textsOf(root, '[part=notice]')).to.deep.equal(['أجزاء من هذه الصفحة باللغة الإنجليزية.']);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(`المصدر: Example Telecom, job posting (تمت الزيارة في ${longDate('ar', '2024-05-01')})`);
    expect(eventsOf(el).map((e) => [e.type, (e.detail as {reason?: string}).reason])).to.deep.equal([
      ['career-widget-error', 'partly-in-english'],
      ['career-widget-load', undefined],
    ]);
  });

  it('shows an alert, not a heading, for a career named by its title instead of its id', async () => {
    const el = await settle<CareerDownsides>(html`<career-downsides lang="en" career="Customer Service Representative"></career-downsides>`);
    const root = shadow(el);
    expect(textsOf(root, '[role=alert]')).to.deep.equal(['No career information was found for “Customer Service Representative”.']);
    expect(textsOf(root, '[part=heading], li, [part=sources]')).to.deep.equal([]);
    const [error] = eventsOf(el);
    expect(error.type).to.equal('career-widget-error');
    expect(error.detail).to.include({career: 'Customer Service Representative', locale: 'en', reason: 'unknown-career'});
  });
});
