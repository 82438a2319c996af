import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {Task, TaskStatus} from '@lit/task';
import type {SupportedLocale, TextPart} from '../data/types.js';
import {CareerDataProblem, loadCareer, type CareerData} from './data.js';
import {formattersFor} from './format.js';
import {loadMessages} from './messages.js';

/** What a widget asks of its data: which career, in which language, which part, from where. */
export interface CareerDataHost extends ReactiveControllerHost {
  career: string;
  src?: string;
  readonly locale: {locale: SupportedLocale; formattingTag: string};
  readonly dataPart: TextPart;
  /** A problem with loaded data that only this widget can see (e.g. no figures for its `year`). */
  findProblem(data: CareerData): CareerDataProblem | undefined;
}

/** What the widget is to show: its career, a problem, or that it is loading. */
export type DataView = {data: CareerData} | {problem: CareerDataProblem} | {loading: true};

/**
 * Loads a widget's career, with its locale's UI strings, whenever the career, locale, part or
 * source changes. While new data loads after a change (of locale, say), what the widget shows
 * stays: swapping content for a loading message and back would rebuild the DOM twice, where
 * rendering the same template with new values only updates text.
 */
export class CareerDataController implements ReactiveController {
  private readonly task: Task<readonly [string, SupportedLocale, TextPart, string | undefined], CareerData>;
  private shown = false;

  constructor(private readonly host: CareerDataHost) {
    host.addController(this);
    this.task = new Task(host, {
      // The locale's UI strings load with the data, so neither shows without the other.
      task: async ([career, locale, part, src]) => {
        const messages = loadMessages(locale);
        const data = loadCareer(career, locale, part, src);
        // Awaited below: a failure meanwhile is not an unhandled rejection.
        data.catch(() => undefined);
        // While the data is on its way: Intl's first formatter of a page is slow to make.
        formattersFor(host.locale.formattingTag).prepare();
        try {
          return await data;
        } finally {
          await messages;
        }
      },
      args: () => [host.career, host.locale.locale, host.dataPart, host.src] as const,
    });
  }

  /** Whether new data is loading behind content already shown: nothing to render until it is here. */
  get refreshing(): boolean {
    return this.status === TaskStatus.PENDING && this.shown;
  }

  /** The load's state: @lit/task's INITIAL, PENDING, COMPLETE or ERROR. */
  get status(): TaskStatus {
    return this.task.status;
  }

  /** Whether the data has loaded or failed to, for the latest career, locale and source. */
  get settled(): boolean {
    return this.status === TaskStatus.COMPLETE || this.status === TaskStatus.ERROR;
  }

  get view(): DataView {
    if (this.status === TaskStatus.ERROR) {
      const error = this.task.error;
      return {problem: error instanceof CareerDataProblem ? error : new CareerDataProblem('bad-data', String(error))};
    }
    if (this.status === TaskStatus.COMPLETE) {
      const data = this.task.value!;
      const problem = this.host.findProblem(data);
      return problem ? {problem} : {data};
    }
    return {loading: true};
  }

  hostUpdated() {
    this.shown = true;
  }
}
