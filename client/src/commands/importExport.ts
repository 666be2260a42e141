import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportedMessage, importedMessage } from '../../../server/src/core/adela/exchangeMessages';
import { countErrors, DEFAULT_EXPORT_NAMES, exportWorkspace, type ExportFormat } from '../../../server/src/core/adela/exportWorkspace';
import { importFiles, type ImportInput, type KnownDataset } from '../../../server/src/core/adela/importFiles';
import { formatImportSummary } from '../../../server/src/core/adela/importSummary';
import { analyzeFile, type FileAnalysis } from '../../../server/src/core/check/analyzeFile';
import { WorkspaceIndex } from '../../../server/src/core/check/workspaceIndex';
import { FileClassifier } from '../../../server/src/core/files/fileKinds';
import { currentMessageLanguage, t } from '../../../server/src/core/l10n';
import { CoverageRequest } from '../../../server/src/protocol/protocol';
import { normalizeSettings, SETTINGS_SECTION } from '../../../server/src/protocol/settings';
import { writeFilesAtomically } from '../../../server/src/outputFiles';

/**
 * The palette commands that bring ADELA's templates and exports into the workspace and send the
 * workspace out as catalogo.json, DCAT-AP or the CSV templates. The work is the core's; these
 * commands only ask for files, never replace one without asking, and show what happened.
 */
export function registerImportExportCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  const output = vscode.window.createOutputChannel(t('Guía: importar y exportar'));
  const guarded = (run: () => Promise<void>) => async (): Promise<void> => {
    try {
      await run();
    } catch (error) {
      output.appendLine(error instanceof Error ? error.stack ?? error.message : String(error));
      void vscode.window.showErrorMessage(t('La orden falló: {0}', error instanceof Error ? error.message : String(error)));
    }
  };
  context.subscriptions.push(output);
  return [
    vscode.commands.registerCommand('guia.importFromAdela', guarded(() => importFromAdela(output))),
    vscode.commands.registerCommand('guia.exportWorkspace', guarded(() => exportCurrentWorkspace(output, getClient))),
  ];
}

async function importFromAdela(output: vscode.OutputChannel): Promise<void> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  const sources = await vscode.window.showOpenDialog({
    title: t('Importar: elige las plantillas CSV o el catalogo.json de ADELA, o respuestas de la API de CKAN'),
    canSelectMany: true,
    openLabel: t('Importar'),
    filters: { [t('Plantillas y catálogos de ADELA o CKAN')]: ['csv', 'json', 'jsonl', 'txt'] },
    ...(root ? { defaultUri: root } : {}),
  });
  if (!sources || sources.length === 0) return;
  const [destination] = (await vscode.window.showOpenDialog({
    title: t('Carpeta donde escribir los archivos YAML'),
    canSelectFiles: false,
    canSelectFolders: true,
    openLabel: t('Importar aquí'),
    ...(root ? { defaultUri: root } : {}),
  })) ?? [];
  if (!destination) return;

  const inputs: ImportInput[] = [];
  for (const source of sources) inputs.push({ name: path.basename(source.fsPath), bytes: await vscode.workspace.fs.readFile(source) });
  const result = importFiles(inputs, await knownDatasets(destination));
  if (result.failures.length > 0) {
    output.clear();
    for (const failure of result.failures) output.appendLine(`${failure.name}: ${failure.message}`);
    output.show(true);
    void vscode.window.showErrorMessage(t('No se importó nada: {0}', result.failures.map((failure) => `${failure.name}: ${failure.message}`).join(' ')));
    return;
  }
  let files = result.files.map((file) => ({ ...file, uri: vscode.Uri.joinPath(destination, file.name) }));
  const existing: string[] = [];
  for (const file of files) if (await exists(file.uri)) existing.push(file.name);
  let replace = false;
  if (existing.length > 0) {
    const replaceThem = t('Reemplazarlos');
    const onlyNew = t('Escribir solo los nuevos');
    const choice = await vscode.window.showWarningMessage(
      t('Ya existen {0} de los archivos que se van a escribir: {1}. ¿Qué hago con ellos?', existing.length, existing.join(', ')),
      { modal: true },
      replaceThem,
      onlyNew,
    );
    if (choice === undefined) return;
    if (choice === onlyNew) files = files.filter((file) => !existing.includes(file.name));
    replace = choice !== onlyNew;
  }
  // All or nothing, never through a link (see outputFiles.ts), as `guia import` writes.
  await writeFilesAtomically(destination.fsPath, files, { force: replace });

  output.clear();
  output.append(formatImportSummary(result, files.map((file) => vscode.workspace.asRelativePath(file.uri))));
  const message = importedMessage(files.length, result.datasets, result.resources, result.skipped.length);
  const showSummary = t('Ver el resumen');
  const openFirst = t('Abrir');
  const choice = result.skipped.length > 0 || result.warnings.length > 0
    ? await vscode.window.showWarningMessage(message, showSummary, ...(files.length > 0 ? [openFirst] : []))
    : await vscode.window.showInformationMessage(message, showSummary, ...(files.length > 0 ? [openFirst] : []));
  if (choice === showSummary) output.show(true);
  if (choice === openFirst && files[0]) await vscode.window.showTextDocument(files[0].uri);
}

/** Datasets already in the destination, so that plan rows can name them by title. */
async function knownDatasets(folder: vscode.Uri): Promise<KnownDataset[]> {
  const known: KnownDataset[] = [];
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.dcat.{yaml,yml,json}'), '**/node_modules/**', 2000);
  for (const uri of uris) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    for (const dataset of analyzeFile(uri.fsPath, 'metadata', text).datasets) {
      if (dataset.identifier) known.push({ identifier: dataset.identifier, ...(dataset.title ? { title: dataset.title } : {}) });
    }
  }
  return known;
}

interface FormatChoice extends vscode.QuickPickItem {
  format: ExportFormat;
}

async function exportCurrentWorkspace(output: vscode.OutputChannel, getClient: () => LanguageClient | undefined): Promise<void> {
  const root = vscode.workspace.workspaceFolders?.[0];
  if (!root) {
    void vscode.window.showWarningMessage(t('Abre una carpeta con los metadatos y el plan de apertura para exportarlos.'));
    return;
  }
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

  const settings = normalizeSettings(vscode.workspace.getConfiguration(SETTINGS_SECTION, root.uri));
  const classifier = new FileClassifier({ metadata: settings.metadataFiles, plan: settings.planFiles });
  const files = await workspaceFiles(root, classifier, target);
  const result = exportWorkspace(files, choice.format, await errorCount(files, getClient));
  if ('error' in result) {
    void vscode.window.showErrorMessage(result.error);
    return;
  }
  // The save dialog asked before replacing; the file is still never written through a link.
  await writeFilesAtomically(path.dirname(target.fsPath), [{ name: path.basename(target.fsPath), text: result.text }], { force: true });
  const warnings = [...result.warnings];
  const relative = vscode.workspace.asRelativePath(target, false);
  if (vscode.workspace.getWorkspaceFolder(target) && classifier.roleOfPath(relative)) {
    warnings.push(t('{0} está en el espacio de trabajo con un nombre de metadatos: la Guía lo revisará y sus conjuntos contarán dos veces. Guárdalo fuera o con otro nombre.', relative));
  }
  output.clear();
  output.appendLine(exportedMessage(target.fsPath, result.datasets, result.resources));
  for (const warning of warnings) output.appendLine(`${t('aviso')}: ${warning}`);
  const message = exportedMessage(path.basename(target.fsPath), result.datasets, result.resources);
  const open = t('Abrir');
  const showWarnings = t('Ver avisos');
  const picked = warnings.length > 0
    ? await vscode.window.showWarningMessage(`${message} ${warnings[0]}`, open, showWarnings)
    : await vscode.window.showInformationMessage(message, open);
  if (picked === showWarnings) output.show(true);
  if (picked === open) await vscode.window.showTextDocument(target);
}

/** The workspace's metadata and plan files, as the editor has them (unsaved edits included). */
async function workspaceFiles(root: vscode.WorkspaceFolder, classifier: FileClassifier, exclude: vscode.Uri): Promise<FileAnalysis[]> {
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.{yaml,yml,json}'), '{**/node_modules/**,**/.git/**,**/dist/**}', 20000);
  const files: FileAnalysis[] = [];
  for (const uri of uris) {
    if (uri.toString() === exclude.toString()) continue;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const role = classifier.roleOf(vscode.workspace.asRelativePath(uri, false), text);
    if (role) files.push(analyzeFile(uri.toString(), role, text));
  }
  return files;
}

/** The errors the Problems panel shows: the server's count when it runs, else the core's own. */
async function errorCount(files: FileAnalysis[], getClient: () => LanguageClient | undefined): Promise<number> {
  const client = getClient();
  if (client) {
    try {
      const coverage = await client.sendRequest(CoverageRequest.type);
      return Object.values(coverage.findings).reduce((sum, finding) => sum + (finding.errors ?? 0), 0);
    } catch {
      // fall back to evaluating here
    }
  }
  const index = new WorkspaceIndex();
  for (const file of files) index.set(file);
  return countErrors(index.evaluate({ showAboveTarget: false, pagesRoot: '', language: currentMessageLanguage() }));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
