// Reading the publishers' workbooks as rows of named cells, each able to say where it is
// (file, row, column), so that every problem the importer reports can be found in the file.
import {basename} from 'node:path';
import {readSheet} from 'read-excel-file/node';

export type Cell = string | number | boolean | Date | null;

/** A problem with one cell or row of a source file: the message names the file, the row and the column. */
export class SourceProblem extends Error {
  constructor(
    readonly file: string,
    readonly row: number,
    readonly column: string | undefined,
    readonly problem: string,
  ) {
    super(`${file}, row ${row}${column ? `, column ${column}` : ''}: ${problem}`);
    this.name = 'SourceProblem';
  }
}

export class Row {
  constructor(
    readonly file: string,
    /** The row's number as a spreadsheet program shows it (1 is the first row). */
    readonly rowNumber: number,
    private readonly columns: Map<string, number>,
    private readonly cells: Cell[],
  ) {}

  get isEmpty(): boolean {
    return this.cells.every((c) => c === null || c === '');
  }

  /** The raw cell under a header. */
  cell(header: string): Cell {
    const index = this.columns.get(header);
    if (index === undefined) throw new SourceProblem(this.file, this.rowNumber, header, 'no such column in the header row');
    return this.cells[index] ?? null;
  }

  /** The column's letter and header, for messages: `L (TOT_EMP)`. */
  column(header: string): string {
    const index = this.columns.get(header);
    return index === undefined ? header : `${columnLetter(index)} (${header})`;
  }

  problem(header: string | undefined, problem: string): SourceProblem {
    return new SourceProblem(this.file, this.rowNumber, header && this.column(header), problem);
  }

  text(header: string): string {
    const value = this.cell(header);
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
    throw this.problem(header, value === null || value === '' ? 'is empty' : `is not text: ${JSON.stringify(value)}`);
  }

  optionalText(header: string): string | undefined {
    const value = this.cell(header);
    return value === null || value === '' ? undefined : this.text(header);
  }

  /** A number that must be there: a figure, or numeric text such as "1,234.5". */
  number(header: string): number {
    const value = this.cell(header);
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && /^-?[\d,]*\.?\d+$/.test(value.trim())) return Number(value.trim().replaceAll(',', ''));
    throw this.problem(header, value === null || value === '' ? 'is empty where a number belongs' : `is not a number: ${JSON.stringify(value)}`);
  }
}

export interface Sheet {
  file: string;
  rows: Row[];
}

/**
 * One sheet of a workbook, its header found in the first `headerSearch` rows by the presence of
 * `required` headers (publishers put titles above their tables).
 */
export async function readTable(path: string, required: string[], {sheet, headerSearch = 5}: {sheet?: string; headerSearch?: number} = {}): Promise<Sheet> {
  const file = sheet ? `${basename(path)} [${sheet}]` : basename(path);
  let data: Cell[][];
  try {
    data = (await (sheet ? readSheet(path, sheet) : readSheet(path))) as Cell[][];
  } catch (error) {
    throw new SourceProblem(file, 0, undefined, `cannot be read as a workbook (${(error as Error).message})`);
  }
  const headerIndex = data.slice(0, headerSearch).findIndex((row) => required.every((h) => row.includes(h)));
  if (headerIndex < 0) {
    const missing = required.filter((h) => !data.slice(0, headerSearch).some((row) => row.includes(h)));
    throw new SourceProblem(file, 1, undefined, `no header row with the columns ${missing.map((h) => `“${h}”`).join(', ')}`);
  }
  const columns = new Map(data[headerIndex].map((header, i) => [String(header), i]));
  const rows = data
    .slice(headerIndex + 1)
    .map((cells, i) => new Row(file, headerIndex + i + 2, columns, cells))
    .filter((row) => !row.isEmpty);
  return {file, rows};
}

/** All cells of a sheet as text lines, for sheets that are prose (OEWS's Field Descriptions). */
export async function readLines(path: string, sheet: string): Promise<string[]> {
  const data = (await readSheet(path, sheet)) as Cell[][];
  return data.map((row) => row.filter((c) => c !== null && c !== '').join(' ').trim()).filter(Boolean);
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
