import type { PlainValue } from '../parse/sourceTree';
import type { CellValue } from './dateText';

export type PlainObject = { [key: string]: PlainValue };

/** Where in an input file a problem lies: a spreadsheet row, or a dataset of a JSON catalog. */
export interface ImportPlace {
  file: string;
  /** 1-based spreadsheet row (the header is row 1) of a CSV file. */
  row?: number;
  /** 1-based position of a dataset in a JSON catalog's list. */
  item?: number;
  /** 1-based line of the file where the row or dataset starts. */
  line?: number;
}

/** A row not taken, or a warning about a value kept as written, a column ignored, a name unresolved. */
export interface ImportIssue extends ImportPlace {
  message: string;
}

/** A comment to write next to a value of an output file (the key path inside the file). */
export interface FieldComment {
  path: Array<string | number>;
  text: string;
}

/** A dataset read from a template or catalog, before it is written as `<identifier>.dcat.yaml`. */
export interface ImportedDataset {
  value: PlainObject;
  comments: FieldComment[];
  /** The input it came from and the rows (or the dataset position) that made it. */
  file: string;
  rows: number[];
  /** The identifier as written in the input, before it was made ASCII. */
  originalIdentifier: string | undefined;
}

/** Plan and inventory rows read from the templates, before they are written as the plan file. */
export interface ImportedPlan {
  vision?: string;
  enlace: PlainObject;
  administrador: PlainObject;
  plan: Array<{ entry: PlainObject; place: ImportPlace }>;
  inventario: Array<{ entry: PlainObject; place: ImportPlace }>;
  comments: FieldComment[];
  files: string[];
}

/**
 * Everything an import noticed. Rows not taken are what a person must look at (the command line
 * exits with 1 when there are any); warnings point at values kept as written for the checker to
 * flag, columns ignored and names that could not be resolved.
 */
export class ImportLog {
  readonly skipped: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  /** Values rewritten to our format (dates, periodicities, media types, sizes). */
  conversions = 0;
  /** Rows with no text at all; they are not data, so they are counted but not reported. */
  blankRows = 0;

  skip(place: ImportPlace, message: string): void {
    this.skipped.push({ ...place, message });
  }

  warn(place: ImportPlace, message: string): void {
    this.warnings.push({ ...place, message });
  }

  /**
   * The value of a cell reader's result. A conversion is counted; a value kept as written is
   * warned about and gets a comment in the output file, next to the value.
   */
  take<T>(result: CellValue<T>, place: ImportPlace, comments: FieldComment[], path: Array<string | number>): T {
    if (result.converted) this.conversions++;
    if (result.kept !== undefined) {
      this.warn(place, result.kept);
      comments.push({ path, text: result.kept });
    }
    return result.value;
  }
}
