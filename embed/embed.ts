// dist/embed.html: career widgets from URL parameters alone, for iframes in pages that
// strip scripts and custom elements (Canvas, Moodle):
//
//   embed.html?widget=career-facts,salary-table&career=teller&lang=ar&year=2017&theme=dark&heading-level=2
//   embed.html?widget=career-explorer&lang=fil&interest=S    (a course's career exploration: the
//                                                            explorer keeps its state in the hash,
//                                                            so Back returns from a profile)
//
// It titles itself, sets lang and dir on its document, and tells its parent its height
// whenever that changes, as { type: 'career-widgets:resize', height, frame } (frame: the
// `frame` parameter, to tell several iframes apart) and as Canvas's lti.frameResize.
import {defineWhenUsed} from '../src/autoloader.js';
import {TAGS} from '../src/elements.js';
import {negotiateLocale} from '../src/locale.js';

const RESIZE_MESSAGE = 'career-widgets:resize';
/** <career-explorer>'s filters, as the URL may set them. */
const EXPLORER_FILTERS = ['interest', 'job-zone', 'education', 'pay-min', 'pay-max', 'outlook', 'sort'];

const params = new URLSearchParams(location.search);
const requested = (params.get('widget') ?? 'career-facts').split(',').map((name) => name.trim());
const widgets = requested.filter((name) => TAGS.includes(name));
const locale = negotiateLocale(params.get('lang') || navigator.language);

document.documentElement.lang = locale.fallback ? 'en' : locale.formattingTag;
document.documentElement.dir = locale.dir;
if (params.get('theme') === 'dark' || params.get('theme') === 'light') {
  document.documentElement.style.colorScheme = params.get('theme')!;
}

const main = document.querySelector('#widgets')!;
for (const name of widgets.length ? widgets : ['career-facts']) {
  const widget = document.createElement(name);
  for (const attribute of ['career', 'year', 'theme', 'heading-level', 'href-template', ...EXPLORER_FILTERS]) {
    const value = params.get(attribute);
    if (value !== null) widget.setAttribute(attribute, value);
  }
  if (name === 'career-explorer') widget.setAttribute('hash-state', '');
  if (params.has('lang')) widget.setAttribute('lang', params.get('lang')!);
  main.append(widget);
}
// The elements the page shows load with their data; any added later, when used.
defineWhenUsed();

document.addEventListener('career-widget-load', (event) => {
  if (event.detail.title) document.title = event.detail.title;
});
document.addEventListener('career-widget-error', (event) => {
  if (event.detail.reason !== 'unsupported-locale') document.title = event.detail.message;
});

let reportedHeight = 0;
function reportHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === reportedHeight || window.parent === window) return;
  reportedHeight = height;
  window.parent.postMessage({type: RESIZE_MESSAGE, height, frame: params.get('frame')}, '*');
  window.parent.postMessage(JSON.stringify({subject: 'lti.frameResize', height}), '*');
}
new ResizeObserver(reportHeight).observe(document.documentElement);
