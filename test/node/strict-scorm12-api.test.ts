// The strict SCORM 1.2 LMS of the end-to-end tests (test/e2e/strict-scorm12-api.js) passes
// a session by the book and records each rule a SCO can break, with the RTE's error code.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {StrictScorm12Api} from '../e2e/strict-scorm12-api.js';

/** The codes of the errors the LMS recorded. */
const codes = (api: StrictScorm12Api) => api.errors.map(({code}) => code);

describe('the strict SCORM 1.2 LMS double', () => {
  it('records no error for a session by the book, and stores what was committed', () => {
    const api = new StrictScorm12Api();
    assert.equal(api.LMSInitialize(''), 'true');
    assert.equal(api.LMSGetValue('cmi.core.lesson_status'), 'not attempted');
    assert.equal(api.LMSSetValue('cmi.core.lesson_status', 'incomplete'), 'true');
    assert.equal(api.LMSSetValue('cmi.core.lesson_status', 'completed'), 'true');
    assert.equal(api.LMSSetValue('cmi.core.session_time', '00:01:02.5'), 'true');
    assert.equal(api.LMSSetValue('cmi.core.exit', ''), 'true');
    assert.equal(api.LMSCommit(''), 'true');
    assert.equal(api.LMSFinish(''), 'true');
    assert.deepEqual(api.errors, []);
    assert.equal(api.stored['cmi.core.lesson_status'], 'completed');
    assert.equal(api.stored['cmi.core.session_time'], '00:01:02.5');
  });

  it('records calls before LMSInitialize, after LMSFinish, and a second LMSInitialize', () => {
    const api = new StrictScorm12Api();
    assert.equal(api.LMSSetValue('cmi.core.lesson_status', 'completed'), 'false');
    api.LMSInitialize('');
    api.LMSInitialize('');
    api.LMSFinish('');
    api.LMSCommit('');
    api.LMSFinish('');
    assert.deepEqual(codes(api), ['301', '101', '301', '301']);
    assert.match(api.errors[0].error, /called before LMSInitialize/);
    assert.match(api.errors[2].error, /called after LMSFinish/);
    assert.equal(api.LMSGetLastError(), '301');
  });

  it('records unknown elements, keywords and read-only elements written, write-only elements read', () => {
    const api = new StrictScorm12Api();
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.completion_status', 'completed');
    api.LMSGetValue('cmi.interactions.0.id');
    api.LMSSetValue('cmi.core._children', 'x');
    api.LMSSetValue('cmi.core.total_time', '00:00:01');
    api.LMSSetValue('cmi.core.lesson_mode', 'browse');
    assert.equal(api.LMSGetValue('cmi.core.exit'), '');
    api.LMSGetValue('cmi.core.session_time');
    assert.deepEqual(codes(api), ['201', '401', '402', '403', '403', '404', '404']);
  });

  it('records values outside the vocabularies and formats of lesson_status, exit and session_time', () => {
    const api = new StrictScorm12Api();
    api.LMSInitialize('');
    for (const status of ['not attempted', 'complete', 'Completed']) api.LMSSetValue('cmi.core.lesson_status', status);
    for (const exit of ['normal', 'Suspend']) api.LMSSetValue('cmi.core.exit', exit);
    for (const time of ['PT5S', '0:00:05', '00:60:00', '00:00:05.123', '12345:00:00']) api.LMSSetValue('cmi.core.session_time', time);
    assert.deepEqual(codes(api), Array(10).fill('405'));
    assert.equal(api.LMSGetValue('cmi.core.lesson_status'), 'not attempted');
  });

  it('records a parameter other than "" to LMSInitialize, LMSCommit and LMSFinish', () => {
    const api = new StrictScorm12Api();
    api.LMSInitialize('start');
    api.LMSInitialize('');
    api.LMSCommit(undefined);
    api.LMSFinish('end');
    assert.deepEqual(codes(api), ['201', '201', '201']);
  });
});
