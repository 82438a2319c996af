// dist/scorm-sco.js: the SCORM 1.2 side of a packaged career page. It finds the LMS's
// API (window.API in this window, a parent, or the opener), starts the session, marks
// the lesson completed once the career is shown, and ends the session when the
// learner leaves. Without an LMS (the page opened on its own) it does nothing.

interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSFinish(parameter: ''): string;
}

const MAX_PARENTS = 7;

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

const api = apiIn(window) ?? apiIn(window.opener as Window | null);

if (api && api.LMSInitialize('') === 'true') {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    api.LMSFinish('');
  };
  document.addEventListener(
    'career-widget-load',
    () => {
      const status = api.LMSGetValue('cmi.core.lesson_status');
      if (status !== 'completed' && status !== 'passed') api.LMSSetValue('cmi.core.lesson_status', 'completed');
      api.LMSCommit('');
    },
    {once: true},
  );
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
}
