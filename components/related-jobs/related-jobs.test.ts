import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, settle, shadow, textOf, textsOf, usd, year} from '../../test/helpers.js';
import type {RelatedJobs} from './related-jobs.js';

const rows = (el: RelatedJobs) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((row) => [
    textOf(row.querySelector('th')),
    ...textsOf(row, 'td'),
  ]);

describe('<related-jobs>', () => {
  it('is a table of related occupations with what they do, median pay with its year and education', async () => {
    const el = await settle<RelatedJobs>(html`<related-jobs career=${CSR}></related-jobs>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Related occupations');
    expect(textOf(root.querySelector('caption'))).to.equal('Occupations related to Customer Service Representative');
    expect(textsOf(root, 'thead th[scope=col]')).to.deep.equal([
      'Occupation',
      'What they do',
      'Median pay per year',
      'Minimum education',
    ]);
    expect(root.querySelectorAll('tbody th[scope=row]')).to.have.length(5);
    expect(rows(el)).to.deep.equal([
      ['Order Clerk', 'Receives and processes orders for products and services.', '$33,510 (2017)', 'High school diploma or equivalent'],
      ['Library Assistant', 'Greets library patrons, lends and receives materials, and issues library cards.', '$25,810 (2017)', 'High school diploma or equivalent'],
      ['Teller', 'Processes deposits and withdrawals and carries out other routine transactions in a bank.', '$28,110 (2017)', 'High school diploma or equivalent'],
      ['Retail Salesperson', 'Sells products directly to customers in a retail store.', '$23,210 (2017)', 'High school diploma or equivalent'],
      ['Computer User Support Specialist', 'Helps computer users with software, hardware and peripheral problems.', '$50,210 (2017)', 'Varies. Computer experience is a must.'],
    ]);
    expect(root.querySelector('a')).to.equal(null);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      'Source: U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (2017 figures, visited August 20, 2018)',
    );
  });

  it('shows the 2014 edition when asked', async () => {
    const el = await settle<RelatedJobs>(html`<related-jobs career=${CSR} year="2014"></related-jobs>`);
    expect(rows(el).map((row) => row[2])).to.deep.equal([
      '$31,180 (2014)',
      '$23,910 (2014)',
      '$25,760 (2014)',
      '$21,390 (2014)',
      '$47,610 (2014)',
    ]);
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.contain('2014–15 Edition (2014 figures, visited October 25, 2015)');
  });

  it('links titles through href-template', async () => {
    const el = await settle<RelatedJobs>(html`<related-jobs career=${CSR} href-template="/careers/{id}"></related-jobs>`);
    const links = [...shadow(el).querySelectorAll('tbody th a')].map((a) => [textOf(a), a.getAttribute('href')]);
    expect(links[0]).to.deep.equal(['Order Clerk', '/careers/order-clerk']);
    expect(links).to.have.length(5);
  });

  it('speaks Arabic and Russian, right to left in Arabic', async () => {
    const ar = await settle<RelatedJobs>(html`<related-jobs career=${CSR} lang="ar"></related-jobs>`);
    expect(ar.getAttribute('dir')).to.equal('rtl');
    expect(rows(ar)[2]).to.deep.equal([
      'صرّاف بنك',
      'يعالج الإيداعات والسحوبات وينفذ معاملات مصرفية روتينية أخرى.',
      `${usd('ar', 28110)} (${year('ar', 2017)})`,
      'شهادة الثانوية العامة أو ما يعادلها',
    ]);
    const ru = await settle<RelatedJobs>(html`<related-jobs career=${CSR} lang="ru"></related-jobs>`);
    expect(rows(ru)[0].slice(0, 1)).to.deep.equal(['Сотрудник по обработке заказов']);
    expect(rows(ru)[0][2]).to.equal(`${usd('ru', 33510)} (2017)`);
    expect(textOf(shadow(ru).querySelector('h2'))).to.equal('Родственные профессии');
  });

  it('passes axe in English and Arabic, links included', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await settle<RelatedJobs>(
        html`<related-jobs career=${CSR} lang=${lang} href-template="/careers/{id}"></related-jobs>`,
      );
      await expect(el).to.be.accessible();
    }
  });
});
