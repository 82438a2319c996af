import {expect} from '@open-wc/testing';
import {html, unsafeStatic} from 'lit/static-html.js';
import {CSR, eventsOf, reloadAfter, settle, shadow, textOf} from '../helpers.js';

// What every widget promises, checked for each of them.
const WIDGETS: {tag: string; en: string; ar: string; ru: string; sourceLine?: false}[] = [
  {tag: 'career-facts', en: 'Customer Service Representative', ar: 'ممثل خدمة العملاء', ru: 'Представитель службы поддержки клиентов'},
  {tag: 'salary-table', en: 'Wages: Customer Service Representative', ar: 'الأجور: ممثل خدمة العملاء', ru: 'Заработная плата: Представитель службы поддержки клиентов'},
  {tag: 'skills-list', en: 'Skills and qualities: Customer Service Representative', ar: 'المهارات والصفات: ممثل خدمة العملاء', ru: 'Навыки и качества: Представитель службы поддержки клиентов'},
  {tag: 'related-jobs', en: 'Related occupations', ar: 'المهن ذات الصلة', ru: 'Родственные профессии'},
  {tag: 'career-duties', en: 'A day in the life', ar: 'يوم في العمل', ru: 'Один рабочий день'},
  {tag: 'career-education', en: 'Education and training', ar: 'التعليم والتدريب', ru: 'Образование и подготовка'},
  {tag: 'career-outlook', en: 'Job outlook', ar: 'آفاق العمل', ru: 'Перспективы занятости'},
  {tag: 'career-downsides', en: 'The downside', ar: 'الجانب السلبي', ru: 'Минусы профессии'},
  {tag: 'career-expectations', en: 'What employers expect', ar: 'ماذا يتوقع أصحاب العمل', ru: 'Чего ждут работодатели'},
  {tag: 'career-fit', en: 'Is this job a good fit?', ar: 'هل هذه المهنة مناسبة لك؟', ru: 'Подходит ли вам эта работа?'},
  {tag: 'career-environment', en: 'Work environment and schedule', ar: 'بيئة العمل وساعاته', ru: 'Условия и график работы'},
  {tag: 'career-job-search', en: 'How to get the job', ar: 'كيف تحصل على الوظيفة', ru: 'Как получить эту работу'},
  // The list of sources is itself the citation; a profile's sections carry their own source lines.
  {tag: 'career-sources', en: 'Sources', ar: 'المصادر', ru: 'Источники', sourceLine: false},
  {tag: 'career-profile', en: 'Customer Service Representative', ar: 'ممثل خدمة العملاء', ru: 'Представитель службы поддержки клиентов', sourceLine: false},
];

for (const {tag, en, ar, ru, sourceLine} of WIDGETS) {
  const element = unsafeStatic(tag);
  const heading = (el: Element) => textOf(shadow(el).querySelector('[part=heading]'));

  describe(`<${tag}>, like every widget,`, () => {
    it('shows its heading at heading-level in en, ar and ru, right to left in Arabic', async () => {
      const page = await settle<HTMLElement>(html`<div>
        <${element} career=${CSR} lang="en" heading-level="3"></${element}>
        <${element} career=${CSR} lang="ar" heading-level="1"></${element}>
        <${element} career=${CSR} lang="ru"></${element}>
      </div>`);
      const [enEl, arEl, ruEl] = page.children;
      expect([heading(enEl), heading(arEl), heading(ruEl)]).to.deep.equal([en, ar, ru]);
      expect([enEl, arEl, ruEl].map((el) => shadow(el).querySelector('[part=heading]')!.localName)).to.deep.equal(['h3', 'h1', 'h2']);
      expect([enEl, arEl, ruEl].map((el) => el.getAttribute('dir'))).to.deep.equal(['ltr', 'rtl', 'ltr']);
      if (sourceLine !== false) {
        for (const el of [enEl, arEl, ruEl]) expect(textOf(shadow(el).querySelector('[part=sources]'))).to.match(/\S/);
      }
    });

    it('falls back to heading level 2 for a heading-level out of range', async () => {
      const el = await settle<HTMLElement>(html`<${element} career=${CSR} heading-level="9"></${element}>`);
      expect(shadow(el).querySelector('[part=heading]')!.localName).to.equal('h2');
    });

    it('shows a localized error and fires career-widget-error for an unknown career', async () => {
      const el = await settle<HTMLElement>(html`<${element} career="no-such-job" lang="ru"></${element}>`);
      expect(textOf(shadow(el).querySelector('[part=error]'))).to.equal('Сведения о профессии «no-such-job» не найдены.');
      expect(eventsOf(el).length).to.be.greaterThan(0);
      for (const event of eventsOf(el)) {
        expect([event.type, (event.detail as {reason?: string}).reason]).to.deep.equal(['career-widget-error', 'unknown-career']);
      }
    });

    it('fires career-widget-load with the career and locale, and re-renders when its lang changes', async () => {
      const el = await settle<HTMLElement>(html`<${element} career=${CSR} lang="en"></${element}>`);
      // A profile's sections announce themselves too, through it: every event is a load of this career.
      expect(eventsOf(el).length).to.be.greaterThan(0);
      for (const event of eventsOf(el)) {
        expect([event.type, event.detail]).to.deep.equal(['career-widget-load', {career: CSR, locale: 'en', title: 'Customer Service Representative'}]);
      }
      await reloadAfter(el, () => el.setAttribute('lang', 'ar'));
      expect(heading(el)).to.equal(ar);
      expect(el.getAttribute('dir')).to.equal('rtl');
    });

    it('follows a dark theme, by attribute', async () => {
      const page = await settle<HTMLElement>(html`<div>
        <${element} career=${CSR} theme="light"></${element}>
        <${element} career=${CSR} theme="dark"></${element}>
      </div>`);
      const [light, dark] = [...page.children].map((el) => getComputedStyle(shadow(el).querySelector('[part=base]')!).backgroundColor);
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).to.equal('rgb(26, 30, 35)');
    });

    it('passes axe in the dark theme, in Arabic', async () => {
      const el = await settle<HTMLElement>(html`<${element} career=${CSR} lang="ar" theme="dark"></${element}>`);
      await expect(el).to.be.accessible();
    });
  });
}
