// The package's main module and the CDN bundle (dist/career-widgets.js): every element of the
// registry, each defined when the page first uses it. Each component's own module
// (components/<name>/<name>.ts) defines just that one, at once.
import {defineOnUse} from './autoloader.js';

// After this module's importers have run: a host's setDataUrl() comes before the first fetch.
queueMicrotask(() => defineOnUse());

export {defineAll} from './autoloader.js';
export {CareerWidget} from './career-widget.js';
export {setDataUrl} from './data.js';
export {ELEMENTS, TAGS} from './elements.js';
export type {CareerProfileOpenDetail, CareerSelectDetail, CareerWidgetErrorDetail, CareerWidgetEventDetail, CareerWidgetNoticeDetail, NoticeReason} from './events.js';
export type {ProblemReason} from './data.js';
export {VERSION} from './version.js';
