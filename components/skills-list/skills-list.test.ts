import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {CSR, settle, shadow, textOf, textsOf} from '../../test/helpers.js';
import type {SkillsList} from './skills-list.js';

/** Each O*NET list's sub-heading, items and note (empty when the list is whole). */
const onetLists = (el: SkillsList) =>
  [...shadow(el).querySelectorAll('section')]
    .filter((section) => textOf(section.querySelector('[part~=heading]')).includes('(O*NET)'))
    .map((section) => ({
      heading: textOf(section.querySelector('[part~=heading]')),
      items: textsOf(section, 'ul > li'),
      note: textOf(section.querySelector('.note')),
    }));

const integer = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);

describe('<skills-list>', () => {
  it("lists the seeds' soft skills with explanations and personal qualities, then O*NET's most important skills, knowledge and work styles, in English", async () => {
    const el = await settle<SkillsList>(html`<skills-list lang="en" career=${CSR}></skills-list>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Skills and qualities: Customer Service Representative');
    expect(textsOf(root, 'h3')).to.deep.equal([
      'Soft skills',
      'Personal qualities',
      'Skills (O*NET)',
      'Knowledge (O*NET)',
      'Work styles (O*NET)',
    ]);
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
    // The default limit, 8: O*NET's skills (12 rated important) and work styles (16) are shortened, knowledge (7) is whole.
    expect(onetLists(el)).to.deep.equal([
      {
        heading: 'Skills (O*NET)',
        items: ['Active Listening', 'Service Orientation', 'Speaking', 'Reading Comprehension', 'Critical Thinking', 'Complex Problem Solving', 'Time Management', 'Writing'],
        note: 'The 8 most important of 12 rated important by O*NET.',
      },
      {
        heading: 'Knowledge (O*NET)',
        items: ['Customer and Personal Service', 'English Language', 'Administration and Management', 'Sales and Marketing', 'Mathematics', 'Administrative', 'Computers and Electronics'],
        note: '',
      },
      {
        heading: 'Work styles (O*NET)',
        items: ['Dependability', 'Self-Control', 'Attention to Detail', 'Stress Tolerance', 'Integrity', 'Initiative', 'Adaptability/Flexibility', 'Cooperation'],
        note: 'The 8 most important of 16 rated important by O*NET.',
      },
    ]);
    // English names in an English widget need no marking.
    expect(root.querySelectorAll('ul[lang], li [lang]')).to.have.length(0);
    const sources = textOf(root.querySelector('[part=sources]'));
    expect(sources).to.match(/^Sources: Employment and Training Administration, U\.S\. Department of Labor, O\*NET OnLine \(visited August 20, 2018\)/);
    expect(sources).to.contain('Malay edition of this profile');
  });

  it('is announced as lists of the right length', async () => {
    const el = await settle<SkillsList>(html`<skills-list lang="en" career=${CSR}></skills-list>`);
    const lists = shadow(el).querySelectorAll('ul');
    expect([...lists].map((list) => list.querySelectorAll(':scope > li').length)).to.deep.equal([5, 5, 8, 7, 8]);
  });

  it("shows `limit` of each O*NET list, with a note, and every one of the seeds' items", async () => {
    const el = await settle<SkillsList>(html`<skills-list lang="en" career=${CSR} limit="3"></skills-list>`);
    expect(onetLists(el)).to.deep.equal([
      {heading: 'Skills (O*NET)', items: ['Active Listening', 'Service Orientation', 'Speaking'], note: 'The 3 most important of 12 rated important by O*NET.'},
      {
        heading: 'Knowledge (O*NET)',
        items: ['Customer and Personal Service', 'English Language', 'Administration and Management'],
        note: 'The 3 most important of 7 rated important by O*NET.',
      },
      {heading: 'Work styles (O*NET)', items: ['Dependability', 'Self-Control', 'Attention to Detail'], note: 'The 3 most important of 16 rated important by O*NET.'},
    ]);
    const [skills, qualities] = shadow(el).querySelectorAll('ul');
    expect(skills.querySelectorAll(':scope > li')).to.have.length(5);
    expect(qualities.querySelectorAll(':scope > li')).to.have.length(5);
  });

  it('names O*NET’s skills, knowledge and work styles in Arabic, right to left, with nothing marked as English', async () => {
    const ar = await settle<SkillsList>(html`<skills-list career=${CSR} lang="ar" limit="3"></skills-list>`);
    const root = shadow(ar);
    expect(ar.getAttribute('dir')).to.equal('rtl');
    expect(onetLists(ar)).to.deep.equal([
      {
        heading: 'المهارات (O*NET)',
        items: ['الاستماع النشط', 'التوجه نحو الخدمة', 'التحدث'],
        note: `تُعرض هنا أهم ${integer('ar', 3)} من أصل ${integer('ar', 12)} يعدّها O*NET مهمة.`,
      },
      {
        heading: 'المعارف (O*NET)',
        items: ['خدمة العملاء والخدمات الشخصية', 'اللغة الإنجليزية', 'الإدارة والتسيير'],
        note: `تُعرض هنا أهم ${integer('ar', 3)} من أصل ${integer('ar', 7)} يعدّها O*NET مهمة.`,
      },
      {
        heading: 'أساليب العمل (O*NET)',
        items: ['الموثوقية', 'ضبط النفس', 'الاهتمام بالتفاصيل'],
        note: `تُعرض هنا أهم ${integer('ar', 3)} من أصل ${integer('ar', 16)} يعدّها O*NET مهمة.`,
      },
    ]);
    const lists = [...root.querySelectorAll('ul')];
    // The seeds' lists and O*NET's names are all Arabic: nothing is marked, no note.
    expect(lists.map((list) => [list.closest('[lang]')!.getAttribute('lang'), getComputedStyle(list).direction])).to.deep.equal(Array(5).fill(['ar', 'rtl']));
    expect(root.querySelectorAll('[part=notice]')).to.have.length(0);
    expect(textOf(lists[0].querySelector('li .name'))).to.equal('الاستماع النشط');
    expect(textOf(lists[1].querySelector('li .name'))).to.equal('الصبر');
  });

  it('speaks Russian and Arabic, with the visited date as Intl writes it', async () => {
    const ru = await settle<SkillsList>(html`<skills-list career=${CSR} lang="ru"></skills-list>`);
    expect(textsOf(shadow(ru), 'h3')).to.deep.equal([
      'Гибкие навыки',
      'Личные качества',
      'Навыки (O*NET)',
      'Знания (O*NET)',
      'Стили работы (O*NET)',
    ]);
    expect(textOf(shadow(ru).querySelector('li .name'))).to.equal('Активное слушание');
    expect(textsOf(shadow(ru), '.note')).to.deep.equal([
      'Показаны 8 самых важных из 12, которые O*NET считает важными.',
      'Показаны 8 самых важных из 16, которые O*NET считает важными.',
    ]);
    expect(shadow(ru).querySelectorAll('[part=base] [lang]')).to.have.length(0);
    expect(textsOf(shadow(ru), 'ul')[2]).to.match(/^Активное слушание/);
    const date = (locale: string) =>
      new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date('2018-08-20T00:00:00Z'));
    expect(textOf(shadow(ru).querySelector('[part=sources]'))).to.contain(`просмотрено ${date('ru')}`);

    const ar = await settle<SkillsList>(html`<skills-list career=${CSR} lang="ar" heading-level="3"></skills-list>`);
    expect(ar.getAttribute('dir')).to.equal('rtl');
    expect(textOf(shadow(ar).querySelector('h3'))).to.equal('المهارات والصفات: ممثل خدمة العملاء');
    expect(textsOf(shadow(ar), 'h4')).to.deep.equal([
      'المهارات الناعمة',
      'الصفات الشخصية',
      'المهارات (O*NET)',
      'المعارف (O*NET)',
      'أساليب العمل (O*NET)',
    ]);
    expect(textOf(shadow(ar).querySelector('[part=sources]'))).to.contain(date('ar'));
  });

  it("shows an imported occupation's O*NET lists alone, citing O*NET 29.3 with its attribution", async () => {
    const el = await settle<SkillsList>(html`<skills-list lang="en" career="registered-nurse"></skills-list>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Skills and qualities: Registered Nurses');
    expect(textsOf(root, 'h3')).to.deep.equal(['Skills (O*NET)', 'Knowledge (O*NET)', 'Work styles (O*NET)']);
    expect(onetLists(el)[0]).to.deep.equal({
      heading: 'Skills (O*NET)',
      items: ['Social Perceptiveness', 'Active Listening', 'Speaking', 'Critical Thinking', 'Coordination', 'Service Orientation', 'Reading Comprehension', 'Judgment and Decision Making'],
      note: 'The 8 most important of 18 rated important by O*NET.',
    });
    expect(root.querySelector('.status')).to.equal(null);
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      'Source: O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration',
    );
    expect(textsOf(root, '[part~=attribution]')).to.deep.equal([
      'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. The O*NET content shown here was selected and shortened by career-widgets.',
    ]);

    const quiet = await settle<SkillsList>(html`<skills-list lang="en" career="registered-nurse" no-attribution></skills-list>`);
    expect(shadow(quiet).querySelector('[part~=attribution]')).to.equal(null);
  });

  it('caps sub-headings at h6', async () => {
    const el = await settle<SkillsList>(html`<skills-list lang="en" career=${CSR} heading-level="6"></skills-list>`);
    expect(shadow(el).querySelectorAll('h6')).to.have.length(6);
  });

  it('passes axe in English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await settle<SkillsList>(html`<skills-list career=${CSR} lang=${lang}></skills-list>`);
      await expect(el).to.be.accessible();
    }
  });
});
