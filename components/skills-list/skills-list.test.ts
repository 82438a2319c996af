import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, settle, shadow, textOf, textsOf} from '../../test/helpers.js';
import type {SkillsList} from './skills-list.js';

describe('<skills-list>', () => {
  it('lists soft skills with explanations and personal qualities under sub-headings, in English', async () => {
    const el = await settle<SkillsList>(html`<skills-list career=${CSR}></skills-list>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Skills and qualities: Customer Service Representative');
    expect(textsOf(root, 'h3')).to.deep.equal(['Soft skills', 'Personal qualities']);
    const [skills, qualities] = root.querySelectorAll('ul');
    expect(textsOf(skills, 'li .name')).to.deep.equal([
      'Active listening',
      'Verbal communication',
      'Customer service',
      'Critical thinking and problem solving',
      'Interpersonal skills',
    ]);
    expect(textOf(skills.querySelector('li'))).to.equal(
      "Active listening To solve your customers' problems, you must understand what they are. That only happens when you listen carefully to what customers say.",
    );
    expect(textsOf(qualities, 'li .name')).to.deep.equal([
      'Patience',
      'Making customers feel important',
      'Listening',
      'Willingness to learn',
      'Staying positive',
    ]);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      'Sources: Employment and Training Administration, U.S. Department of Labor, O*NET OnLine (visited August 20, 2018) and Malay edition of this profile',
    );
  });

  it('is announced as lists of the right length', async () => {
    const el = await settle<SkillsList>(html`<skills-list career=${CSR}></skills-list>`);
    const lists = shadow(el).querySelectorAll('ul');
    expect(lists).to.have.length(2);
    lists.forEach((list) => expect(list.querySelectorAll(':scope > li')).to.have.length(5));
  });

  it('speaks Russian and Arabic, with the visited date as Intl writes it', async () => {
    const ru = await settle<SkillsList>(html`<skills-list career=${CSR} lang="ru"></skills-list>`);
    expect(textsOf(shadow(ru), 'h3')).to.deep.equal(['Гибкие навыки', 'Личные качества']);
    expect(textOf(shadow(ru).querySelector('li .name'))).to.equal('Активное слушание');
    const date = (locale: string) =>
      new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date('2018-08-20T00:00:00Z'));
    expect(textOf(shadow(ru).querySelector('[part=sources]'))).to.contain(`просмотрено ${date('ru')}`);

    const ar = await settle<SkillsList>(html`<skills-list career=${CSR} lang="ar" heading-level="3"></skills-list>`);
    expect(ar.getAttribute('dir')).to.equal('rtl');
    expect(textOf(shadow(ar).querySelector('h3'))).to.equal('المهارات والصفات: ممثل خدمة العملاء');
    expect(textsOf(shadow(ar), 'h4')).to.deep.equal(['المهارات الناعمة', 'الصفات الشخصية']);
    expect(textOf(shadow(ar).querySelector('[part=sources]'))).to.contain(date('ar'));
  });

  it('caps sub-headings at h6', async () => {
    const el = await settle<SkillsList>(html`<skills-list career=${CSR} heading-level="6"></skills-list>`);
    expect(shadow(el).querySelectorAll('h6')).to.have.length(3);
  });

  it('passes axe in English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await settle<SkillsList>(html`<skills-list career=${CSR} lang=${lang}></skills-list>`);
      await expect(el).to.be.accessible();
    }
  });
});
