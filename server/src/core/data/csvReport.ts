import type { EncodingVerdict } from '../text/decodeText';

/**
 * Kinds of problem a data file can have. The ids are stable: they are the findings' `data.rule`.
 * `codificacion-no-utf8` belongs to intermedio-2a (interoperability); the rest to intermedio-3b.
 */
export type CsvProblemKind =
  | 'archivo-de-datos-vacio'
  | 'encabezado-titulo'
  | 'encabezado-vacio'
  | 'encabezado-repetido'
  | 'encabezado-multiple'
  | 'fila-irregular'
  | 'fila-vacia'
  | 'simbolo-en-numero'
  | 'fecha-no-iso'
  | 'comilla-sin-cerrar';

/** One located example of a problem: zero-based line, UTF-16 columns on that line. */
export interface CsvExample {
  line: number;
  start: number;
  end: number;
  /** The cell as written. */
  value?: string;
  /** The column's name in the header. */
  column?: string;
  /** What the cell should say instead (an ISO date, the bare number). */
  suggestion?: string;
  /** The currency or unit symbol found in a number. */
  symbol?: string;
  /** Cells in the row and in the header, for ragged rows. */
  cells?: number;
  expected?: number;
  /** One-based position of the column (blank header) or of its first use (repeated header). */
  position?: number;
  firstPosition?: number;
}

export interface CsvProblem {
  kind: CsvProblemKind;
  /** How many times it happens in the whole file. */
  count: number;
  /** The first few occurrences, in file order. */
  examples: CsvExample[];
}

/** What checking one data file found, small enough to keep however big the file is. */
export interface CsvReport {
  encoding: EncodingVerdict & {
    /** Where the first character that is not UTF-8 is. */
    line?: number;
    column?: number;
  };
  delimiter: string;
  /** The header's cells as written, with their columns on the header line. */
  header: { name: string; line: number; start: number; end: number }[];
  /** Data rows after the header (blank rows excluded). */
  rows: number;
  bytes: number;
  problems: CsvProblem[];
  /** The text of every line an example points at (and the header's), cut to a readable length. */
  lines: { line: number; text: string }[];
  lineCount: number;
  /**
   * What was left out to bound memory: the widest row's cell count when rows had more than
   * `MAX_COLUMNS` (only those were analysed), and whether some cell was longer than `MAX_CELL_CHARS`
   * (only its start was analysed). Absent when everything was read.
   */
  limited?: { columns?: number; cells?: true };
}
