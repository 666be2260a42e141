import { columnOrder, isoFromWritten, readWrittenDate, type DayOrder } from '../text/writtenDates';
import { decoratedNumber, isDateColumnName, isIsoDateCell, isPlainNumber } from './cellPatterns';
import type { CsvExample, CsvProblem, CsvProblemKind, CsvReport } from './csvReport';
import { CsvTokenizer, type CsvRow } from './csvTokenizer';
import { SniffingDecoder, type DecodedPiece } from '../text/decodeText';

export interface CsvCheckOptions {
  /** `,` for CSV, a tab for TSV, `|` for PSV; absent: guessed from the first line (comma, semicolon or tab). */
  delimiter?: string;
  /** Occurrences of each kind of problem kept with their position; the rest are only counted. */
  maxExamples?: number;
}

/** Rows read before deciding which columns are numeric and which hold dates. */
const SAMPLE_ROWS = 200;
/** Share of a column's filled cells that must be numbers for the column to count as numeric. */
const NUMERIC_SHARE = 0.8;
/** Text read before guessing the delimiter, when the first line is longer than this. */
const DELIMITER_LOOKAHEAD = 65_536;

/**
 * Checks a delimited data file as it streams in, chunk by chunk: encoding, one header row without
 * blank or repeated names, the same number of cells in every row, numbers without currency or unit
 * symbols, ISO 8601 dates. Keeps the first few examples of each problem and a count, so a file of
 * millions of rows costs the same memory as a small one. Never throws on the file's content.
 */
export async function checkCsvStream(chunks: AsyncIterable<Uint8Array>, options: CsvCheckOptions = {}): Promise<CsvReport> {
  const decoder = new SniffingDecoder();
  const collector = new RowCollector(options.maxExamples ?? 5);
  let tokenizer: CsvTokenizer | undefined;
  let delimiter = options.delimiter ?? ',';
  let head = '';
  let bytes = 0;
  let encodingAt: { line: number; column: number } | undefined;

  const start = (text: string): void => {
    delimiter = options.delimiter ?? guessDelimiter(text);
    tokenizer = new CsvTokenizer(delimiter, (row) => collector.row(row));
    tokenizer.write(text);
  };
  const feed = (pieces: DecodedPiece[]): void => {
    for (const piece of pieces) {
      if (piece.switched && encodingAt === undefined) {
        encodingAt = tokenizer ? tokenizer.position : positionAfter(head);
        collector.keepLine(encodingAt.line);
      }
      if (tokenizer) {
        tokenizer.write(piece.text);
        continue;
      }
      head += piece.text;
      if (/[\r\n]/.test(head) || head.length >= DELIMITER_LOOKAHEAD) {
        start(head);
        head = '';
      }
    }
  };

  for await (const chunk of chunks) {
    bytes += chunk.length;
    feed(decoder.decode(chunk));
  }
  feed(decoder.end());
  if (!tokenizer) start(head);
  tokenizer!.end();
  const encoding = decoder.result;
  return collector.finish({
    encoding: encodingAt ? { ...encoding, line: encodingAt.line, column: encodingAt.column } : encoding,
    delimiter,
    bytes,
    lineCount: tokenizer!.lineCount,
    unclosedQuote: tokenizer!.unclosedQuote,
    limited: tokenizer!.limited,
  });
}

/**
 * The delimiter of a CSV file from its first line: a comma unless the line has none and has
 * semicolons (spreadsheets set to a Spanish locale) or tabs.
 */
export function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (char: string): number => outsideQuotes.split(char).length - 1;
  if (count(',') > 0) return ',';
  if (count(';') > 0) return ';';
  if (count('\t') > 0) return '\t';
  return ',';
}

function positionAfter(text: string): { line: number; column: number } {
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, column: lines[lines.length - 1]!.length };
}

interface ColumnProfile {
  numeric: boolean;
  dateColumn: boolean;
  order: DayOrder;
  /** Dates in both day-first and month-first order were seen. */
  mixed: boolean;
}

interface Ending {
  encoding: CsvReport['encoding'];
  delimiter: string;
  bytes: number;
  lineCount: number;
  unclosedQuote: { line: number; column: number } | undefined;
  limited: { columns: number; cells: boolean };
}

/** Receives rows in order and keeps only what the report needs. */
class RowCollector {
  private header: CsvRow | undefined;
  private headerSettled = false;
  private sample: CsvRow[] = [];
  private columns: ColumnProfile[] = [];
  private blanks: CsvRow[] = [];
  private lastRow: CsvRow | undefined;
  private rows = 0;
  private readonly problems = new Map<CsvProblemKind, CsvProblem>();
  private readonly lines = new Map<number, string>();
  private readonly wanted = new Set<number>();

  constructor(private readonly maxExamples: number) {}

  /** Asks to keep a line's text when its row arrives (where the encoding breaks, found while decoding). */
  keepLine(line: number): void {
    this.wanted.add(line);
  }

  row(row: CsvRow): void {
    this.lastRow = row;
    if (this.wanted.size > 0) {
      row.lines.forEach((text, offset) => {
        if (this.wanted.delete(row.line + offset)) this.lines.set(row.line + offset, text);
      });
    }
    if (isBlank(row)) {
      this.blanks.push(row);
      return;
    }
    // Blank rows followed by content are inside the table; trailing blank lines are harmless.
    for (const blank of this.blanks) this.add('fila-vacia', blank, { line: blank.line, start: 0, end: 0 });
    this.blanks = [];
    if (!this.header) {
      this.header = row;
      return;
    }
    if (!this.headerSettled) {
      this.headerSettled = true;
      if (isTitleRow(this.header) && filledCells(row) > 1) {
        const title = this.header.cells.find((cell) => cell.value.trim() !== '')!;
        this.add('encabezado-titulo', this.header, { line: title.line, start: title.start, end: title.end, value: title.value.trim() });
        this.header = row;
        return;
      }
    }
    if (this.sample.length < SAMPLE_ROWS) {
      this.sample.push(row);
      if (this.sample.length === SAMPLE_ROWS) this.settleSample();
      return;
    }
    this.check(row);
  }

  finish(ending: Ending): CsvReport {
    if (this.header && this.sample.length < SAMPLE_ROWS) this.settleSample();
    if (ending.unclosedQuote && this.lastRow) {
      const { line, column } = ending.unclosedQuote;
      this.add('comilla-sin-cerrar', this.lastRow, { line, start: column, end: column + 1 });
    }
    const header = this.header;
    if (!header) {
      this.problems.clear();
      this.add('archivo-de-datos-vacio', undefined, { line: 0, start: 0, end: 0 });
    } else {
      this.lines.set(header.line, header.lines[0] ?? '');
      this.checkHeader(header);
    }
    return {
      encoding: ending.encoding,
      delimiter: ending.delimiter,
      header: (header?.cells ?? []).map((cell) => ({ name: cell.value, line: cell.line, start: cell.start, end: cell.end })),
      rows: this.rows,
      bytes: ending.bytes,
      // Kinds in the order they first occur in the file (rows wait in the sample while blank rows do not).
      problems: [...this.problems.values()].sort((a, b) => (a.examples[0]?.line ?? 0) - (b.examples[0]?.line ?? 0)),
      lines: [...this.lines.entries()].sort((a, b) => a[0] - b[0]).map(([line, text]) => ({ line, text })),
      lineCount: ending.lineCount,
      ...(ending.limited.columns > 0 || ending.limited.cells
        ? { limited: { ...(ending.limited.columns > 0 ? { columns: ending.limited.columns } : {}), ...(ending.limited.cells ? { cells: true } : {}) } }
        : {}),
    };
  }

  private checkHeader(header: CsvRow): void {
    const seen = new Map<string, number>();
    header.cells.forEach((cell, index) => {
      const name = cell.value.trim();
      if (name === '') {
        this.add('encabezado-vacio', header, { line: cell.line, start: cell.start, end: cell.end, position: index + 1 });
        return;
      }
      const key = name.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else this.add('encabezado-repetido', header, { line: cell.line, start: cell.start, end: cell.end, value: name, position: index + 1, firstPosition: first + 1 });
    });
  }

  /** Learns which columns are numeric or dates from the first rows, then checks those rows. */
  private settleSample(): void {
    const header = this.header!;
    const width = header.cells.length;
    const first = this.sample[0];
    // A second header row (units, sub-titles) would make numeric columns look like text: learn
    // the columns from the rows after it when there are enough of them.
    const learnFrom = this.sample.length >= 3 ? this.sample.slice(1) : this.sample;
    const valuesOf = (rows: CsvRow[], index: number): string[] => rows.map((row) => row.cells[index]?.value.trim() ?? '');
    this.columns = Array.from({ length: width }, (_, index) => profile(header.cells[index]!.value, valuesOf(learnFrom, index), valuesOf(this.sample, index)));
    const numeric = this.columns.map((column, index) => (column.numeric ? index : -1)).filter((index) => index >= 0);
    const firstCell = (index: number): string => first?.cells[index]?.value.trim() ?? '';
    let rows = this.sample;
    if (
      first &&
      this.sample.length >= 3 &&
      numeric.length >= 2 &&
      numeric.every((index) => !isPlainNumber(firstCell(index)) && !decoratedNumber(firstCell(index))) &&
      numeric.filter((index) => isHeaderLike(firstCell(index))).length >= 2
    ) {
      this.add('encabezado-multiple', first, { line: first.line, start: 0, end: (first.lines[0] ?? '').length });
      rows = this.sample.slice(1);
    }
    for (const row of rows) this.check(row);
    this.sample = [];
  }

  private check(row: CsvRow): void {
    this.rows++;
    const expected = this.header!.width;
    if (row.width !== expected) {
      this.add('fila-irregular', row, { line: row.line, start: 0, end: (row.lines[0] ?? '').length, cells: row.width, expected });
    }
    // Only the kept columns (see MAX_COLUMNS) are looked into.
    const width = Math.min(row.cells.length, this.header!.cells.length);
    for (let index = 0; index < width; index++) {
      const cell = row.cells[index]!;
      const value = cell.value.trim();
      if (value === '') continue;
      const column = this.columns[index]!;
      const name = this.header!.cells[index]!.value.trim();
      if (column.numeric) {
        const decorated = decoratedNumber(value);
        if (decorated) {
          this.add('simbolo-en-numero', row, { line: cell.line, start: cell.start, end: cell.end, value, column: name, symbol: decorated.symbol, suggestion: decorated.number });
          continue;
        }
      }
      // Every date form starts with a digit and is short: most text cells are ruled out at once.
      const first = value.charCodeAt(0);
      if (first < 48 || first > 57 || value.length > 40 || isIsoDateCell(value)) continue;
      const date = readWrittenDate(value, column.dateColumn ? 'date' : 'cell');
      if (!date) continue;
      const order = date.evidence;
      if (order !== 'unknown' && order !== column.order && !column.mixed) {
        // A column with both 29/07 and 07/29 cannot say how its ambiguous dates are meant.
        column.mixed = column.order !== 'unknown';
        column.order = column.mixed ? 'unknown' : order;
      }
      this.add('fecha-no-iso', row, { line: cell.line, start: cell.start, end: cell.end, value, column: name, suggestion: isoFromWritten(date, column.order) });
    }
  }

  private add(kind: CsvProblemKind, row: CsvRow | undefined, example: CsvExample): void {
    let problem = this.problems.get(kind);
    if (!problem) {
      problem = { kind, count: 0, examples: [] };
      this.problems.set(kind, problem);
    }
    problem.count++;
    if (problem.examples.length >= this.maxExamples) return;
    problem.examples.push(example);
    if (row) this.lines.set(example.line, row.lines[example.line - row.line] ?? '');
    else this.lines.set(example.line, '');
  }
}

function isBlank(row: CsvRow): boolean {
  return row.cells.every((cell) => cell.value.trim() === '' && !cell.quoted) && row.width <= 1;
}

function filledCells(row: CsvRow): number {
  return row.cells.filter((cell) => cell.value.trim() !== '').length;
}

/** A first row with a single filled cell, like `Índice de rezago social 2020,,,`. */
function isTitleRow(row: CsvRow): boolean {
  return filledCells(row) === 1 && row.cells[0]!.value.trim() !== '' && (row.width === 1 || row.cells.slice(1).every((cell) => cell.value.trim() === ''));
}

function isHeaderLike(value: string): boolean {
  const text = value.trim();
  return text !== '' && !isPlainNumber(text) && !decoratedNumber(text) && /\p{L}/u.test(text);
}

/** What a column holds, from its name and the first rows (`values` to learn types, `all` for date order). */
function profile(name: string, values: string[], all: string[]): ColumnProfile {
  const filled = values.filter((value) => value !== '');
  const numbers = filled.filter((value) => isPlainNumber(value) || decoratedNumber(value) !== undefined).length;
  // Years alone are numbers, not dates: a column of dates has a month in them. Only unmistakable
  // forms make a column one of dates; dotted or two-digit-year ones need a name that says so.
  const named = isDateColumnName(name);
  const dates = filled.filter((value) => /^\d{4}-\d{2}/.test(value) || readWrittenDate(value, named ? 'date' : 'cell') !== undefined).length;
  const dateColumn = named || (filled.length > 0 && dates >= filled.length * NUMERIC_SHARE);
  const { order, mixed } = columnOrder(all, dateColumn ? 'date' : 'cell');
  return { numeric: filled.length > 0 && numbers >= filled.length * NUMERIC_SHARE, dateColumn, order, mixed };
}
