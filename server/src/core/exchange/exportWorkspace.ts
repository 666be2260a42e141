import type { FileAnalysis } from '../model/analysis';
import type { WorkspaceReport } from '../check/workspaceIndex';
import { counted, t } from '../l10n';
import { exportCatalogJson } from '../adela/exportCatalogJson';
import { exportCatalogCsv, exportInventoryCsv, exportPlanCsv, type CsvExport } from '../adela/exportCsv';
import { exportCkan } from '../ckan/exportCkan';
import { exportDcatAp } from '../dcat/dcatAp';
import { toTurtle } from '../dcat/turtle';
import type { ExportFormat } from './exportFormats';
import { distributionsOf, workspaceContent } from '../adela/workspaceContent';

export { DEFAULT_EXPORT_NAMES, EXPORT_FORMATS, isExportFormat, type ExportFormat } from './exportFormats';

export interface ExportResult {
  text: string;
  warnings: string[];
  datasets: number;
  resources: number;
}

/** How many errors (not warnings) the check found in a workspace. */
export function countErrors(report: WorkspaceReport): number {
  return report.files.reduce((sum, file) => sum + file.diagnostics.filter((diagnostic) => diagnostic.severity === 1).length, 0);
}

/**
 * Exports analysed workspace files in one of the formats. A workspace with errors is exported all
 * the same, with a warning that counts them; a plan export of a workspace without a plan fails
 * with a message.
 */
export function exportWorkspace(files: readonly FileAnalysis[], format: ExportFormat, errorCount: number): ExportResult | { error: string } {
  const content = workspaceContent(files);
  let result: CsvExport | string;
  switch (format) {
    case 'catalogo':
      result = { text: JSON.stringify(exportCatalogJson(content), null, 2) + '\n', warnings: [] };
      break;
    case 'dcat-ap': {
      const { graph, warnings } = exportDcatAp(content);
      result = { text: JSON.stringify(graph, null, 2) + '\n', warnings };
      break;
    }
    case 'dcat-ap-ttl': {
      const { graph, warnings } = exportDcatAp(content);
      result = { text: toTurtle(graph), warnings };
      break;
    }
    case 'ckan':
      result = exportCkan(content);
      break;
    case 'csv':
      result = exportCatalogCsv(content);
      break;
    case 'plan-csv':
      result = exportPlanCsv(content);
      break;
    case 'inventario-csv':
      result = exportInventoryCsv(content);
      break;
  }
  if (typeof result === 'string') return { error: result };
  const warnings = [...result.warnings];
  if ((format === 'catalogo' || format === 'dcat-ap' || format === 'dcat-ap-ttl' || format === 'ckan') && content.datasets.length === 0)
    warnings.push(t('El espacio de trabajo no tiene conjuntos de datos.'));
  if (errorCount > 0)
    warnings.unshift(
      counted(
        errorCount,
        t('El espacio de trabajo tiene 1 error según la guía; se exportó de todos modos. Revísalo con «guia check».'),
        t('El espacio de trabajo tiene {0} errores según la guía; se exportó de todos modos. Revísalos con «guia check».', errorCount),
      ),
    );
  return {
    text: result.text,
    warnings,
    datasets: content.datasets.length,
    resources: content.datasets.reduce((sum, dataset) => sum + distributionsOf(dataset.value).length, 0),
  };
}
