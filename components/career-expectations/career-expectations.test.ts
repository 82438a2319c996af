import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, eventsOf, settle, shadow, textOf, textsOf, longDate, hostCareer} from '../../test/helpers.js';
import type {CareerExpectations} from './career-expectations.js';

/** The introduced list: its intro, then its items. */
const introduced = (el: Element) => {
  const block = shadow(el).querySelector('[part=heading] + div')!;
  return {intro: textOf(block.querySelector('p')), items: textsOf(block, 'ul[part=list] > li')};
};

/** A host's own career whose requirements are in English whatever the language asked for. */
const HOST_DATA = hostCareer({
  employerExpectations: {intro: 'The posting asks for:', items: ['A calm voice', 'Fast typing']},
  langs: {employerExpectations: 'en'},
});

describe('<career-expectations>', () => {
  it('introduces and lists the six requirements quoted from job announcements, citing Indeed.com, in English', async () => {
    const el = await settle<CareerExpectations>(html`<career-expectations lang="en" career=${CSR}></career-expectations>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('What employers expect');
    expect(introduced(el)).to.deep.equal({
      intro: 'Here are some requirements from actual job announcements on Indeed.com:',
      items: [
        'Must be comfortable working in a fast-paced, high-volume call center',
        'Solves problems that are generally unstructured and require extensive use of conceptual thinking skills',
        'Goes out of their way to make customers feel important and valued, and gives customers 100% of their attention',
        'Detail-oriented, fast-paced, flexible team player',
        'Positive attitude and a productive, professional and courteous manner',
        'Superior telephone etiquette',
      ],
    });
    expect(textsOf(shadow(el), '[part~=sources]')).to.deep.equal(['Source: Job announcements on Indeed.com (visited August 20, 2018)']);
  });

  it('reads right to left in Arabic, the intro and list translated and unmarked', async () => {
    const el = await settle<CareerExpectations>(html`<career-expectations lang="ar" career=${CSR}></career-expectations>`);
    const root = shadow(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textOf(root.querySelector('h2'))).to.equal('ماذا يتوقع أصحاب العمل');
    const {intro, items} = introduced(el);
    expect(intro).to.equal('فيما يلي بعض المتطلبات من إعلانات وظائف حقيقية على موقع Indeed.com:');
    expect([items.length, items[0], items[5]]).to.deep.equal([6, 'الارتياح للعمل في مركز اتصال سريع الإيقاع وكثير المكالمات', 'إتقان آداب الحديث على الهاتف']);
    expect(getComputedStyle(root.querySelector('ul')!).direction).to.equal('rtl');
    expect(root.querySelectorAll('[part=base] [lang]').length).to.equal(0);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(`المصدر: إعلانات الوظائف على موقع Indeed.com (تمت الزيارة في ${longDate('ar', '2018-08-20')})`);
  });

  it('speaks Filipino', async () => {
    const el = await settle<CareerExpectations>(html`<career-expectations lang="fil" career=${CSR}></career-expectations>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Ano ang inaasahan ng mga employer');
    expect(introduced(el).intro).to.equal('Narito ang ilang kinakailangan mula sa mga totoong anunsyo ng trabaho sa Indeed.com:');
    expect(introduced(el).items.at(-1)).to.equal('Napakahusay na etiketa sa telepono');
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.equal(
      `Pinagmulan: Mga anunsyo ng trabaho sa Indeed.com (binisita noong ${longDate('fil', '2018-08-20')})`,
    );
  });

  it('says the section is not available for electricians, in Russian, with no list and no source line', async () => {
    const el = await settle<CareerExpectations>(html`<career-expectations lang="ru" career="electrician"></career-expectations>`);
    const root = shadow(el);
    expect(textsOf(root, '[part=heading]')).to.deep.equal(['Чего ждут работодатели']);
    expect(textOf(root.querySelector('p.status'))).to.equal('Для этой профессии этого раздела пока нет.');
    expect(textsOf(root, 'li, [part=sources], [part=error]')).to.deep.equal([]);
  });

  it('marks a host’s English requirements, intro and list together, inside a Russian widget, with one note', async () => {
    const el = await settle<CareerExpectations>(html`<career-expectations lang="ru" src=${HOST_DATA}></career-expectations>`);
    const root = shadow(el);
    const block = root.querySelector('[part=heading] + div')!;
    expect([block.getAttribute('lang'), block.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(introduced(el)).to.deep.equal({intro: 'The posting asks for:', items: ['A calm voice', 'Fast typing']});
    expect(textsOf(root, '[part=notice]')).to.deep.equal(['Часть этой страницы — на английском языке.']);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(`Источник: Example Telecom, job posting (просмотрено ${longDate('ru', '2024-05-01')})`);
  });

  it('shows an Icelandic alert for a career id with an underscore', async () => {
    const el = await settle<CareerExpectations>(html`<career-expectations lang="is" career="customer_service"></career-expectations>`);
    expect(textsOf(shadow(el), '[role=alert]')).to.deep.equal(['Engar upplýsingar fundust um starfið „customer_service“.']);
    expect(textsOf(shadow(el), '[part=heading], li')).to.deep.equal([]);
    expect(eventsOf(el).map((e) => [e.type, e.detail.career, e.detail.locale, (e.detail as {reason?: string}).reason])).to.deep.equal([
      ['career-widget-error', 'customer_service', 'is', 'unknown-career'],
    ]);
  });
});
