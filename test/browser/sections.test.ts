import {expect} from '@open-wc/testing';
import {html, unsafeStatic} from 'lit/static-html.js';
import {CSR, settle, shadow, textOf, textsOf} from '../helpers.js';

// The profile's section widgets: what each shows, in English and Arabic.
const en = (tag: string) => settle<HTMLElement>(html`<${unsafeStatic(tag)} career=${CSR} lang="en"></${unsafeStatic(tag)}>`);
const ar = (tag: string) => settle<HTMLElement>(html`<${unsafeStatic(tag)} career=${CSR} lang="ar"></${unsafeStatic(tag)}>`);
const sources = (el: Element) => textOf(shadow(el).querySelector('[part=sources]'));

describe('profile sections', () => {
  it('<career-duties> lists the duties from job announcements', async () => {
    const el = await en('career-duties');
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('A day in the life');
    expect(textOf(shadow(el).querySelector('p'))).to.equal('Employers listed these duties in job announcements on Indeed.com:');
    expect(shadow(el).querySelectorAll('ul > li')).to.have.length(6);
    expect(sources(el)).to.equal('Source: Job announcements on Indeed.com (visited August 20, 2018)');
    const arabic = await ar('career-duties');
    expect(textOf(shadow(arabic).querySelector('h2'))).to.equal('يوم في العمل');
    expect(textOf(shadow(arabic).querySelector('li'))).to.match(/^التشاور مع العملاء/);
  });

  it('<career-education> gives the minimum education and how people train', async () => {
    const el = await en('career-education');
    expect(textsOf(shadow(el), 'dt, dd')).to.deep.equal(['Minimum education', 'High school diploma or equivalent']);
    expect(shadow(el).querySelectorAll('[part=base] > p:not([part])')).to.have.length(2);
    expect(textOf(shadow(el).querySelector('[part=base] > p:not([part])'))).to.match(/^You can become a customer service representative/);
    const arabic = await ar('career-education');
    expect(textsOf(shadow(arabic), 'dt, dd')).to.deep.equal(['الحد الأدنى من التعليم', 'شهادة الثانوية العامة أو ما يعادلها']);
  });

  it('<career-outlook> lists every projection, newest first, and employment by year', async () => {
    const el = await en('career-outlook');
    expect(textsOf(shadow(el), 'ul > li')).to.deep.equal([
      'About as fast as the average for all occupations: 5% growth, 2016–2026',
      'Faster than the average for all occupations, 2014–2024',
    ]);
    expect(textOf(shadow(el).querySelector('caption'))).to.equal('Employment of Customer Service Representative');
    expect([...shadow(el).querySelectorAll('tbody tr')].map((row) => [textOf(row.querySelector('th')), textOf(row.querySelector('td'))])).to.deep.equal([
      ['2016', '2,784,500'],
      ['2012', '2,363,000'],
    ]);
    const arabic = await ar('career-outlook');
    expect(textOf(shadow(arabic).querySelector('tbody td'))).to.equal(new Intl.NumberFormat('ar').format(2784500));
    expect(textOf(shadow(arabic).querySelector('li'))).to.match(/^بمعدل مماثل تقريبًا لمتوسط جميع المهن/);
  });

  it('<career-downsides> and <career-expectations> list what is hard and what employers ask', async () => {
    const downsides = await en('career-downsides');
    expect(textOf(shadow(downsides).querySelector('h2'))).to.equal('The downside');
    expect(shadow(downsides).querySelectorAll('li')).to.have.length(5);
    const expectations = await en('career-expectations');
    expect(textOf(shadow(expectations).querySelector('h2'))).to.equal('What employers expect');
    expect(textsOf(shadow(expectations), 'li').at(-1)).to.equal('Superior telephone etiquette');
    const arabic = await ar('career-downsides');
    expect(textOf(shadow(arabic).querySelector('h2'))).to.equal('الجانب السلبي');
  });

  it('<career-fit> names the Holland letters, the MBTI types and the work values in the reader’s language', async () => {
    const el = await en('career-fit');
    expect(textsOf(shadow(el), 'dt')).to.deep.equal(['Interests (Holland code)', 'Personality types (MBTI)', 'Work values']);
    expect(textsOf(shadow(el), 'dd')).to.deep.equal([
      'ECS: Enterprising, Conventional, and Social',
      'ESFJ, ISTJ, INFJ, or INFP',
      'Relationships, Support, and Independence',
    ]);
    const arabic = await ar('career-fit');
    const list = (items: string[]) => new Intl.ListFormat('ar', {type: 'conjunction'}).format(items);
    expect(textsOf(shadow(arabic), 'dd')[0]).to.equal(`ECS: ${list(['المبادر', 'التقليدي', 'الاجتماعي'])}`);
    expect(textsOf(shadow(arabic), 'dd')[2]).to.equal(list(['العلاقات', 'الدعم', 'الاستقلالية']));
  });

  it('<career-environment> has work environment and schedule under sub-headings', async () => {
    const el = await settle<HTMLElement>(html`<career-environment career=${CSR} heading-level="3"></career-environment>`);
    expect(textOf(shadow(el).querySelector('h3'))).to.equal('Work environment and schedule');
    expect(textsOf(shadow(el), 'h4')).to.deep.equal(['Work environment', 'Schedule']);
    expect(sources(el)).to.equal('Source: Icelandic edition of this profile (The Balance)');
  });

  it('<career-job-search> numbers the steps', async () => {
    const el = await en('career-job-search');
    expect(textsOf(shadow(el), 'ol > li > .step')).to.deep.equal(['Apply', 'Write a resume and a cover letter', 'Practice common interview questions']);
    const arabic = await ar('career-job-search');
    expect(textOf(shadow(arabic).querySelector('.step'))).to.equal('قدّم طلبك');
  });

  it('<career-sources> lists every source with a link and the date it was visited', async () => {
    const el = await en('career-sources');
    const items = textsOf(shadow(el), 'li');
    expect(items).to.include('U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, 2014–15 Edition (visited October 25, 2015)');
    expect(items).to.include('Malay edition of this profile');
    const link = shadow(el).querySelector('a[href="https://www.onetonline.org/"]');
    expect(textOf(link)).to.equal('Employment and Training Administration, U.S. Department of Labor, O*NET OnLine');
    const arabic = await ar('career-sources');
    expect(textsOf(shadow(arabic), 'li')).to.include(
      `مكتب إحصاءات العمل (BLS)، وزارة العمل الأمريكية، دليل التوقعات المهنية (Occupational Outlook Handbook) (تمت الزيارة في ${new Intl.DateTimeFormat('ar', {dateStyle: 'long', timeZone: 'UTC'}).format(new Date('2018-08-20T00:00:00Z'))})`,
    );
  });

  it('says a section is not available when the career has no text for it', async () => {
    const el = await settle<HTMLElement>(html`<career-duties career="teller" lang="ru"></career-duties>`);
    expect(textOf(shadow(el).querySelector('.status'))).to.equal('Для этой профессии этого раздела пока нет.');
  });

  for (const tag of ['career-duties', 'career-education', 'career-outlook', 'career-fit', 'career-job-search', 'career-sources']) {
    it(`<${tag}> passes axe in English and Arabic`, async () => {
      await expect(await en(tag)).to.be.accessible();
      await expect(await ar(tag)).to.be.accessible();
    });
  }
});
