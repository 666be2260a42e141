/**
 * An incremental RFC 4180 reader: text goes in piece by piece, rows come out as soon as they end,
 * each cell with its position (line and UTF-16 column, like the editor), so a problem can be shown
 * on the exact cell of a file that is never held whole in memory.
 */

/** Longest part of a physical line kept for showing problems; the rest is only counted. */
export const MAX_KEPT_LINE = 1000;
/**
 * Cells of a row kept for the checks; the others are only counted. A 6 MB file of one line with
 * three million one-character columns would otherwise take hundreds of megabytes per row.
 */
export const MAX_COLUMNS = 1000;
/** Characters of a cell kept for the checks; the rest is only counted (a 100 MB cell is not held whole). */
export const MAX_CELL_CHARS = 4096;
/** Physical lines of one row kept (a quoted cell may run over millions of lines). */
const MAX_ROW_LINES = 100;

export interface CsvCell {
  value: string;
  quoted: boolean;
  /** Zero-based line where the cell starts. */
  line: number;
  start: number;
  /** End column on the cell's first line (the line's end when a quoted cell runs over lines). */
  end: number;
}

export interface CsvRow {
  /** The first `MAX_COLUMNS` cells. */
  cells: CsvCell[];
  /** How many cells the row has, kept or not. */
  width: number;
  /** Zero-based line where the row starts. */
  line: number;
  /** The physical lines the row spans (cut at MAX_KEPT_LINE characters). */
  lines: string[];
}

type State = 'cell-start' | 'unquoted' | 'quoted' | 'quote-in-quoted';

export class CsvTokenizer {
  private line = 0;
  private column = 0;
  private lineText = '';
  private rowLines: string[] = [];
  private rowLine = 0;
  private cells: CsvCell[] = [];
  private width = 0;
  private value = '';
  /** Whether any row had more than `MAX_COLUMNS` cells, or any cell more than `MAX_CELL_CHARS` characters. */
  readonly limited = { columns: 0, cells: false };
  private quoted = false;
  private cellLine = 0;
  private cellStart = 0;
  private state: State = 'cell-start';
  private afterCarriageReturn = false;
  /** Where a quoted cell that never closed began, once the input has ended. */
  unclosedQuote: { line: number; column: number } | undefined;

  constructor(
    private readonly delimiter: string,
    private readonly onRow: (row: CsvRow) => void,
  ) {}

  /** Physical lines read so far (a last line without a line break counts once the input ends). */
  get lineCount(): number {
    return this.line;
  }

  /** The current reading position: where the next character will be. */
  get position(): { line: number; column: number } {
    return { line: this.line, column: this.column };
  }

  write(text: string): void {
    const length = text.length;
    const delimiter = this.delimiter.charCodeAt(0);
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (this.afterCarriageReturn) {
        this.afterCarriageReturn = false;
        if (code === 10) {
          // The \n of a \r\n: the line already ended at the \r.
          if (this.state === 'quoted') this.append('\n');
          i++;
          continue;
        }
      }
      if (code === 10 || code === 13) {
        if (code === 13) this.afterCarriageReturn = true;
        this.newline(text[i]!);
        i++;
        continue;
      }
      // Runs of plain characters inside a cell are taken as one slice: most of a file is such runs.
      if (this.state === 'unquoted' || this.state === 'quoted') {
        const quoted = this.state === 'quoted';
        let end = i;
        while (end < length) {
          const next = text.charCodeAt(end);
          if (next === 10 || next === 13 || (quoted ? next === 34 : next === delimiter)) break;
          end++;
        }
        if (end > i) {
          const run = text.slice(i, end);
          this.append(run);
          this.keep(run);
          this.column += end - i;
          i = end;
          continue;
        }
      }
      const char = text[i]!;
      this.keep(char);
      this.character(char);
      this.column++;
      i++;
    }
  }

  /** Adds text to the current cell's value, up to its cap. */
  private append(text: string): void {
    if (this.value.length >= MAX_CELL_CHARS) {
      this.limited.cells = true;
      return;
    }
    this.value += text.length + this.value.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS - this.value.length) : text;
  }

  /** Adds text to the kept copy of the current line, up to its cap. */
  private keep(text: string): void {
    if (this.lineText.length < MAX_KEPT_LINE) this.lineText += text.length + this.lineText.length > MAX_KEPT_LINE ? text.slice(0, MAX_KEPT_LINE - this.lineText.length) : text;
  }

  /** Ends the input: emits the last row if the text did not end with a line break. */
  end(): void {
    if (this.state === 'quoted') this.unclosedQuote = { line: this.cellLine, column: this.cellStart };
    const pending = this.width > 0 || this.state !== 'cell-start' || this.column > 0;
    if (pending) {
      this.endCell();
      this.endRow();
      this.line++;
    }
  }

  private character(char: string): void {
    switch (this.state) {
      case 'cell-start':
        this.cellLine = this.line;
        this.cellStart = this.column;
        if (this.width === 0) this.rowLine = this.line;
        if (char === '"') {
          this.quoted = true;
          this.state = 'quoted';
        } else if (char === this.delimiter) {
          this.endCell();
        } else {
          this.value = char;
          this.state = 'unquoted';
        }
        return;
      case 'unquoted':
        if (char === this.delimiter) this.endCell();
        else this.append(char);
        return;
      case 'quoted':
        if (char === '"') this.state = 'quote-in-quoted';
        else this.append(char);
        return;
      case 'quote-in-quoted':
        if (char === '"') {
          this.append('"');
          this.state = 'quoted';
        } else if (char === this.delimiter) {
          this.endCell();
        } else {
          // Text after a closing quote: kept as part of the cell, as spreadsheet programs do.
          this.append(char);
          this.state = 'unquoted';
        }
        return;
    }
  }

  private newline(char: string): void {
    if (this.state === 'quoted') {
      this.append(char);
      if (this.rowLines.length < MAX_ROW_LINES) this.rowLines.push(this.lineText);
    } else {
      if (this.state === 'cell-start' && this.width === 0) {
        this.rowLine = this.line;
        this.cellLine = this.line;
        this.cellStart = this.column;
      }
      this.endCell();
      this.endRow();
    }
    this.line++;
    this.column = 0;
    this.lineText = '';
  }

  private endCell(): void {
    const end = this.cellLine === this.line ? this.column : MAX_KEPT_LINE;
    if (this.width < MAX_COLUMNS) this.cells.push({ value: this.value, quoted: this.quoted, line: this.cellLine, start: this.cellStart, end });
    this.width++;
    if (this.width > MAX_COLUMNS) this.limited.columns = Math.max(this.limited.columns, this.width);
    this.value = '';
    this.quoted = false;
    this.state = 'cell-start';
    // A cell that starts right after a delimiter starts here.
    this.cellLine = this.line;
    this.cellStart = this.column + 1;
  }

  private endRow(): void {
    if (this.rowLines.length < MAX_ROW_LINES) this.rowLines.push(this.lineText);
    const row: CsvRow = { cells: this.cells, width: this.width, line: this.rowLine, lines: this.rowLines };
    this.cells = [];
    this.width = 0;
    this.rowLines = [];
    this.rowLine = this.line + 1;
    this.onRow(row);
  }
}
