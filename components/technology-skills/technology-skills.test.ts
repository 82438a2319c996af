import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {settle, shadow, textOf, textsOf} from '../../test/helpers.js';
import type {TechnologySkills} from './technology-skills.js';

const DEVELOPER = 'software-developer';
/** dist/data/software-developer/technology.json: facts.technologyCount. */
const DEVELOPER_TOTAL = 426;

/** Each item as a reader sees it: the name, its kind, and the badge where it has one. */
const items = (el: TechnologySkills) =>
  [...shadow(el).querySelectorAll('ul[part=list] > li')].map((li) => ({
    name: textOf(li.querySelector('.name')),
    text: textOf(li),
    badge: textOf(li.querySelector('.badge')),
  }));

/** Whether every item with a badge comes before every item without one. */
const badgesFirst = (list: {badge: string}[]) => {
  const lastBadge = list.map((item) => Boolean(item.badge)).lastIndexOf(true);
  const firstPlain = list.findIndex((item) => !item.badge);
  return firstPlain === -1 || lastBadge < firstPlain;
};

const integer = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);

const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.';
const SELECTED = 'The O*NET content shown here was selected and shortened by career-widgets.';

describe('<technology-skills>', () => {
  it('lists 15 technologies by default, hot technologies first, each with its kind, with a note and O*NET’s attribution', async () => {
    const el = await settle<TechnologySkills>(html`<technology-skills lang="en" career=${DEVELOPER}></technology-skills>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2'))).to.equal('Technology skills');
    const list = items(el);
    expect(list).to.have.length(15);
    expect(list.slice(0, 5)).to.deep.equal([
      {name: 'Amazon Web Services AWS software', text: 'Amazon Web Services AWS software (Data base user interface and query software) Hot technology', badge: 'Hot technology'},
      {name: 'Apache Kafka', text: 'Apache Kafka (Development environment software) Hot technology', badge: 'Hot technology'},
      {name: 'Atlassian JIRA', text: 'Atlassian JIRA (Content workflow software) Hot technology', badge: 'Hot technology'},
      {name: 'C', text: 'C (Development environment software) Hot technology', badge: 'Hot technology'},
      {name: 'C#', text: 'C# (Object or component oriented development software) Hot technology', badge: 'Hot technology'},
    ]);
    expect(list[14].name).to.equal('Jenkins CI');
    expect(list.every((item) => item.badge === 'Hot technology')).to.equal(true);
    expect(textOf(root.querySelector('.note'))).to.equal(
      `15 of the ${integer('en', DEVELOPER_TOTAL)} technologies O*NET lists, hot technologies first.`,
    );
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      'Source: O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration',
    );
    expect(textsOf(root, '[part~=attribution]')).to.deep.equal([`${ONET_ATTRIBUTION} ${SELECTED}`]);
    // Product names in an English widget need no marking.
    expect(root.querySelectorAll('ul[lang], li [lang]')).to.have.length(0);
  });

  it('shows `limit` technologies', async () => {
    const el = await settle<TechnologySkills>(html`<technology-skills lang="en" career=${DEVELOPER} limit="5"></technology-skills>`);
    expect(items(el).map((item) => item.name)).to.deep.equal([
      'Amazon Web Services AWS software',
      'Apache Kafka',
      'Atlassian JIRA',
      'C',
      'C#',
    ]);
    expect(shadow(el).querySelectorAll('ul[part=list] > li')).to.have.length(5);
    expect(textOf(shadow(el).querySelector('.note'))).to.equal(
      `5 of the ${integer('en', DEVELOPER_TOTAL)} technologies O*NET lists, hot technologies first.`,
    );
  });

  it('puts hot technologies before the others, and has no note when it shows them all', async () => {
    // Fishing and Hunting Workers: 13 technologies, 2 of them hot.
    const el = await settle<TechnologySkills>(html`<technology-skills lang="en" career="fishing-and-hunting-worker"></technology-skills>`);
    const list = items(el);
    expect(list).to.have.length(13);
    expect(list.map((item) => item.badge)).to.deep.equal(['Hot technology', 'Hot technology', ...Array(11).fill('')]);
    expect(list.slice(0, 3).map((item) => item.name)).to.deep.equal(['Microsoft Excel', 'Microsoft Office software', 'Catchlog Trading Catchlog']);
    expect(badgesFirst(list)).to.equal(true);
    expect(shadow(el).querySelector('.note')).to.equal(null);
    // Nothing was left out, so the attribution does not say the content was shortened.
    expect(textsOf(shadow(el), '[part~=attribution]')).to.deep.equal([ONET_ATTRIBUTION]);
  });

  it('speaks Russian: kinds of software in Russian, product names as they are, isolated', async () => {
    const ru = await settle<TechnologySkills>(html`<technology-skills career=${DEVELOPER} lang="ru"></technology-skills>`);
    const root = shadow(ru);
    expect(textOf(root.querySelector('h2'))).to.equal('Технологические навыки');
    const list = items(ru);
    expect(list).to.have.length(15);
    expect(list.every((item) => item.badge === 'Востребованная технология')).to.equal(true);
    expect(list[1].text).to.equal('Apache Kafka (Среды разработки) Востребованная технология');
    // Product names are names, in no language (WCAG 3.1.2): isolated, not marked; the rest is Russian.
    expect(root.querySelectorAll('[part=base] [lang]')).to.have.length(0);
    expect(root.querySelectorAll('[part=notice]')).to.have.length(0);
    for (const li of root.querySelectorAll('ul[part=list] > li')) {
      expect(li.querySelector('.name')!.closest('bdi'), textOf(li)).to.not.equal(null);
      expect(li.querySelector('.badge')!.matches(':lang(ru)'), 'the badge is Russian').to.equal(true);
    }
    expect(textOf(root.querySelector('.note'))).to.equal(
      `Показано технологий: 15 из ${integer('ru', DEVELOPER_TOTAL)} в перечне O*NET; востребованные технологии — в начале.`,
    );
    expect(textOf(root.querySelector('[part=sources]'))).to.equal(
      'Источник: База данных O*NET 29.3, Министерство труда США, Управление по вопросам занятости и профессиональной подготовки',
    );
    expect(textOf(root.querySelector('[part~=attribution]'))).to.match(/^Этот продукт содержит информацию из базы данных O\*NET 29\.3/);
  });

  it('is right to left in Arabic, with the product names isolated, left to right', async () => {
    const ar = await settle<TechnologySkills>(html`<technology-skills career=${DEVELOPER} lang="ar" limit="3"></technology-skills>`);
    const root = shadow(ar);
    expect(ar.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root.querySelector('[part=base]')!).direction).to.equal('rtl');
    expect(textOf(root.querySelector('h2'))).to.equal('المهارات التقنية');
    expect(items(ar).map((item) => item.badge)).to.deep.equal(Array(3).fill('تقنية مطلوبة'));
    const name = root.querySelector('li .name')!;
    expect(textOf(name)).to.equal('Amazon Web Services AWS software');
    expect(name.parentElement!.localName).to.equal('bdi');
    expect(getComputedStyle(name).direction).to.equal('ltr');
    expect(textOf(root.querySelector('li'))).to.match(/\p{Script=Arabic}/u);
    expect(textOf(root.querySelector('.note'))).to.equal(
      `تُعرض ${integer('ar', 3)} من أصل ${integer('ar', DEVELOPER_TOTAL)} من التقنيات التي يدرجها O*NET، وتأتي التقنيات المطلوبة أولًا.`,
    );
    expect(root.querySelectorAll('[part~=attribution]')).to.have.length(1);
  });

  it('leaves out the attribution with no-attribution, keeping the source line', async () => {
    const el = await settle<TechnologySkills>(html`<technology-skills lang="en" career=${DEVELOPER} no-attribution></technology-skills>`);
    expect(shadow(el).querySelector('[part~=attribution]')).to.equal(null);
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.equal(
      'Source: O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration',
    );
  });

  it('takes the occupation by its SOC code', async () => {
    const el = await settle<TechnologySkills>(html`<technology-skills lang="en" career="15-1252"></technology-skills>`);
    expect(items(el).slice(0, 2).map((item) => item.name)).to.deep.equal(['Amazon Web Services AWS software', 'Apache Kafka']);
  });

  it('passes axe in English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await settle<TechnologySkills>(html`<technology-skills career=${DEVELOPER} lang=${lang}></technology-skills>`);
      await expect(el).to.be.accessible();
    }
  });
});
