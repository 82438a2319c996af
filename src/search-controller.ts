import type {ReactiveControllerHost} from 'lit';
import {initialState, Task, TaskStatus} from '@lit/task';
import type {SupportedLocale} from '../data/types.js';
import {CareerDataProblem} from './data.js';
import {loadMessages} from './messages.js';
import type {OccupationSearch} from './search.js';
import {loadSearch} from './search-data.js';

/** What an element that searches the dataset asks of its index: the language, and whether it is wanted yet. */
export interface SearchHost extends ReactiveControllerHost {
  readonly locale: {locale: SupportedLocale};
}

/**
 * Loads the search index of the element's language, with its UI strings, once the element
 * asks for it (`want()`: on focus or the first keystroke for a search box, at once for a list),
 * and again when its language changes.
 */
export class SearchIndexController {
  private readonly task: Task<readonly [SupportedLocale, boolean], OccupationSearch>;
  private wanted = false;

  constructor(private readonly host: SearchHost) {
    this.task = new Task(host, {
      task: async ([locale, wanted]) => {
        if (!wanted) return initialState;
        const messages = loadMessages(locale);
        try {
          return await loadSearch(locale);
        } finally {
          await messages;
        }
      },
      args: () => [host.locale.locale, this.wanted] as const,
    });
  }

  want() {
    if (this.wanted) return;
    this.wanted = true;
    this.host.requestUpdate();
  }

  get search(): OccupationSearch | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  get problem(): CareerDataProblem | undefined {
    if (this.task.status !== TaskStatus.ERROR) return undefined;
    const error = this.task.error;
    return error instanceof CareerDataProblem ? error : new CareerDataProblem('bad-data', String(error));
  }

}
