// The embed snippets, for each way in. The embed builder (builder.html) shows them
// live; the README's snippets are this module's output too (a test keeps them equal).

/**
 * @typedef {object} EmbedOptions
 * @property {string[]} widgets tag names, e.g. ['salary-table']
 * @property {string} career occupation id
 * @property {string} lang language tag
 * @property {string} [theme] 'light' or 'dark'; none follows the reader's setting
 * @property {string} [year] wage edition; none is the latest
 * @property {string} [headingLevel] '1'–'6'; none is 2
 * @property {string} base where dist/ is served, ending in '/'
 */

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** @param {EmbedOptions} options */
function attributes({career, lang, theme, year, headingLevel}) {
  const pairs = [['career', career], ['lang', lang], ['year', year], ['theme', theme], ['heading-level', headingLevel]];
  return pairs
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
}

/** @param {EmbedOptions} options */
function elements(options) {
  return options.widgets.map((tag) => `<${tag} ${attributes(options)}></${tag}>`).join('\n');
}

/** A script tag and the elements: for pages that allow scripts. @param {EmbedOptions} options */
export function scriptSnippet(options) {
  return `<script type="module" src="${options.base}career-widgets.js"></script>\n${elements(options)}`;
}

/** A classic script and the elements: for site builders that allow only <script src>. @param {EmbedOptions} options */
export function classicScriptSnippet(options) {
  return `<script src="${options.base}career-widgets.classic.js" defer></script>\n${elements(options)}`;
}

/** An iframe of embed.html: for pages that strip scripts (Canvas, Moodle). @param {EmbedOptions} options */
export function iframeSnippet(options) {
  const params = new URLSearchParams({widget: options.widgets.join(','), career: options.career, lang: options.lang});
  if (options.year) params.set('year', options.year);
  if (options.theme) params.set('theme', options.theme);
  if (options.headingLevel) params.set('heading-level', options.headingLevel);
  return (
    `<iframe src="${escapeAttribute(`${options.base}embed.html?${params}`)}" title="Career information" ` +
    `style="inline-size: 100%; block-size: 40em; border: 0" loading="lazy"></iframe>\n` +
    `<script src="${options.base}embed-resizer.js" defer></script>`
  );
}

/** The npm import and the elements: for sites built with a bundler. @param {EmbedOptions} options */
export function npmSnippet(options) {
  const imports = options.widgets.map((tag) => `import 'career-widgets/${tag}.js';`).join('\n');
  return (
    `npm install career-widgets\n\n// main.js\n${imports}\n` +
    `// The widgets fetch data/ from beside your bundle: copy node_modules/career-widgets/dist/data/ there,\n` +
    `// or name its URL in <meta name="career-widgets:data-url" content="…">.\n\n` +
    `<!-- page.html -->\n${elements(options)}`
  );
}
