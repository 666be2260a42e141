import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import { importFiles, type ImportInput, type KnownDataset } from '../core/exchange/importFiles';
import { formatImportSummary } from '../core/exchange/importSummary';
import { analyzeFile, type FileAnalysis } from '../core/check/analyzeFile';
import { isWithin } from '../core/files/within';
import { t } from '../core/l10n';
import { ExportRequest, ImportRequest, MAX_IMPORT_FILE_MB, type ExportAnswer, type ExportParams, type ImportAnswer, type ImportParams } from '../protocol/protocol';
import { OutputRefused, writeFilesAtomically } from '../outputFiles';
import type { ServerSession } from './session';
import { findFiles } from '../workspaceScanner';
import { exportIndexed } from './workspaceExport';

/**
 * `guia/import` and `guia/export`: the work of the palette commands, done where the core and the
 * workspace index live. The client picks the files and asks before replacing; the server reads,
 * converts and writes, through `writeFilesAtomically` only (all or nothing, never through a link,
 * safe names), as `guia import` and `guia export` do. Both run in restricted mode too: they read
 * only what the person picked and the files the index holds (with restricted mode's patterns), and
 * write only where the person chose in a dialog.
 */
export function registerImportExport(connection: Connection, session: ServerSession): void {
  connection.onRequest(ImportRequest.type, (params) => importInto(session, params));
  connection.onRequest(ExportRequest.type, (params) => exportTo(session, params));
}

async function importInto(session: ServerSession, params: ImportParams): Promise<ImportAnswer> {
  const destination = pathOf(params.destination);
  const inputs: ImportInput[] = [];
  const failures: Array<{ name: string; message: string }> = [];
  for (const source of params.sources ?? []) {
    const file = pathOf(source);
    const name = path.basename(file);
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) failures.push({ name, message: t('no es un archivo') });
      else if (stat.size > MAX_IMPORT_FILE_MB * 1024 * 1024) failures.push({ name, message: t('mide más de {0} MB; no se lee', MAX_IMPORT_FILE_MB) });
      else inputs.push({ name, bytes: await fs.readFile(file) });
    } catch (error) {
      failures.push({ name, message: t('no se pudo leer: {0}', (error as NodeJS.ErrnoException).code ?? String(error)) });
    }
  }
  if (failures.length > 0) return { status: 'failed', failures };
  const result = importFiles(inputs, await knownDatasets(session, destination));
  if (result.failures.length > 0) return { status: 'failed', failures: result.failures };

  let files = result.files;
  const existing: string[] = [];
  for (const file of files) if (await exists(path.join(destination, file.name))) existing.push(file.name);
  if (existing.length > 0 && params.existing === 'ask') return { status: 'conflicts', existing };
  if (params.existing === 'keep') files = files.filter((file) => !existing.includes(file.name));
  const written = await write(destination, files, params.existing === 'replace');
  const uris = written.map((file) => pathToFileURL(file).href);
  return {
    status: 'written',
    written: uris,
    summary: formatImportSummary(
      result,
      written.map((file) => relativeToWorkspace(session, file)),
    ),
    datasets: result.datasets,
    resources: result.resources,
    skipped: result.skipped.length,
    warnings: result.warnings.length,
  };
}

/**
 * Datasets already in the destination, so that plan rows can name them by title: the index's own
 * analyses inside the workspace; outside it, the metadata files found there (with the same walk,
 * skip list and cap as the workspace scan, and the first folder's patterns).
 */
async function knownDatasets(session: ServerSession, destination: string): Promise<KnownDataset[]> {
  const { workspace } = session;
  const within = (file: string): boolean => isWithin(destination, file);
  let analyses: FileAnalysis[];
  if (workspace.folderPaths.some((folder) => isWithin(folder, destination))) {
    analyses = workspace.index.all().filter((file) => file.kind !== 'plan' && file.kind !== 'csv' && within(pathOf(file.id)));
  } else {
    analyses = [];
    const found = await findFiles(destination, (relative) => /\.(ya?ml|json)$/i.test(relative)).catch(() => []);
    for (const file of found) {
      const uri = pathToFileURL(file).href;
      const text = await fs.readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined || workspace.roleOf(uri, text) !== 'metadata') continue;
      analyses.push(analyzeFile(uri, 'metadata', text));
    }
  }
  return analyses.flatMap((file) =>
    file.datasets.flatMap((dataset) => (dataset.identifier ? [{ identifier: dataset.identifier, ...(dataset.title ? { title: dataset.title } : {}) }] : [])),
  );
}

async function exportTo(session: ServerSession, params: ExportParams): Promise<ExportAnswer> {
  const { workspace } = session;
  const folder = pathOf(params.folder);
  if (params.target === undefined || params.returnText) throw new ResponseError(ErrorCodes.InvalidParams, t('Falta el archivo donde exportar.'));
  const target = pathOf(params.target);
  // The folder's files as the server has them (the editors' unsaved text included); a previous
  // export saved in the workspace is not read back into the new one.
  const files = workspace.index.all().filter((file) => file.kind !== 'csv' && file.id !== pathToFileURL(target).href && isWithin(folder, pathOf(file.id)));
  const result = exportIndexed(workspace, files, params.format);
  if ('error' in result) return { status: 'failed', message: result.error };
  // The save dialog asked before replacing; the file is still never written through a link.
  await write(path.dirname(target), [{ name: path.basename(target), text: result.text }], true);
  const warnings = [...result.warnings];
  const inWorkspace = workspace.folderPaths.some((candidate) => isWithin(candidate, target));
  if (inWorkspace && workspace.roleOf(pathToFileURL(target).href, undefined)) {
    warnings.push(
      t(
        '{0} está en el espacio de trabajo con un nombre de metadatos: la Guía lo revisará y sus conjuntos contarán dos veces. Guárdalo fuera o con otro nombre.',
        relativeToWorkspace(session, target),
      ),
    );
  }
  return { status: 'written', target: pathToFileURL(target).href, datasets: result.datasets, resources: result.resources, warnings };
}

/** Writes all the files or none (see `writeFilesAtomically`); a refusal comes back as the request's error. */
async function write(folder: string, files: ReadonlyArray<{ name: string; text: string }>, force: boolean): Promise<string[]> {
  try {
    return await writeFilesAtomically(folder, files, { force });
  } catch (error) {
    if (error instanceof OutputRefused) throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
    throw new ResponseError(
      ErrorCodes.InternalError,
      `${t('No se pudo escribir en {0}: {1}', folder, (error as NodeJS.ErrnoException).code ?? String(error))} ${t('No se escribió ningún archivo.')}`,
    );
  }
}

/** The path of a `file:` URI from the client; any other scheme is refused. */
function pathOf(uri: string): string {
  try {
    return fileURLToPath(uri);
  } catch {
    throw new ResponseError(ErrorCodes.InvalidParams, t('Solo se importan y exportan archivos del disco: {0}', uri));
  }
}

/** A path as the person reads it: relative to its workspace folder when inside one. */
function relativeToWorkspace(session: ServerSession, file: string): string {
  const folder = session.workspace.folderPaths.find((candidate) => isWithin(candidate, file));
  return folder ? path.relative(folder, file).split(path.sep).join('/') : file;
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}
