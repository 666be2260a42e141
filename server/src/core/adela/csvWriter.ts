import { neutraliseFormula } from './formulaCells';

/**
 * Writes CSV as spreadsheets read it: comma-separated, CRLF line ends, cells quoted when they hold
 * a comma, a quote, a line break or edge spaces, and a UTF-8 byte-order mark so that Excel shows
 * accents right (the import reads the mark back). A cell a spreadsheet would run as a formula is
 * written as text (see `formulaCells.ts`).
 */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return '\uFEFF' + rows.map((row) => row.map((cell) => quoteCell(neutraliseFormula(cell))).join(',')).join('\r\n') + '\r\n';
}

function quoteCell(cell: string): string {
  if (/[",\r\n]/.test(cell) || cell !== cell.trim()) return `"${cell.replace(/"/g, '""')}"`;
  return cell;
}
