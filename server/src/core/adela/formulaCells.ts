/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or carriage
 * return before one) as a formula: a title such as `=HYPERLINK("http://…")` in a workspace would
 * run when someone opens the exported template. Such a cell is written with a leading apostrophe,
 * which spreadsheet programs read as "text follows" and do not show. A cell that already starts
 * with apostrophes before one of those characters gets one more, so that reading strips exactly
 * one and the round trip through `guia import` gives back the text as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The cell as it is safe to write to a CSV a spreadsheet will open. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The cell's text as it was before `neutraliseFormula`. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
