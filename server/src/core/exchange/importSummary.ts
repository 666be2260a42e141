import { t } from '../l10n';
import type { ImportResult } from './importFiles';
import type { ImportIssue } from '../adela/importModel';

/** Where an issue is: `catalogo.csv, fila 7` or `catalogo.json, conjunto 3 (línea 40)`. */
export function formatPlace(issue: ImportIssue): string {
  if (issue.row !== undefined) return t('{0}, fila {1}', issue.file, issue.row);
  if (issue.item !== undefined && issue.line === undefined) return t('{0}, conjunto {1}', issue.file, issue.item);
  if (issue.item !== undefined) return t('{0}, conjunto {1} (línea {2})', issue.file, issue.item, issue.line ?? '?');
  if (issue.line !== undefined) return t('{0}, línea {1}', issue.file, issue.line);
  return issue.file;
}

const KIND_NAMES = {
  catalog: () => t('plantilla del catálogo'),
  plan: () => t('plantilla del plan de apertura'),
  inventory: () => t('plantilla del inventario'),
  'plan-export': () => t('«Plan de Apertura Institucional» exportado por ADELA (inventario y plan)'),
  'catalog-json': () => t('catalogo.json de ADELA'),
  ckan: () => t('respuesta de la API de CKAN'),
};

/** The summary a person reads after an import: what was read, written, converted and left out. */
export function formatImportSummary(result: ImportResult, targets: readonly string[]): string {
  const lines: string[] = [];
  for (const source of result.sources) lines.push(t('Leído {0}: {1}, codificación {2}.', source.name, KIND_NAMES[source.kind](), source.encoding));
  lines.push(t('Archivos escritos: {0}', targets.length));
  for (const target of targets) lines.push(`  ${target}`);
  lines.push(
    t('Conjuntos de datos: {0} · recursos: {1} · filas del plan: {2} · filas del inventario: {3}', result.datasets, result.resources, result.planEntries, result.inventoryEntries),
  );
  lines.push(t('Valores convertidos: {0} · filas vacías omitidas: {1}', result.conversions, result.blankRows));
  lines.push(t('Filas no tomadas: {0}', result.skipped.length));
  for (const issue of result.skipped) lines.push(`  ${formatPlace(issue)}: ${issue.message}`);
  if (result.warnings.length > 0) {
    lines.push(t('Avisos: {0}', result.warnings.length));
    for (const issue of result.warnings) lines.push(`  ${formatPlace(issue)}: ${issue.message}`);
  }
  return lines.join('\n') + '\n';
}
