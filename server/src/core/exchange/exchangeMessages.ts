import { counted, t } from '../l10n';

/**
 * The one-line results of an import and an export, shown by `guia import|export` and by the
 * editor's commands alike, with every count in its proper number («1 recurso», «2 recursos»).
 */

function datasetCount(count: number): string {
  return counted(count, t('1 conjunto de datos'), t('{0} conjuntos de datos', count));
}

function resourceCount(count: number): string {
  return counted(count, t('1 recurso'), t('{0} recursos', count));
}

/** «Exportado catalogo.json: 2 conjuntos de datos, 1 recurso.» */
export function exportedMessage(target: string, datasets: number, resources: number): string {
  return t('Exportado {0}: {1}, {2}.', target, datasetCount(datasets), resourceCount(resources));
}

/** «Importación: 3 archivos escritos, 2 conjuntos de datos, 4 recursos, 1 fila no tomada.» */
export function importedMessage(files: number, datasets: number, resources: number, skippedRows: number): string {
  return t(
    'Importación: {0}, {1}, {2}, {3}.',
    counted(files, t('1 archivo escrito'), t('{0} archivos escritos', files)),
    datasetCount(datasets),
    resourceCount(resources),
    counted(skippedRows, t('1 fila no tomada'), t('{0} filas no tomadas', skippedRows)),
  );
}
