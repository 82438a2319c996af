// dist/scorm-sco.js: the SCORM 1.2 side of a packaged career page. It finds the LMS's API
// (window.API in this window, a parent, or the opener), starts the session, marks the
// lesson incomplete, then completed when the learner has seen it (scorm/lesson.ts says
// when), and ends the session when the learner leaves, with its time and how it exits.
// Without an LMS (the page opened on its own) it does nothing. The page loads it before the
// widgets' bundle, so that it listens before any widget can show its career.
import {cmiTimespan, exitFor, isLessonCompleted} from './lesson.js';

interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSFinish(parameter: ''): string;
}

const MAX_PARENTS = 7;
const DONE_STATUSES = ['completed', 'passed'];

function apiIn(start: Window | null): Scorm12Api | undefined {
  let frame = start;
  for (let depth = 0; frame && depth <= MAX_PARENTS; depth++) {
    try {
      const api = (frame as Window & {API?: Scorm12Api}).API;
      if (api) return api;
    } catch {
      return undefined; // a parent from another origin
    }
    if (frame.parent === frame) break;
    frame = frame.parent;
  }
  return undefined;
}

/** The career widgets of the page: the custom elements in its body, there before the bundle defines them. */
function careerWidgetsOn(page: Document): Element[] {
  return [...page.body.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
}

function runLesson(api: Scorm12Api) {
  const startedAt = Date.now();
  const widgets = careerWidgetsOn(document);
  const exploring = widgets.some((widget) => widget.localName === 'career-explorer');
  const shown = new Set<Element>();
  let profileOpened = false;

  const statusAtStart = api.LMSGetValue('cmi.core.lesson_status');
  let completed = DONE_STATUSES.includes(statusAtStart);
  // A SCO that leaves its status "not attempted" is marked completed by the LMS when the
  // learner leaves (SCORM 1.2 RTE, lesson_status), even one who left before anything showed.
  if (statusAtStart === 'not attempted') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');

  const completeWhenSeen = () => {
    if (completed || !isLessonCompleted({widgets: widgets.length, widgetsShown: shown.size, exploring, profileOpened})) return;
    completed = true;
    api.LMSSetValue('cmi.core.lesson_status', 'completed');
    // Stored at once, not only when the learner leaves: kept should the browser close without a pagehide.
    api.LMSCommit('');
  };

  document.addEventListener('career-widget-load', (event) => {
    // The widget that loaded, not the page's element holding it: a profile's sections fire
    // their own loads, which leave its shadow root as the profile's.
    const widget = event.composedPath()[0] as Element;
    if (!widgets.includes(widget)) return;
    shown.add(widget);
    completeWhenSeen();
  });
  document.addEventListener('career-profile-open', () => {
    profileOpened = true;
    completeWhenSeen();
  });

  // pagehide, not beforeunload: it comes on every way out (a link, closing the tab, the LMS
  // removing the frame, the back-forward cache) and, unlike beforeunload, cannot be cancelled
  // after the session has ended.
  window.addEventListener(
    'pagehide',
    () => {
      api.LMSSetValue('cmi.core.session_time', cmiTimespan(Date.now() - startedAt));
      api.LMSSetValue('cmi.core.exit', exitFor(completed));
      api.LMSCommit('');
      api.LMSFinish('');
    },
    {once: true},
  );
}

const api = apiIn(window) ?? apiIn(window.opener as Window | null);
if (api && api.LMSInitialize('') === 'true') runLesson(api);
