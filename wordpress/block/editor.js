// The Career widget and Career explorer blocks in the editor: their settings in the sidebar,
// a career picker, and the widgets themselves as their preview. A plain script on WordPress's
// globals, so the plugin needs no build of its own. What it offers (widgets, languages, themes,
// the explorer's filters) comes from the plugin (block.php), which has it from the library's
// registry.
(({blocks, blockEditor, components, element, i18n}) => {
  const {createElement: el, useEffect, useState} = element;
  const {InspectorControls, useBlockProps} = blockEditor;
  const {CheckboxControl, ComboboxControl, Notice, PanelBody, Placeholder, SelectControl, TextControl, ToggleControl} = components;
  const {__, sprintf} = i18n;
  const settings = window.careerWidgetsEditor;
  const THEME_NAMES = {light: __('Light', 'career-widgets'), dark: __('Dark', 'career-widgets')};

  let library;
  /** Defines the elements in the editor, once, for the preview. */
  const loadLibrary = () => (library ??= import(settings.scriptUrl));

  const requests = new Map();
  function fetchJson(url) {
    if (!requests.has(url)) {
      requests.set(
        url,
        fetch(url).then((response) => {
          if (!response.ok) throw new Error(`${response.status} ${url}`);
          return response.json();
        }),
      );
    }
    return requests.get(url);
  }

  /** `{data}` once the file at `url` has loaded, `{error}` if it cannot be, `{}` until then. */
  function useJson(url) {
    const [state, setState] = useState({});
    useEffect(() => {
      setState({});
      if (!url) return undefined;
      let current = true;
      fetchJson(url).then(
        (data) => current && setState({data}),
        (error) => current && setState({error}),
      );
      return () => {
        current = false;
      };
    }, [url]);
    return state;
  }

  /** The dataset's careers as picker options, titled in `lang` where the dataset has the title. */
  function useCareerOptions(lang) {
    const file = lang && lang !== settings.sourceLocale ? `index.${lang}.json` : 'index.json';
    const {data, error} = useJson(settings.dataUrl + file);
    const options = (data?.occupations ?? []).map(({id, code, titles}) => {
      const title = titles[lang] ?? titles[settings.sourceLocale];
      return {value: id, label: code ? `${title} (${code})` : title};
    });
    return {options, error};
  }

  /** The years of the career's wage editions, newest first. */
  function useWageYears(career) {
    const {data} = useJson(career ? `${settings.dataUrl}${career}/overview.json` : '');
    const years = new Set((data?.facts?.wages ?? []).map((edition) => edition.year));
    return [...years].sort((a, b) => b - a).map(String);
  }

  /** A language's own name, e.g. “العربية (ar)”. */
  function languageName(code) {
    try {
      const name = new Intl.DisplayNames([code], {type: 'language'}).of(code);
      return `${name.charAt(0).toLocaleUpperCase(code)}${name.slice(1)} (${code})`;
    } catch {
      return code;
    }
  }

  const widgetNamed = (tag) => settings.widgets.find((widget) => widget.tag === tag);

  /** The element's attributes for the block's settings: those it takes, when set. */
  function elementAttributes(tag, {career, lang, theme, year, headingLevel}) {
    const takes = widgetNamed(tag)?.attributes ?? {};
    const values = {career, lang, theme, year, 'heading-level': headingLevel};
    return Object.fromEntries(Object.entries(values).filter(([name, value]) => value && name in takes));
  }

  /** Loads the library for the preview; a notice when it cannot be, else false. */
  function useLibraryNotice() {
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      loadLibrary().catch(() => setFailed(true));
    }, []);
    return failed &&
      el(Notice, {status: 'error', isDismissible: false},
        /* translators: %s: the URL of the library's script. */
        sprintf(__('The widgets could not be loaded from %s.', 'career-widgets'), settings.scriptUrl));
  }

  /** The settings both blocks have: language, theme (when the widgets take one) and heading level. */
  function displayControls({lang, theme, headingLevel}, themes, setAttributes) {
    return [
      el(SelectControl, {
        key: 'lang',
        label: __('Language', 'career-widgets'),
        value: lang,
        options: [{value: '', label: __('The page’s language', 'career-widgets')}, ...settings.locales.map((code) => ({value: code, label: languageName(code)}))],
        onChange: (value) => setAttributes({lang: value}),
      }),
      themes.length > 0 &&
        el(SelectControl, {
          key: 'theme',
          label: __('Theme', 'career-widgets'),
          value: theme,
          options: [{value: '', label: __('The reader’s setting', 'career-widgets')}, ...themes.map((value) => ({value, label: THEME_NAMES[value] ?? value}))],
          onChange: (value) => setAttributes({theme: value}),
        }),
      el(SelectControl, {
        key: 'headingLevel',
        label: __('Heading level', 'career-widgets'),
        value: headingLevel,
        options: [{value: '', label: __('2 (default)', 'career-widgets')}, ...['1', '3', '4', '5', '6'].map((value) => ({value, label: value}))],
        onChange: (value) => setAttributes({headingLevel: value}),
      }),
    ];
  }

  function Edit({attributes, setAttributes, clientId}) {
    const {widgets, career, lang, year} = attributes;
    const blockProps = useBlockProps();
    const careers = useCareerOptions(lang);
    const years = useWageYears(career);
    const libraryNotice = useLibraryNotice();

    const chosen = widgets.map(widgetNamed).filter(Boolean);
    const themes = [...new Set(chosen.flatMap((widget) => widget.attributes.theme?.values ?? []))];
    const takesYear = chosen.some((widget) => 'year' in widget.attributes);

    const careersError = careers.error &&
      el(Notice, {status: 'error', isDismissible: false},
        /* translators: %s: the URL of the dataset. */
        sprintf(__('The list of careers could not be loaded from %s.', 'career-widgets'), settings.dataUrl));
    const careerPicker = el(ComboboxControl, {
      label: __('Career', 'career-widgets'),
      help: __('Type a job title or an O*NET-SOC code.', 'career-widgets'),
      value: career,
      options: careers.options,
      onChange: (value) => setAttributes({career: value ?? '', year: ''}),
    });

    const sidebar = el(InspectorControls, null,
      el(PanelBody, {title: __('Career', 'career-widgets')}, careersError, careerPicker),
      el(PanelBody, {title: __('Widgets', 'career-widgets')},
        settings.widgets.map(({tag, label, summary}) =>
          el(CheckboxControl, {
            key: tag,
            label,
            help: summary,
            checked: widgets.includes(tag),
            onChange: (checked) =>
              setAttributes({widgets: settings.widgets.map((widget) => widget.tag).filter((other) => (other === tag ? checked : widgets.includes(other)))}),
          }),
        ),
      ),
      el(PanelBody, {title: __('Display', 'career-widgets')},
        ...displayControls(attributes, themes, setAttributes),
        takesYear &&
          el(SelectControl, {
            label: __('Wage edition', 'career-widgets'),
            value: year,
            options: [{value: '', label: __('Latest', 'career-widgets')}, ...years.map((value) => ({value, label: value}))],
            onChange: (value) => setAttributes({year: value}),
          }),
      ),
    );

    if (!career || chosen.length === 0) {
      return el('div', blockProps, sidebar,
        el(Placeholder, {
          icon: 'businessperson',
          label: __('Career widget', 'career-widgets'),
          instructions: career ? __('Choose at least one widget in the block’s settings.', 'career-widgets') : __('Choose the career to show.', 'career-widgets'),
        }, ...(career ? [] : [careersError, careerPicker])),
      );
    }
    return el('div', blockProps, sidebar,
      libraryNotice,
      // The text inside each element shows only where the library is not running, as in an
      // editor that shows the post in a frame of its own.
      previewElements(chosen, attributes, clientId),
    );
  }

  /** The chosen widgets as the page will have them: a search box first, changing the others' career. */
  function previewElements(chosen, attributes, clientId) {
    const searches = chosen.filter(({tag}) => tag === 'career-search');
    const others = chosen.filter(({tag}) => tag !== 'career-search');
    const id = (tag) => `${clientId}-${tag}`;
    const forOthers = searches.length ? others.map(({tag}) => id(tag)).join(' ') : undefined;
    return [...searches, ...others].map(({tag, label}) =>
      el(tag, {key: tag, ...elementAttributes(tag, attributes), ...(tag === 'career-search' ? {for: forOthers} : {id: id(tag)})}, `${label}: ${attributes.career}`),
    );
  }

  /** Each filter of the explorer: its block attribute, its element attribute, its label and its values' names. */
  const FILTERS = [
    ['interest', 'interest', __('Interest area', 'career-widgets'), {
      R: __('Realistic', 'career-widgets'),
      I: __('Investigative', 'career-widgets'),
      A: __('Artistic', 'career-widgets'),
      S: __('Social', 'career-widgets'),
      E: __('Enterprising', 'career-widgets'),
      C: __('Conventional', 'career-widgets'),
    }],
    ['jobZone', 'job-zone', __('Preparation (Job Zone)', 'career-widgets'), {
      1: __('1: little or no preparation', 'career-widgets'),
      2: __('2: some preparation', 'career-widgets'),
      3: __('3: medium preparation', 'career-widgets'),
      4: __('4: considerable preparation', 'career-widgets'),
      5: __('5: extensive preparation', 'career-widgets'),
    }],
    ['education', 'education', __('Typical education', 'career-widgets'), {
      none: __('No formal educational credential', 'career-widgets'),
      'high-school': __('High school diploma or equivalent', 'career-widgets'),
      'postsecondary-nondegree': __('Postsecondary nondegree award', 'career-widgets'),
      'some-college': __('Some college, no degree', 'career-widgets'),
      associate: __('Associate’s degree', 'career-widgets'),
      bachelor: __('Bachelor’s degree', 'career-widgets'),
      master: __('Master’s degree', 'career-widgets'),
      doctoral: __('Doctoral or professional degree', 'career-widgets'),
    }],
    ['outlook', 'outlook', __('Outlook', 'career-widgets'), {
      'much-faster': __('Much faster than average', 'career-widgets'),
      faster: __('Faster than average', 'career-widgets'),
      'as-fast': __('About as fast as average', 'career-widgets'),
      slower: __('Slower than average', 'career-widgets'),
      decline: __('Decline', 'career-widgets'),
    }],
  ];
  const SORT_NAMES = {
    title: __('Title', 'career-widgets'),
    pay: __('Median pay, highest first', 'career-widgets'),
    outlook: __('Growth, fastest first', 'career-widgets'),
  };

  /** A select of an attribute's values, named where the names above know them, with “any” first. */
  function valueSelect(label, value, attribute, names, any, onChange) {
    const values = settings.explorer[attribute]?.values ?? [];
    return el(SelectControl, {
      label,
      value,
      options: [{value: '', label: any}, ...values.map((option) => ({value: option, label: names[option] ?? option}))],
      onChange,
    });
  }

  /** The explorer block: the filters it opens with, which the reader can change, and its display. */
  function ExplorerEdit({attributes, setAttributes}) {
    const {lang, theme, headingLevel, payMin, payMax, sort, hashState} = attributes;
    const blockProps = useBlockProps();
    const libraryNotice = useLibraryNotice();

    const sidebar = el(InspectorControls, null,
      el(PanelBody, {title: __('Filters it opens with', 'career-widgets')},
        FILTERS.map(([name, attribute, label, names]) =>
          el('div', {key: name}, valueSelect(label, attributes[name], attribute, names, __('Any', 'career-widgets'), (value) => setAttributes({[name]: value})))),
        el(TextControl, {
          label: __('Median pay at least (U.S. dollars a year)', 'career-widgets'),
          type: 'number',
          min: 0,
          value: payMin,
          onChange: (value) => setAttributes({payMin: value.replace(/\D/g, '')}),
        }),
        el(TextControl, {
          label: __('Median pay at most (U.S. dollars a year)', 'career-widgets'),
          type: 'number',
          min: 0,
          value: payMax,
          onChange: (value) => setAttributes({payMax: value.replace(/\D/g, '')}),
        }),
        valueSelect(__('Sort by', 'career-widgets'), sort, 'sort', SORT_NAMES, __('Title (default)', 'career-widgets'), (value) => setAttributes({sort: value})),
      ),
      el(PanelBody, {title: __('Display', 'career-widgets')},
        ...displayControls(attributes, settings.explorer.theme?.values ?? [], setAttributes),
        el(ToggleControl, {
          label: __('Keep the filters and the open profile in the page’s address', 'career-widgets'),
          help: __('The browser’s Back button then goes back to the list. Turn it off where the page has two explorers.', 'career-widgets'),
          checked: hashState,
          onChange: (value) => setAttributes({hashState: value}),
        }),
      ),
    );

    // The preview leaves the editor's address alone: no hash-state.
    const previewAttributes = Object.fromEntries(
      [['lang', lang], ['theme', theme], ['heading-level', headingLevel], ...FILTERS.map(([name, attribute]) => [attribute, attributes[name]]), ['pay-min', payMin], ['pay-max', payMax], ['sort', sort]].filter(([, value]) => value),
    );
    return el('div', blockProps, sidebar,
      libraryNotice,
      el('career-explorer', previewAttributes, __('Career explorer', 'career-widgets')),
    );
  }

  blocks.registerBlockType('career-widgets/widget', {edit: Edit, save: () => null});
  blocks.registerBlockType('career-widgets/explorer', {edit: ExplorerEdit, save: () => null});
})(window.wp);
