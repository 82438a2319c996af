// What the importer did: rows it skipped on purpose (and why), and problems in the source
// files, each naming the file, the row and the column.
import {SourceProblem, type Row, type Sheet} from './workbook.js';

interface Skipped {
  file: string;
  reason: string;
  count: number;
  examples: string[];
}

const EXAMPLES = 3;

export class Report {
  private readonly skipped = new Map<string, Skipped>();
  readonly problems: SourceProblem[] = [];

  /** Visits every row; a row with a problem is recorded and left out, and the rest go on. */
  each(sheet: Sheet, visit: (row: Row) => void) {
    for (const row of sheet.rows) {
      try {
        visit(row);
      } catch (error) {
        if (!(error instanceof SourceProblem)) throw error;
        this.problems.push(error);
      }
    }
  }

  /** A row left out on purpose: not an error, but said, with a few examples. */
  skip(file: string, reason: string, example: string) {
    const key = `${file}\u0000${reason}`;
    const entry = this.skipped.get(key) ?? {file, reason, count: 0, examples: []};
    entry.count += 1;
    if (entry.examples.length < EXAMPLES) entry.examples.push(example);
    this.skipped.set(key, entry);
  }

  get skippedRows(): Skipped[] {
    return [...this.skipped.values()];
  }

  lines(): string[] {
    return this.skippedRows.map(
      ({file, reason, count, examples}) => `  skipped ${count} in ${file}: ${reason} (e.g. ${examples.join('; ')}${count > examples.length ? '; …' : ''})`,
    );
  }
}
