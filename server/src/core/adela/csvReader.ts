import { restoreFormula } from './formulaCells';

/** One record of a CSV file, numbered the way a spreadsheet shows it. */
export interface CsvRow {
  /** 1-based record number: the row number a spreadsheet program shows (the header is row 1). */
  row: number;
  /** 1-based line of the file where the record starts (differs from `row` after multi-line cells). */
  line: number;
  cells: string[];
  /** True when a quote in the record did not open or close a cell properly and was read as text. */
  strayQuote: boolean;
}

export interface CsvTable {
  delimiter: string;
  rows: CsvRow[];
}

const CANDIDATE_DELIMITERS = [',', ';', '\t'];

/**
 * Reads CSV text as exported by spreadsheets, forgiving the faults of real files: ragged rows are
 * kept as they are (the caller decides), and a quote that opens a cell but never closes it, or
 * closes it with more text after it, is read as a literal character of that cell instead of
 * swallowing the rest of the file. Never throws.
 */
export function readCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const rows: CsvRow[] = [];
  let index = 0;
  let line = 1;
  while (index < text.length) {
    const start = { index, line };
    const cells: string[] = [];
    let strayQuote = false;
    for (;;) {
      const cell = readCell(text, index, delimiter);
      // Our exports write formula-like cells behind an apostrophe; the text is what follows it.
      cells.push(restoreFormula(cell.value));
      strayQuote ||= cell.stray;
      line += cell.newlines;
      index = cell.end;
      const next = text[index];
      if (next === delimiter) {
        index++;
        continue;
      }
      if (next === '\r') index += text[index + 1] === '\n' ? 2 : 1;
      else if (next === '\n') index++;
      if (next === '\r' || next === '\n') line++;
      break;
    }
    rows.push({ row: rows.length + 1, line: start.line, cells, strayQuote });
  }
  return { delimiter, rows };
}

interface CellRead {
  value: string;
  /** Offset just after the cell: a delimiter, a line break or the end of the text. */
  end: number;
  newlines: number;
  stray: boolean;
}

function readCell(text: string, start: number, delimiter: string): CellRead {
  // Hand-edited files put spaces before a quoted cell (`a, "b, c"`); the quotes still count.
  let quote = start;
  while ((text[quote] === ' ' || text[quote] === '\t') && text[quote] !== delimiter) quote++;
  if (text[quote] === '"') {
    const quoted = readQuoted(text, quote, delimiter);
    if (quoted) return quoted;
    return { ...readPlain(text, start, delimiter), stray: true };
  }
  // A quote inside an unquoted cell (`El "mejor" dato`) is just a character.
  return { ...readPlain(text, start, delimiter), stray: false };
}

/** A quoted cell, or undefined when its quotes are not well formed. */
function readQuoted(text: string, start: number, delimiter: string): CellRead | undefined {
  let value = '';
  let newlines = 0;
  let index = start + 1;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"') {
      if (text[index + 1] === '"') {
        value += '"';
        index += 2;
        continue;
      }
      let afterIndex = index + 1;
      while ((text[afterIndex] === ' ' || text[afterIndex] === '\t') && text[afterIndex] !== delimiter) afterIndex++;
      const after = text[afterIndex];
      if (after === undefined || after === delimiter || after === '\r' || after === '\n') return { value, end: afterIndex, newlines, stray: false };
      return undefined;
    }
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) newlines++;
    value += char;
    index++;
  }
  return undefined;
}

function readPlain(text: string, start: number, delimiter: string): Omit<CellRead, 'stray'> {
  let index = start;
  while (index < text.length) {
    const char = text[index];
    if (char === delimiter || char === '\r' || char === '\n') break;
    index++;
  }
  return { value: text.slice(start, index), end: index, newlines: 0 };
}

/** The delimiter the header line uses most, outside quotes: comma unless `;` or tab win. */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/).find((candidate) => candidate.trim().length > 0) ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const count = unquoted.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** True for a row with no text in any cell (spreadsheets export such rows as `,,,,`). */
export function isBlankRow(row: CsvRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}
