import { FILE_FORMAT_WORDS, foldText, isMediaType } from '../../catalog/vocabularies';
import { t } from '../../l10n';
import { valueOf } from '../../parse/sourceTree';
import { keySpan, textOf, valueSpan } from './planDocument';
import { planRule } from './planRule';

/** Words that may surround a format name without naming a store: "archivo CSV", "formato XLSX". */
const FILLER_WORDS = new Set(['archivo', 'archivos', 'formato', 'formatos', 'en', 'y', 'o', 'de', 'del', 'el', 'la', 'los', 'las', 'file', 'files', 'format']);

/**
 * True when `fuente` is a media type (`text/csv`, `application/vnd.ms-excel`: ADELA's most common
 * rejection) or names only file formats ("CSV", "archivo XLSX", "CSV y PDF"). A value that also
 * names something else ("Excel (XLSX)", "sistema de nómina, exporta CSV") is taken as a store: the
 * guide rejects the published format in place of the source, not a description that mentions it.
 */
export function namesOnlyFileFormats(source: string): boolean {
  if (isMediaType(source)) return true;
  const words = foldText(source)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !FILLER_WORDS.has(word));
  return words.length > 0 && words.every((word) => FILE_FORMAT_WORDS.has(word));
}

/**
 * basico-1b: the inventory has rows, and every row is complete (the schema checks fields, access
 * values, legal grounds when not public and `AAAA-MM`). This rule adds that `fuente` is the system
 * where the data is stored, not a file format, and counts one piece of evidence per row.
 */
export const inventoryRows = planRule('basico-1b', (context) => {
  const inventory = context.plan.section('inventario');
  // A missing inventory, or one that is not a list, is the schema's finding.
  if (!inventory || inventory.value.type !== 'array') return;
  if (inventory.value.items.length === 0) {
    context.report(
      keySpan(inventory),
      'mandatory',
      t('«inventario» está vacío: agrega una fila por cada recurso de datos de la institución (conjunto, recurso, responsable, acceso, fuente y fechaEstimada), sea público o no.'),
      { rule: 'inventario-vacio' },
    );
    context.count(true);
    return;
  }
  context.eachRow('inventario', (row) => {
    let failed = row.schemaFails('basico-1b');
    const sourceNode = valueOf(row.node, 'fuente');
    const source = textOf(sourceNode);
    if (sourceNode && source && namesOnlyFileFormats(source)) {
      row.report(
        valueSpan(sourceNode),
        'mandatory',
        t(
          '«fuente» dice «{0}», que es un formato de archivo: escribe el sistema o gestor de base de datos donde se guardan los datos (por ejemplo Oracle, MySQL, PostgreSQL o Excel).',
          source,
        ),
        { rule: 'fuente-es-formato' },
      );
      failed = true;
    }
    row.count(failed);
  });
});
