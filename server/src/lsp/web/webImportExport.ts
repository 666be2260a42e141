import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { importFiles, type KnownDataset } from '../../core/exchange/importFiles';
import { formatImportSummary } from '../../core/exchange/importSummary';
import { relativeUriPath } from '../../core/files/uriPaths';
import { t } from '../../core/l10n';
import { fromBase64 } from '../../protocol/base64';
import { ExportRequest, ImportRequest, type ExportAnswer, type ExportParams, type ImportAnswer, type ImportParams } from '../../protocol/protocol';
import type { GuideWorkspace } from '../guideWorkspace';
import type { WorkspaceFiles } from '../serverPlatform';
import { exportIndexed } from '../workspaceExport';

/**
 * `guia/import` and `guia/export` in the web server (a browser's worker has no disk): the core
 * converts and exports exactly as on the desktop, but the client reads the files to import (sent as
 * `inputs`) and writes what the server gives back (the import's files, the export's text) with
 * `workspace.fs`. Whether a file exists in the destination is asked of the client (`guia/readFile`).
 */
export function registerWebImportExport(connection: Connection, workspace: GuideWorkspace, files: WorkspaceFiles): void {
  connection.onRequest(ImportRequest.type, (params) => convertImport(workspace, files, params));
  connection.onRequest(ExportRequest.type, (params) => exportText(workspace, params));
}

/** The files an import would write in `params.destination`, or the existing ones to ask about (`existing: 'ask'`). */
export async function convertImport(workspace: GuideWorkspace, files: WorkspaceFiles, params: ImportParams): Promise<ImportAnswer> {
  if (!params.inputs) throw new ResponseError(ErrorCodes.InvalidParams, t('Solo se importan archivos leídos por el cliente: {0}', params.sources?.join(', ') ?? ''));
  const inputs = params.inputs.map((input) => ({ name: input.name, bytes: fromBase64(input.base64) }));
  const result = importFiles(inputs, knownDatasets(workspace, params.destination));
  if (result.failures.length > 0) return { status: 'failed', failures: result.failures };
  const existing: string[] = [];
  for (const file of result.files) if ((await files.read(`${params.destination.replace(/\/+$/, '')}/${encodeURIComponent(file.name)}`, 0)) !== undefined) existing.push(file.name);
  if (existing.length > 0 && params.existing === 'ask') return { status: 'conflicts', existing };
  const written = params.existing === 'keep' ? result.files.filter((file) => !existing.includes(file.name)) : result.files;
  return {
    status: 'converted',
    files: written.map((file) => ({ name: file.name, text: file.text })),
    summary: formatImportSummary(
      result,
      written.map((file) => file.name),
    ),
    datasets: result.datasets,
    resources: result.resources,
    skipped: result.skipped.length,
    warnings: result.warnings.length,
  };
}

/** Datasets the index holds below the destination (a folder of the workspace), so plan rows can name them by title. */
function knownDatasets(workspace: GuideWorkspace, destination: string): KnownDataset[] {
  return workspace.index
    .all()
    .filter((file) => file.kind !== 'plan' && file.kind !== 'csv' && relativeUriPath(destination, file.id) !== undefined)
    .flatMap((file) => file.datasets.flatMap((dataset) => (dataset.identifier ? [{ identifier: dataset.identifier, ...(dataset.title ? { title: dataset.title } : {}) }] : [])));
}

/** A workspace folder's export as text (the editors' unsaved text included); the client writes it. */
export function exportText(workspace: GuideWorkspace, params: ExportParams): ExportAnswer {
  const files = workspace.index.all().filter((file) => file.kind !== 'csv' && file.id !== params.target && relativeUriPath(params.folder, file.id) !== undefined);
  const result = exportIndexed(workspace, files, params.format);
  if ('error' in result) return { status: 'failed', message: result.error };
  const warnings = [...result.warnings];
  const target = params.target;
  const inWorkspace = target !== undefined && workspace.folderPaths.some((folder) => relativeUriPath(folder, target) !== undefined);
  if (inWorkspace && workspace.roleOf(target, undefined)) {
    warnings.push(
      t(
        '{0} está en el espacio de trabajo con un nombre de metadatos: la Guía lo revisará y sus conjuntos contarán dos veces. Guárdalo fuera o con otro nombre.',
        decodeURIComponent(target.split('/').pop() ?? target),
      ),
    );
  }
  return { status: 'text', text: result.text, datasets: result.datasets, resources: result.resources, warnings };
}
