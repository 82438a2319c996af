// A strict SCORM 1.2 LMS for tests: window.API as the SCORM 1.2 Run-Time Environment
// defines it, which records every call and every rule a SCO breaks (call order, the data
// model's elements and their access, the vocabularies and formats of values) with the
// error code the RTE gives it. The tests assert it recorded none. Plain JavaScript, so that
// a test page loads it as it is (test/e2e/scorm.test.ts) and Node tests check it too.

/** SCORM 1.2 RTE error codes. */
export const ERRORS = {
  '0': 'No error',
  '101': 'General exception',
  '201': 'Invalid argument error',
  '301': 'Not initialized',
  '401': 'Not implemented error',
  '402': 'Invalid set value, element is a keyword',
  '403': 'Element is read only',
  '404': 'Element is write only',
  '405': 'Incorrect data type',
};

// What a SCO may write: "not attempted" is the LMS's alone, for a SCO not yet launched.
const STATUS = /^(passed|completed|failed|incomplete|browsed)$/;
const EXIT = /^(time-out|suspend|logout|)$/;
// CMITimespan: HHHH:MM:SS.SS, hours of two to four digits, seconds with up to two decimals.
const TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const DECIMAL_OR_BLANK = /^(-?\d+(\.\d+)?)?$/;
const string = (max) => new RegExp(`^[\\s\\S]{0,${max}}$`);

/**
 * Every element of the SCORM 1.2 data model but the objectives' and interactions' lists:
 * its access (read-only, write-only, read-write, or a keyword) and, for those a SCO may
 * write, the values it may write.
 */
const DATA_MODEL = {
  'cmi._version': {access: 'keyword'},
  'cmi.core._children': {access: 'keyword'},
  'cmi.core.student_id': {access: 'read'},
  'cmi.core.student_name': {access: 'read'},
  'cmi.core.lesson_location': {access: 'read-write', values: string(255)},
  'cmi.core.credit': {access: 'read'},
  'cmi.core.lesson_status': {access: 'read-write', values: STATUS},
  'cmi.core.entry': {access: 'read'},
  'cmi.core.score._children': {access: 'keyword'},
  'cmi.core.score.raw': {access: 'read-write', values: DECIMAL_OR_BLANK},
  'cmi.core.score.max': {access: 'read-write', values: DECIMAL_OR_BLANK},
  'cmi.core.score.min': {access: 'read-write', values: DECIMAL_OR_BLANK},
  'cmi.core.total_time': {access: 'read'},
  'cmi.core.lesson_mode': {access: 'read'},
  'cmi.core.exit': {access: 'write', values: EXIT},
  'cmi.core.session_time': {access: 'write', values: TIMESPAN},
  'cmi.suspend_data': {access: 'read-write', values: string(4096)},
  'cmi.launch_data': {access: 'read'},
  'cmi.comments': {access: 'read-write', values: string(4096)},
  'cmi.comments_from_lms': {access: 'read'},
  'cmi.student_data._children': {access: 'keyword'},
  'cmi.student_data.mastery_score': {access: 'read'},
  'cmi.student_data.max_time_allowed': {access: 'read'},
  'cmi.student_data.time_limit_action': {access: 'read'},
  'cmi.student_preference._children': {access: 'keyword'},
  'cmi.student_preference.audio': {access: 'read-write', values: /^(-1|\d{1,3})$/},
  'cmi.student_preference.language': {access: 'read-write', values: string(255)},
  'cmi.student_preference.speed': {access: 'read-write', values: /^-?\d{1,3}$/},
  'cmi.student_preference.text': {access: 'read-write', values: /^(-1|0|1)$/},
};

/** What the LMS holds for a learner's first launch of a SCO, in normal mode, for credit. */
export const FIRST_LAUNCH = {
  'cmi._version': '3.4',
  'cmi.core._children': 'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time',
  'cmi.core.student_id': 'learner-1',
  'cmi.core.student_name': 'Learner, Test',
  'cmi.core.lesson_location': '',
  'cmi.core.credit': 'credit',
  'cmi.core.lesson_status': 'not attempted',
  'cmi.core.entry': 'ab-initio',
  'cmi.core.score._children': 'raw,min,max',
  'cmi.core.score.raw': '',
  'cmi.core.score.max': '',
  'cmi.core.score.min': '',
  'cmi.core.total_time': '0000:00:00.00',
  'cmi.core.lesson_mode': 'normal',
  'cmi.core.exit': '',
  'cmi.core.session_time': '',
  'cmi.suspend_data': '',
  'cmi.launch_data': '',
  'cmi.comments': '',
  'cmi.comments_from_lms': '',
  'cmi.student_data._children': 'mastery_score,max_time_allowed,time_limit_action',
  'cmi.student_data.mastery_score': '',
  'cmi.student_data.max_time_allowed': '',
  'cmi.student_data.time_limit_action': '',
  'cmi.student_preference._children': 'audio,language,speed,text',
  'cmi.student_preference.audio': '0',
  'cmi.student_preference.language': '',
  'cmi.student_preference.speed': '0',
  'cmi.student_preference.text': '0',
};

export class StrictScorm12Api {
  /** Every call, in order: [name, ...arguments]. */
  calls = [];
  /** Every rule broken: {call, element, value, code, error}. */
  errors = [];
  /** What the LMS has stored: the values as of the last LMSCommit or LMSFinish. */
  stored;
  #values;
  #state = 'not initialized';
  #lastError = '0';

  constructor(launch = {}) {
    this.#values = {...FIRST_LAUNCH, ...launch};
    this.stored = {...this.#values};
  }

  LMSInitialize(parameter) {
    this.calls.push(['LMSInitialize', parameter]);
    if (!this.#emptyParameter('LMSInitialize', parameter)) return 'false';
    if (this.#state !== 'not initialized') return this.#fail('LMSInitialize', '101', `called when ${this.#state}`);
    this.#state = 'running';
    return this.#succeed('true');
  }

  LMSFinish(parameter) {
    this.calls.push(['LMSFinish', parameter]);
    if (!this.#running('LMSFinish') || !this.#emptyParameter('LMSFinish', parameter)) return 'false';
    this.stored = {...this.#values};
    this.#state = 'finished';
    return this.#succeed('true');
  }

  LMSCommit(parameter) {
    this.calls.push(['LMSCommit', parameter]);
    if (!this.#running('LMSCommit') || !this.#emptyParameter('LMSCommit', parameter)) return 'false';
    this.stored = {...this.#values};
    return this.#succeed('true');
  }

  LMSGetValue(element) {
    this.calls.push(['LMSGetValue', element]);
    if (!this.#running('LMSGetValue', element)) return '';
    const definition = this.#definition('LMSGetValue', element);
    if (!definition) return '';
    if (definition.access === 'write') return this.#fail('LMSGetValue', '404', 'is write-only', element, undefined, '');
    return this.#succeed(this.#values[element]);
  }

  LMSSetValue(element, value) {
    this.calls.push(['LMSSetValue', element, value]);
    if (!this.#running('LMSSetValue', element, value)) return 'false';
    const definition = this.#definition('LMSSetValue', element, value);
    if (!definition) return 'false';
    if (definition.access === 'keyword') return this.#fail('LMSSetValue', '402', 'is a keyword', element, value);
    if (definition.access === 'read') return this.#fail('LMSSetValue', '403', 'is read-only', element, value);
    if (typeof value !== 'string' || !definition.values.test(value)) {
      return this.#fail('LMSSetValue', '405', `cannot take ${JSON.stringify(value)}`, element, value);
    }
    this.#values[element] = value;
    return this.#succeed('true');
  }

  LMSGetLastError() {
    return this.#lastError;
  }

  LMSGetErrorString(code) {
    return ERRORS[code] ?? '';
  }

  LMSGetDiagnostic(code) {
    return ERRORS[code || this.#lastError] ?? '';
  }

  #running(call, element, value) {
    if (this.#state === 'running') return true;
    this.#fail(call, '301', this.#state === 'finished' ? 'called after LMSFinish' : 'called before LMSInitialize', element, value);
    return false;
  }

  #emptyParameter(call, parameter) {
    if (parameter === '') return true;
    this.#fail(call, '201', `takes "", not ${JSON.stringify(parameter)}`);
    return false;
  }

  #definition(call, element, value) {
    if (Object.hasOwn(DATA_MODEL, element)) return DATA_MODEL[element];
    const inList = /^cmi\.(objectives|interactions)\./.test(element);
    this.#fail(call, inList ? '401' : '201', inList ? 'is not kept by this LMS' : 'is no SCORM 1.2 element', element, value);
    return undefined;
  }

  #fail(call, code, problem, element, value, result = 'false') {
    this.#lastError = code;
    this.errors.push({call, element, value, code, error: `${call}${element ? `(${element})` : ''}: ${problem} (${code} ${ERRORS[code]})`});
    return result;
  }

  #succeed(result) {
    this.#lastError = '0';
    return result;
  }
}
