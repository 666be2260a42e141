import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DEFAULT_EXPORT_NAMES, type ExportFormat } from '../../../server/src/core/exchange/exportFormats';
import { exportedMessage, importedMessage } from '../../../server/src/core/exchange/exchangeMessages';
import { t } from '../../../server/src/core/l10n';
import { toBase64 } from '../../../server/src/protocol/base64';
import {
  ExportRequest,
  ImportRequest,
  MAX_IMPORT_FILE_MB,
  type ExportAnswer,
  type ImportAnswer,
  type ImportedFile,
  type ImportedInput,
  type ImportParams,
} from '../../../server/src/protocol/protocol';
import { writeAllOrNothing } from '../files/allOrNothingWrite';
import { workspaceFolderFiles } from '../files/workspaceFolderFiles';
import { runningClient, type CommandFactory } from './command';

/**
 * The palette commands that bring ADELA's templates and exports (or CKAN's answers) into the
 * workspace and send the workspace out as catalogo.json, DCAT-AP, CKAN or the CSV templates. The
 * server does the work (`guia/import`, `guia/export`: the core's importers and exporters, its own
 * index of the workspace, and the one safe way of writing files); these commands ask for the files,
 * never replace one without asking, and show what happened.
 */

/** `guia.importFromAdela`. */
export const importFromAdela: CommandFactory =
  ({ context }) =>
  async () => {
    const client = runningClient(context);
    if (!client) return;
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    const sources = await vscode.window.showOpenDialog({
      title: t('Importar: elige las plantillas CSV o el catalogo.json de ADELA, o respuestas de la API de CKAN'),
      canSelectMany: true,
      openLabel: t('Importar'),
      filters: { [t('Plantillas y catálogos de ADELA o CKAN')]: ['csv', 'json', 'jsonl', 'txt'] },
      ...(root ? { defaultUri: root } : {}),
    });
    if (!sources || sources.length === 0) return;
    const [destination] =
      (await vscode.window.showOpenDialog({
        title: t('Carpeta donde escribir los archivos YAML'),
        canSelectFiles: false,
        canSelectFolders: true,
        openLabel: t('Importar aquí'),
        ...(root ? { defaultUri: root } : {}),
      })) ?? [];
    if (!destination) return;

    // In a browser the server has no disk: the client reads the files and writes what comes back.
    const inputs = context.inBrowser ? await readInputs(sources) : undefined;
    if (inputs && 'failures' in inputs) {
      void vscode.window.showErrorMessage(t('No se importó nada: {0}', inputs.failures.join(' ')));
      return;
    }
    const params: ImportParams = inputs
      ? { inputs, destination: destination.toString(), existing: 'ask' }
      : { sources: sources.map((source) => source.toString()), destination: destination.toString(), existing: 'ask' };
    const send = (request: ImportParams): Thenable<ImportAnswer> => working(t('Importando…'), () => client.sendRequest(ImportRequest.type, request));
    let answer = await send(params);
    let existing = params.existing;
    if (answer.status === 'conflicts') {
      const choice = await askAboutExisting(answer.existing);
      if (!choice) return;
      existing = choice;
      answer = await send({ ...params, existing });
    }
    if (answer.status === 'conflicts') return; // files appeared meanwhile and the person was asked once
    if (answer.status === 'failed') {
      const failures = answer.failures.map((failure) => `${failure.name}: ${failure.message}`);
      context.log.error(failures.join('\n'));
      void vscode.window.showErrorMessage(t('No se importó nada: {0}', failures.join(' ')));
      return;
    }
    if (answer.status === 'converted') {
      const { files, ...figures } = answer;
      const written = await writeImported(destination, files, existing === 'replace');
      if (!written) return;
      await showImported(context.log, { ...figures, status: 'written', written });
      return;
    }
    await showImported(context.log, answer);
  };

/**
 * The chosen files' names and bytes, read with `workspace.fs` (the browser's server cannot read
 * them); the failures instead when a file is too large to read into memory.
 */
async function readInputs(sources: readonly vscode.Uri[]): Promise<ImportedInput[] | { failures: string[] }> {
  const nameOf = (source: vscode.Uri): string => source.path.split('/').pop() ?? source.path;
  const failures: string[] = [];
  for (const source of sources) {
    const { size } = await vscode.workspace.fs.stat(source);
    if (size > MAX_IMPORT_FILE_MB * 1024 * 1024) failures.push(`${nameOf(source)}: ${t('mide más de {0} MB; no se lee', MAX_IMPORT_FILE_MB)}`);
  }
  if (failures.length > 0) return { failures };
  return Promise.all(sources.map(async (source) => ({ name: nameOf(source), base64: toBase64(await vscode.workspace.fs.readFile(source)) })));
}

/**
 * Writes the web server's converted files into `destination` with `workspace.fs`, all or nothing
 * (see `writeAllOrNothing`); their URIs, or undefined (and the reason shown) when nothing was written.
 */
async function writeImported(destination: vscode.Uri, files: readonly ImportedFile[], replace: boolean): Promise<string[] | undefined> {
  const encoder = new TextEncoder();
  const result = await writeAllOrNothing(
    workspaceFolderFiles(destination),
    files.map((file) => ({ name: file.name, bytes: encoder.encode(file.text) })),
    { replace },
  );
  if ('refused' in result) {
    void vscode.window.showErrorMessage(result.refused);
    return undefined;
  }
  return result.written.map((name) => vscode.Uri.joinPath(destination, name).toString());
}

/** Asks what to do with files that already exist: replace them, write only the new ones, or stop (undefined). */
async function askAboutExisting(existing: readonly string[]): Promise<ImportParams['existing'] | undefined> {
  const replaceThem = t('Reemplazarlos');
  const onlyNew = t('Escribir solo los nuevos');
  const choice = await vscode.window.showWarningMessage(
    t('Ya existen {0} de los archivos que se van a escribir: {1}. ¿Qué hago con ellos?', existing.length, existing.join(', ')),
    { modal: true },
    replaceThem,
    onlyNew,
  );
  if (choice === undefined) return undefined;
  return choice === onlyNew ? 'keep' : 'replace';
}

async function showImported(log: vscode.LogOutputChannel, answer: Extract<ImportAnswer, { status: 'written' }>): Promise<void> {
  log.info(answer.summary.trimEnd());
  const message = importedMessage(answer.written.length, answer.datasets, answer.resources, answer.skipped);
  const showSummary = t('Ver el resumen');
  const openFirst = t('Abrir');
  const actions = [showSummary, ...(answer.written.length > 0 ? [openFirst] : [])];
  const choice =
    answer.skipped > 0 || answer.warnings > 0 ? await vscode.window.showWarningMessage(message, ...actions) : await vscode.window.showInformationMessage(message, ...actions);
  if (choice === showSummary) log.show(true);
  if (choice === openFirst && answer.written[0]) await vscode.window.showTextDocument(vscode.Uri.parse(answer.written[0]));
}

interface FormatChoice extends vscode.QuickPickItem {
  format: ExportFormat;
}

/** `guia.exportWorkspace`. */
export const exportWorkspace: CommandFactory =
  ({ context }) =>
  async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showWarningMessage(t('Abre una carpeta con los metadatos y el plan de apertura para exportarlos.'));
      return;
    }
    const client = runningClient(context);
    if (!client) return;
    const root = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: t('Elige la carpeta que exportar') });
    if (!root) return;
    const choices: FormatChoice[] = [
      { format: 'catalogo', label: 'catalogo.json', description: t('El catálogo como lo publicaba ADELA y lo cosecha datos.gob.mx') },
      { format: 'dcat-ap', label: 'DCAT-AP', description: t('JSON-LD compatible con DCAT-AP, para otros portales y herramientas DCAT') },
      { format: 'dcat-ap-ttl', label: 'DCAT-AP (Turtle)', description: t('El mismo catálogo DCAT-AP en Turtle') },
      { format: 'ckan', label: 'CKAN (JSON Lines)', description: t('Un conjunto de CKAN por línea, para cargarlos con «ckanapi load datasets»') },
      { format: 'csv', label: 'catalogo_v3.0.csv', description: t('La plantilla CSV del catálogo de ADELA') },
      { format: 'plan-csv', label: 'plan_de_apertura.csv', description: t('El plan de apertura en la plantilla CSV de ADELA') },
      { format: 'inventario-csv', label: 'inventario.csv', description: t('El inventario de datos en la plantilla CSV de ADELA') },
    ];
    const choice = await vscode.window.showQuickPick(choices, { title: t('Exportar el espacio de trabajo'), placeHolder: t('Elige el formato') });
    if (!choice) return;
    // The save dialog asks before replacing an existing file.
    const target = await vscode.window.showSaveDialog({
      title: t('Exportar como {0}', choice.label),
      saveLabel: t('Exportar'),
      defaultUri: vscode.Uri.joinPath(root.uri, DEFAULT_EXPORT_NAMES[choice.format]),
    });
    if (!target) return;
    await exportTo(client, context.log, { format: choice.format, folder: root.uri, target, inBrowser: context.inBrowser });
  };

async function exportTo(
  client: BaseLanguageClient,
  log: vscode.LogOutputChannel,
  request: { format: ExportFormat; folder: vscode.Uri; target: vscode.Uri; inBrowser: boolean },
): Promise<void> {
  // In a browser the server answers with the text and the client writes it (the save dialog asked before replacing).
  const answer: ExportAnswer = await working(t('Exportando…'), () =>
    client.sendRequest(ExportRequest.type, {
      format: request.format,
      folder: request.folder.toString(),
      target: request.target.toString(),
      ...(request.inBrowser ? { returnText: true } : {}),
    }),
  );
  if (answer.status === 'failed') {
    void vscode.window.showErrorMessage(answer.message);
    return;
  }
  if (answer.status === 'text') {
    // Written as the desktop writes: never through a link, and the previous file back if the write fails.
    const name = request.target.path.split('/').pop() ?? '';
    const result = await writeAllOrNothing(workspaceFolderFiles(vscode.Uri.joinPath(request.target, '..')), [{ name, bytes: new TextEncoder().encode(answer.text) }], {
      replace: true,
    });
    if ('refused' in result) {
      void vscode.window.showErrorMessage(result.refused);
      return;
    }
  }
  const target = answer.status === 'text' ? request.target : vscode.Uri.parse(answer.target);
  log.info([exportedMessage(target.fsPath, answer.datasets, answer.resources), ...answer.warnings.map((warning) => `${t('aviso')}: ${warning}`)].join('\n'));
  const message = exportedMessage(target.path.split('/').pop() ?? target.fsPath, answer.datasets, answer.resources);
  const open = t('Abrir');
  const showWarnings = t('Ver avisos');
  const picked =
    answer.warnings.length > 0
      ? await vscode.window.showWarningMessage(`${message} ${answer.warnings[0]}`, open, showWarnings)
      : await vscode.window.showInformationMessage(message, open);
  if (picked === showWarnings) log.show(true);
  if (picked === open) await vscode.window.showTextDocument(target);
}

/** The server at work, shown in the status bar (a big catalog takes a few seconds). */
function working<T>(title: string, task: () => Thenable<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, task);
}
