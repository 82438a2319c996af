import {expect, waitUntil} from '@open-wc/testing';
import {html, unsafeStatic} from 'lit/static-html.js';
import {CSR, settle, shadow, textOf, textsOf} from '../helpers.js';

// The profile's section widgets: what each shows, in English and Arabic.
const en = (tag: string) => settle<HTMLElement>(html`<${unsafeStatic(tag)} career=${CSR} lang="en"></${unsafeStatic(tag)}>`);
const ar = (tag: string) => settle<HTMLElement>(html`<${unsafeStatic(tag)} career=${CSR} lang="ar"></${unsafeStatic(tag)}>`);
const sources = (el: Element) => textOf(shadow(el).querySelector('[part=sources]'));

describe('profile sections', () => {
  it('<career-duties> lists the duties from job announcements, then O*NET’s tasks, core first, at most twelve', async () => {
    const el = await en('career-duties');
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('A day in the life');
    expect(textOf(shadow(el).querySelector('p'))).to.equal('Employers listed these duties in job announcements on Indeed.com:');
    const [duties, tasks] = shadow(el).querySelectorAll('ul');
    expect(duties.querySelectorAll('li')).to.have.length(6);
    expect(textOf(duties.querySelector('li'))).to.match(/^Consult with customers by phone or email/);
    expect(textsOf(shadow(el), 'h3')).to.deep.equal(['Tasks (O*NET)']);
    expect(tasks.querySelectorAll('li')).to.have.length(12);
    expect(textOf(tasks.querySelector('li'))).to.equal(
      'Confer with customers by telephone or in person to provide information about products or services, take or enter orders, cancel accounts, or obtain details of complaints.',
    );
    expect(textOf(shadow(el).querySelector('.note'))).to.equal('12 of the 13 tasks O*NET lists, core tasks first.');
    expect(sources(el)).to.equal(
      'Sources: Job announcements on Indeed.com (visited August 20, 2018) and O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration',
    );
    expect(textOf(shadow(el).querySelector('[part~=attribution]'))).to.equal(
      'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. The O*NET content shown here was selected and shortened by career-widgets.',
    );
    const arabic = await ar('career-duties');
    expect(textOf(shadow(arabic).querySelector('h2'))).to.equal('يوم في العمل');
    expect(textOf(shadow(arabic).querySelector('li'))).to.match(/^التشاور مع العملاء/);
    expect(textsOf(shadow(arabic), 'h3')).to.deep.equal(['المهام (O*NET)']);
    // O*NET's tasks, translated for the curated occupations (data/l10n/ar/text/): Arabic, unmarked.
    const arabicTasks = shadow(arabic).querySelectorAll('ul')[1];
    expect([arabicTasks.getAttribute('lang'), getComputedStyle(arabicTasks).direction, arabicTasks.querySelectorAll('li').length]).to.deep.equal([null, 'rtl', 12]);
    expect(textOf(arabicTasks.querySelector('li'))).to.match(/\p{Script=Arabic}/u);
    // Without duties of its own, an occupation shows O*NET's tasks alone, under the section's heading.
    const teller = await settle<HTMLElement>(html`<career-duties career="teller" lang="ru"></career-duties>`);
    expect(textsOf(shadow(teller), 'h2, h3')).to.deep.equal(['Один рабочий день']);
    expect(shadow(teller).querySelectorAll('ul > li')).to.have.length(12);
    expect(textOf(shadow(teller).querySelector('li'))).to.equal("Сверять остатки банкнот, монет и чеков в денежных ящиках в конце смены и подсчитывать итоги операций за день, используя компьютеры, калькуляторы или суммирующие машины.");
    expect(textOf(shadow(teller).querySelector('.note'))).to.equal('12 из 28 задач, перечисленных в O*NET; сначала основные.');
  });

  it('<career-education> gives the education, experience and training for entry, the Job Zone, and how people train', async () => {
    const el = await en('career-education');
    expect(textsOf(shadow(el), 'dt, dd')).to.deep.equal([
      'Typical education for entry',
      'High school diploma or equivalent',
      'Work experience',
      'No work experience needed',
      'On-the-job training',
      'Short-term on-the-job training (a month or less)',
      'Preparation (O*NET Job Zone)',
      'Job Zone 2: some preparation needed',
    ]);
    expect(shadow(el).querySelectorAll('[part=base] > p:not([part])')).to.have.length(2);
    expect(textOf(shadow(el).querySelector('[part=base] > p:not([part])'))).to.match(/^You can become a customer service representative/);
    expect(sources(el)).to.equal(
      'Sources: U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (visited August 20, 2018), U.S. Bureau of Labor Statistics, Employment Projections 2024–34, and O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration',
    );
    const arabic = await ar('career-education');
    expect(textsOf(shadow(arabic), 'dt, dd')).to.deep.equal([
      'المؤهل التعليمي المعتاد لدخول المهنة',
      'شهادة الثانوية العامة أو ما يعادلها',
      'الخبرة العملية',
      'لا تلزم خبرة عملية',
      'التدريب أثناء العمل',
      'تدريب قصير الأمد أثناء العمل (شهر أو أقل)',
      'الإعداد المطلوب (المنطقة الوظيفية في O*NET)',
      'المنطقة الوظيفية (Job Zone) 2: يلزم بعض الإعداد',
    ]);
    expect(textOf(shadow(arabic).querySelector('[part=base] > p:not([part])'))).to.match(/^يمكنك أن تصبح ممثلًا لخدمة العملاء/);
    expect(shadow(arabic).querySelectorAll('[part=base] > p[lang]')).to.have.length(0);
  });

  it('<career-education> shows an O*NET occupation’s BLS education, experience and training and its Job Zone, in Russian', async () => {
    const el = await settle<HTMLElement>(html`<career-education career="registered-nurse" lang="ru"></career-education>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Образование и подготовка');
    expect(textsOf(shadow(el), 'dt, dd')).to.deep.equal([
      'Образование, обычно необходимое для начала работы',
      'Степень бакалавра',
      'Опыт работы',
      'Опыт работы не требуется',
      'Обучение на рабочем месте',
      'Без обучения на рабочем месте',
      'Подготовка (O*NET Job Zone)',
      'Уровень подготовки (Job Zone) 4: требуется значительная подготовка',
    ]);
    // No text of its own: the figures are the section, and it says nothing is missing.
    expect(shadow(el).querySelectorAll('[part=base] > p:not([part])')).to.have.length(0);
    expect(sources(el)).to.equal(
      'Источники: Бюро трудовой статистики США, прогнозы занятости на 2024–2034 годы и База данных O*NET 29.3, Министерство труда США, Управление по вопросам занятости и профессиональной подготовки',
    );
    const english = await settle<HTMLElement>(html`<career-education career="registered-nurse" lang="en"></career-education>`);
    expect(textsOf(shadow(english), 'dd')).to.deep.equal([
      'Bachelor’s degree',
      'No work experience needed',
      'No on-the-job training',
      'Job Zone 4: considerable preparation needed',
    ]);
  });

  it('<career-outlook> lists every projection, newest first, and employment by year', async () => {
    const el = await en('career-outlook');
    // The BLS projection for 2024–34 beside the average of all occupations, then the seeds' projections.
    expect(textsOf(shadow(el), 'ul > li')).to.deep.equal([
      'Declining employment: -5.5% change, 2024–2034 (all occupations: 3.1%)',
      'About as fast as the average for all occupations: 5% growth, 2016–2026',
      'Faster than the average for all occupations, 2014–2024',
    ]);
    expect(textsOf(shadow(el), 'dt, dd')).to.deep.equal([
      'Employment, 2024 and 2034',
      '2,814,000 → 2,660,300 (projected)',
      'Openings each year, on average',
      '341,700',
    ]);
    expect(textOf(shadow(el).querySelector('caption'))).to.equal('Employment of Customer Service Representative');
    expect([...shadow(el).querySelectorAll('tbody tr')].map((row) => [textOf(row.querySelector('th')), textOf(row.querySelector('td'))])).to.deep.equal([
      ['2025', '2,595,750'],
      ['2024', '2,725,930'],
      ['2023', '2,858,710'],
      ['2022', '2,879,840'],
      ['2021', '2,787,070'],
      ['2020', '2,833,250'],
      ['2016', '2,784,500'],
      ['2012', '2,363,000'],
    ]);
    expect(sources(el)).to.equal(
      'Sources: U.S. Bureau of Labor Statistics, Employment Projections 2024–34, U.S. Bureau of Labor Statistics, wage and employment statistics, as cited in the Icelandic edition, U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, 2014–15 Edition (2012 figures, visited October 25, 2015), U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (2020, 2021, 2022, 2023, 2024, and 2025 figures), and U.S. Bureau of Labor Statistics, wage and employment statistics, as cited in the Malay edition (2016 figures)',
    );
    const arabic = await ar('career-outlook');
    const arNumber = new Intl.NumberFormat('ar');
    const arPercent = new Intl.NumberFormat('ar', {style: 'percent', maximumFractionDigits: 1});
    expect(textsOf(shadow(arabic), 'tbody td')).to.deep.equal(
      [2595750, 2725930, 2858710, 2879840, 2787070, 2833250, 2784500, 2363000].map((count) => arNumber.format(count)),
    );
    const [current, seeds] = textsOf(shadow(arabic), 'li');
    const years = new Intl.NumberFormat('ar', {useGrouping: false}).formatRange(2024, 2034);
    expect(current).to.equal(`تراجع في التوظيف: تغيّر بنسبة ${arPercent.format(-0.055)}، ${years} (جميع المهن: ${arPercent.format(0.031)})`);
    expect(seeds).to.match(/^بمعدل مماثل تقريبًا لمتوسط جميع المهن/);
    expect(textsOf(shadow(arabic), 'dd')[1]).to.equal(arNumber.format(341700));
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
    // The Holland code is O*NET's interest profile (CES), no longer the seeds' ECS.
    expect(textsOf(shadow(el), 'dd')).to.deep.equal([
      'CES: Conventional, Enterprising, and Social',
      'ESFJ, ISTJ, INFJ, or INFP',
      'Relationships, Support, and Independence',
    ]);
    expect(textOf(shadow(el).querySelector('[part=base] > p:not([part])'))).to.match(/^A job is much more likely to be satisfying if it matches your interests/);
    expect(sources(el)).to.equal(
      'Sources: Employment and Training Administration, U.S. Department of Labor, O*NET OnLine (visited August 20, 2018) and O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration',
    );
    const arabic = await ar('career-fit');
    const list = (items: string[]) => new Intl.ListFormat('ar', {type: 'conjunction'}).format(items);
    expect(textsOf(shadow(arabic), 'dd')[0]).to.equal(`CES: ${list(['التقليدي', 'المبادر', 'الاجتماعي'])}`);
    expect(shadow(arabic).querySelector('dd .code')!.getAttribute('dir')).to.equal('ltr');
    expect(textsOf(shadow(arabic), 'dd')[2]).to.equal(list(['العلاقات', 'الدعم', 'الاستقلالية']));
    // An O*NET occupation without the seeds' personality types: its interests and work values.
    const nurse = await settle<HTMLElement>(html`<career-fit career="registered-nurse" lang="ru"></career-fit>`);
    const ruList = (items: string[]) => new Intl.ListFormat('ru', {type: 'conjunction'}).format(items);
    expect(textsOf(shadow(nurse), 'dt')).to.deep.equal(['Интересы (код Холланда)', 'Рабочие ценности']);
    expect(textsOf(shadow(nurse), 'dd')).to.deep.equal([
      `SIC: ${ruList(['Социальный', 'Исследовательский', 'Конвенциональный'])}`,
      ruList(['Отношения', 'Поддержка', 'Достижения']),
    ]);
    expect(sources(nurse)).to.equal(
      'Источник: База данных O*NET 29.3, Министерство труда США, Управление по вопросам занятости и профессиональной подготовки',
    );
  });

  it('<career-environment> has work environment and schedule under sub-headings', async () => {
    const el = await settle<HTMLElement>(html`<career-environment lang="en" career=${CSR} heading-level="3"></career-environment>`);
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
    // The public sources of the current figures and O*NET's content, after the seeds' sources.
    expect(items.slice(-3)).to.deep.equal([
      'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics',
      'U.S. Bureau of Labor Statistics, Employment Projections 2024–34',
      'O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration',
    ]);
    expect(textOf(shadow(el).querySelector('a[href="https://www.onetcenter.org/database.html"]'))).to.equal(
      'O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration',
    );
    const arabic = await ar('career-sources');
    expect(textsOf(shadow(arabic), 'li')).to.include(
      `مكتب إحصاءات العمل (BLS)، وزارة العمل الأمريكية، دليل التوقعات المهنية (Occupational Outlook Handbook) (تمت الزيارة في ${new Intl.DateTimeFormat('ar', {dateStyle: 'long', timeZone: 'UTC'}).format(new Date('2018-08-20T00:00:00Z'))})`,
    );
    expect(textsOf(shadow(arabic), 'li').slice(-3)).to.deep.equal([
      'مكتب إحصاءات العمل الأمريكي، إحصاءات التوظيف والأجور حسب المهنة',
      'مكتب إحصاءات العمل الأمريكي، توقعات التوظيف للفترة 2024–2034',
      'قاعدة بيانات O*NET 29.3، وزارة العمل الأمريكية، إدارة التوظيف والتدريب',
    ]);
  });

  it('says a section is not available when the career has no text for it', async () => {
    const el = await settle<HTMLElement>(html`<career-downsides career="teller" lang="ru"></career-downsides>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Минусы профессии');
    expect(textOf(shadow(el).querySelector('.status'))).to.equal('Для этой профессии этого раздела пока нет.');
    expect(shadow(el).querySelectorAll('li')).to.have.length(0);
  });

  it('each section element left without content says so, under its heading, in en and ar', async () => {
    // An O*NET occupation has no seed text: these four sections have nothing to show for it.
    const empty: [string, string, string][] = [
      ['career-environment', 'Work environment and schedule', 'بيئة العمل وساعاته'],
      ['career-downsides', 'The downside', 'الجانب السلبي'],
      ['career-expectations', 'What employers expect', 'ماذا يتوقع أصحاب العمل'],
      ['career-job-search', 'How to get the job', 'كيف تحصل على الوظيفة'],
    ];
    for (const [tag, english, arabic] of empty) {
      const element = unsafeStatic(tag);
      const page = await settle<HTMLElement>(html`<div>
        <${element} career="registered-nurse"></${element}>
        <${element} career="registered-nurse" lang="ar"></${element}>
      </div>`);
      const [enEl, arEl] = page.children;
      expect(textsOf(shadow(enEl), '[part=heading]'), tag).to.deep.equal([english]);
      expect(textOf(shadow(enEl).querySelector('.status')), tag).to.equal('This section is not available for this career yet.');
      expect(textsOf(shadow(arEl), '[part=heading]'), tag).to.deep.equal([arabic]);
      expect(textOf(shadow(arEl).querySelector('.status')), tag).to.equal('هذا القسم غير متوفر لهذه المهنة بعد.');
      expect(arEl.getAttribute('dir')).to.equal('rtl');
      for (const el of [enEl, arEl]) expect(shadow(el).querySelectorAll('li, h3, [part=error]'), tag).to.have.length(0);
    }
    // The sections it does have content for show it, with no such message.
    for (const tag of ['career-duties', 'career-education', 'career-outlook', 'career-fit']) {
      const element = unsafeStatic(tag);
      const el = await settle<HTMLElement>(html`<${element} career="registered-nurse" lang="ar"></${element}>`);
      expect(shadow(el).querySelectorAll('.status'), tag).to.have.length(0);
    }
  });

  it('<career-profile> leaves out the sections its occupation has nothing for, and gives O*NET’s attribution once', async () => {
    const profile = await settle<HTMLElement>(html`<career-profile career="registered-nurse" lang="ar"></career-profile>`);
    const sectionWidgets = () => [...shadow(profile).querySelectorAll('section > *')];
    await waitUntil(
      () => sectionWidgets().every((w) => w.shadowRoot?.querySelector('[part=heading]') && !w.shadowRoot.querySelector('[part=status]')),
      'the sections did not render',
      {timeout: 5000},
    );
    expect([...shadow(profile).querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).to.deep.equal(
      ['#overview', '#duties', '#wages', '#education', '#skills', '#technology', '#outlook', '#fit', '#related', '#sources'],
    );
    expect(textsOf(shadow(profile), 'nav a').slice(0, 2)).to.deep.equal(['نظرة عامة', 'يوم في العمل']);
    expect(sectionWidgets().map((w) => w.hasAttribute('no-attribution'))).to.deep.equal(Array(10).fill(true));
    expect(sectionWidgets().map((w) => w.shadowRoot!.querySelectorAll('[part~=attribution]').length)).to.deep.equal(Array(10).fill(0));
    expect(sectionWidgets().map((w) => w.shadowRoot!.querySelectorAll('.status').length)).to.deep.equal(Array(10).fill(0));
    expect(textsOf(shadow(profile), '[part~=attribution]')).to.deep.equal([
      'يتضمن هذا المنتج معلومات من قاعدة بيانات O*NET 29.3 الصادرة عن إدارة التوظيف والتدريب في وزارة العمل الأمريكية (USDOL/ETA). وتُستخدم هذه المعلومات بموجب ترخيص CC BY 4.0. O*NET® علامة تجارية مملوكة لـ USDOL/ETA. تولّى career-widgets اختيار محتوى O*NET المعروض هنا واختصاره.',
    ]);
    // Its title is translated; its English text is marked in the sections, and the profile says so once.
    expect(textOf(shadow(profile).querySelector('h2'))).to.equal('ممرض مسجل');
    await waitUntil(() => shadow(profile).querySelector('[part=notice]'), 'the note', {timeout: 5000});
    expect(textsOf(shadow(profile), '[part=notice]')).to.deep.equal(['أجزاء من هذه الصفحة باللغة الإنجليزية.']);
  });

  for (const tag of ['career-duties', 'career-education', 'career-outlook', 'career-fit', 'career-job-search', 'career-sources']) {
    it(`<${tag}> passes axe in English and Arabic`, async () => {
      await expect(await en(tag)).to.be.accessible();
      await expect(await ar(tag)).to.be.accessible();
    });
  }
});
