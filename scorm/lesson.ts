// The rules of a packaged career lesson, apart from the page and the LMS so that they can
// be tested alone: when it is completed, how it exits, and how its time is written.

/** How far the learner has come on the lesson's page. */
export interface LessonProgress {
  /** The career widgets on the page (custom elements in its body). */
  widgets: number;
  /** How many of them have shown their career (fired `career-widget-load`). */
  widgetsShown: number;
  /** The page is an exploration unit: it holds a `<career-explorer>`. */
  exploring: boolean;
  /** The learner has opened a career's profile in the explorer (`career-profile-open`). */
  profileOpened: boolean;
}

/**
 * Whether the learner has completed the lesson: seen every widget's career or, in an
 * exploration unit, opened a profile (there, the explorer showing its list is not enough).
 *
 * A widget that cannot show its career (`career-widget-error` with no load after it) has
 * not been seen, so it keeps the lesson `incomplete`, which the SCO sets when the lesson
 * starts. That is what an LMS author expects to read in the LMS's reports: completed means
 * the learner saw the whole page. It does not lock the learner out: the SCO exits with
 * `suspend`, so the attempt stays open, and the next launch in which every widget shows
 * completes it (a widget that shows its career later in the same visit does so too).
 */
export function isLessonCompleted({widgets, widgetsShown, exploring, profileOpened}: LessonProgress): boolean {
  return exploring ? profileOpened : widgetsShown === widgets;
}

/**
 * `cmi.core.exit` (SCORM 1.2 vocabulary: `time-out`, `suspend`, `logout` or empty): a
 * completed lesson exits normally (empty); one left incomplete is suspended, so the LMS
 * keeps the attempt and resumes it next time rather than closing it unfinished.
 */
export function exitFor(completed: boolean): '' | 'suspend' {
  return completed ? '' : 'suspend';
}

const MAX_CENTISECONDS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

/** A duration as a CMITimespan, `HHHH:MM:SS.SS` (hours of two to four digits), for `cmi.core.session_time`. */
export function cmiTimespan(milliseconds: number): string {
  const centiseconds = Math.min(Math.max(Math.round(milliseconds / 10), 0), MAX_CENTISECONDS);
  const hours = Math.floor(centiseconds / 360000);
  const minutes = Math.floor(centiseconds / 6000) % 60;
  const seconds = (centiseconds % 6000) / 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}
