import { counted, t } from '../l10n';
import { isBlankRow, type CsvRow, type CsvTable } from './csvReader';
import type { ImportLog, ImportPlace } from './importModel';
import type { TemplateHeader } from './spreadsheetTemplates';

/**
 * The data rows of a template below its header that an importer can read, with their place for
 * the report. Blank rows are counted; a row with text beyond the header's columns is not taken
 * (probably an unquoted comma: no way to know which value belongs to which column); a stray quote
 * is a warning. Every template importer applies these same rules.
 */
export function* templateRows(file: string, table: CsvTable, template: TemplateHeader, log: ImportLog): Generator<{ row: CsvRow; place: ImportPlace }> {
  const width = template.header.cells.length;
  for (const row of table.rows) {
    if (row.row <= template.header.row) continue;
    const place: ImportPlace = { file, row: row.row, line: row.line };
    if (isBlankRow(row)) {
      log.blankRows++;
      continue;
    }
    const extra = row.cells.slice(width).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      log.skip(
        place,
        counted(
          extra.length,
          t('La fila tiene 1 celda con texto más allá de las {0} columnas del encabezado (¿una coma sin comillas?): no se sabe a qué columna va cada valor.', width),
          t(
            'La fila tiene {0} celdas con texto más allá de las {1} columnas del encabezado (¿una coma sin comillas?): no se sabe a qué columna va cada valor.',
            extra.length,
            width,
          ),
        ),
      );
      continue;
    }
    if (row.strayQuote) log.warn(place, t('Una comilla de esta fila no abre ni cierra bien una celda; se leyó como texto.'));
    yield { row, place };
  }
}
