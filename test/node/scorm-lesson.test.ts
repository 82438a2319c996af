// The rules of a packaged lesson (scorm/lesson.ts), as the LMS records them: when the
// lesson is completed, how the session exits, and its time.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cmiTimespan, exitFor, isLessonCompleted} from '../../scorm/lesson.js';

const CAREER_PAGE = {widgets: 3, widgetsShown: 0, exploring: false, profileOpened: false};
const EXPLORATION_UNIT = {widgets: 1, widgetsShown: 0, exploring: true, profileOpened: false};

describe('a career page', () => {
  it('is completed once every one of its widgets has shown its career', () => {
    assert.equal(isLessonCompleted(CAREER_PAGE), false);
    assert.equal(isLessonCompleted({...CAREER_PAGE, widgetsShown: 2}), false);
    assert.equal(isLessonCompleted({...CAREER_PAGE, widgetsShown: 3}), true);
  });

  it('is not completed by opening a profile', () => {
    assert.equal(isLessonCompleted({...CAREER_PAGE, widgetsShown: 2, profileOpened: true}), false);
  });
});

describe('an exploration unit (a page with <career-explorer>)', () => {
  it('is not completed by its widgets showing, only by the learner opening a profile', () => {
    assert.equal(isLessonCompleted({...EXPLORATION_UNIT, widgetsShown: 1}), false);
    assert.equal(isLessonCompleted({...EXPLORATION_UNIT, profileOpened: true}), true);
    assert.equal(isLessonCompleted({...EXPLORATION_UNIT, widgets: 2, widgetsShown: 1, profileOpened: true}), true);
  });
});

describe('the end of a session', () => {
  it('exits normally when the lesson is completed, and suspends it otherwise, in SCORM 1.2 vocabulary', () => {
    assert.equal(exitFor(true), '');
    assert.equal(exitFor(false), 'suspend');
  });

  it('writes the session time as a CMITimespan, HHHH:MM:SS.SS', () => {
    assert.equal(cmiTimespan(0), '00:00:00.00');
    assert.equal(cmiTimespan(4_321), '00:00:04.32');
    assert.equal(cmiTimespan(59_999), '00:01:00.00');
    assert.equal(cmiTimespan((2 * 3600 + 3 * 60 + 4.5) * 1000), '02:03:04.50');
    assert.equal(cmiTimespan(123 * 3600 * 1000), '123:00:00.00');
  });

  it('keeps within the four digits of hours a CMITimespan allows', () => {
    assert.equal(cmiTimespan(20_000 * 3600 * 1000), '9999:59:59.99');
    assert.equal(cmiTimespan(-5), '00:00:00.00');
  });
});
