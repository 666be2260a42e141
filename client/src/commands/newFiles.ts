import * as vscode from 'vscode';
import { t } from '../../../server/src/core/l10n';
import type { TimelineEntry } from '../../../server/src/core/report/timeline';
import type { DatasetSeed } from '../../../server/src/core/templates/newFileTemplates';
import { DatasetIdentifierRequest, NewFileRequest, type NewFileParams } from '../../../server/src/protocol/newFiles';
import type { GuideContext } from '../guideContext';
import { defaultFolder, reportDate, runningClient, type CommandFactory } from './command';

/** Where new dataset files go by default: a `datos` folder when the workspace has one. */
async function datasetFolder(): Promise<vscode.Uri | undefined> {
  const folder = defaultFolder(vscode.workspace);
  if (!folder) return undefined;
  const datos = vscode.Uri.joinPath(folder, 'datos');
  try {
    if ((await vscode.workspace.fs.stat(datos)).type & vscode.FileType.Directory) return datos;
  } catch {
    // no datos folder: the workspace root
  }
  return folder;
}

/**
 * Writes a new file, made by the server (`guia/newFile`), where the user says in a save dialog
 * (which asks before replacing one) and opens it with the first value to fill («…») selected, so
 * typing replaces it.
 */
async function createFile(context: GuideContext, folder: vscode.Uri | undefined, name: string, file: NewFileParams, title: string): Promise<void> {
  const content = (await context.request(NewFileRequest.type, file))?.text;
  if (content === undefined) {
    runningClient(context);
    return;
  }
  const target = await vscode.window.showSaveDialog({
    title,
    saveLabel: t('Crear'),
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    filters: { YAML: ['yaml', 'yml'] },
  });
  if (!target) return;
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  } catch (error) {
    void vscode.window.showErrorMessage(t('No se pudo crear {0}: {1}', target.fsPath, error instanceof Error ? error.message : String(error)));
    return;
  }
  const editor = await vscode.window.showTextDocument(target);
  // The first value to fill, past the comment line that explains the marks.
  const first = /^[^#\n]*?(«[^«»\n]+»)/m.exec(content);
  if (first) {
    const start = first.index + first[0].length - first[1]!.length;
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + first[1]!.length));
    editor.revealRange(editor.selection);
  }
}

/** What the server says of an identifier; undefined (after saying so) while it is down. */
async function judgeIdentifier(context: GuideContext, text: string): Promise<{ valid: boolean; suggestion: string } | undefined> {
  const answer = await context.request(DatasetIdentifierRequest.type, { text });
  if (!answer) runningClient(context);
  return answer;
}

async function askIdentifier(context: GuideContext, initial: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: t('Nuevo conjunto de datos'),
    prompt: t('Identificador del conjunto: letras sin acentos, números y guiones, como rezago-social.'),
    value: initial,
    validateInput: async (value) =>
      (await context.request(DatasetIdentifierRequest.type, { text: value.trim() }))?.valid === false
        ? t('Usa solo letras sin acentos, números y guiones, sin espacios; por ejemplo, rezago-social.')
        : undefined,
  });
}

async function createDataset(context: GuideContext, seed: Omit<DatasetSeed, 'today'>): Promise<void> {
  const today = reportDate(context.settings().evaluationDate);
  await createFile(context, await datasetFolder(), `${seed.identifier}.dcat.yaml`, { kind: 'dataset', seed: { ...seed, today } }, t('Nuevo conjunto de datos'));
}

/** `guia.newDataset`: a metadata file with every required field, named after its identifier. */
export const newDataset: CommandFactory =
  ({ context }) =>
  async () => {
    // The server judges the identifier: wait for it when the command comes right after VS Code opens.
    await context.started();
    if (!runningClient(context)) return;
    const identifier = (await askIdentifier(context, ''))?.trim();
    if (identifier) await createDataset(context, { identifier });
  };

/** `guia.newPlan`: an opening plan with the basic level's sections. */
export const newPlan: CommandFactory =
  ({ context }) =>
  async () => {
    await context.started();
    const today = reportDate(context.settings().evaluationDate);
    await createFile(context, defaultFolder(vscode.workspace), 'plan-de-apertura.yaml', { kind: 'plan', today }, t('Nuevo plan de apertura'));
  };

/**
 * `guia.newDatasetFromPlan`: the metadata of a dataset the plan promises, with its identifier,
 * description and periodicity taken from the plan entry (the server reads the plan).
 */
export const newDatasetFromPlan: CommandFactory =
  ({ context }) =>
  async (argument) => {
    const timeline = await context.requestTimeline();
    if (!timeline) {
      void vscode.window.showWarningMessage(t('El servidor de la Guía no está en ejecución; reinícialo e inténtalo de nuevo.'));
      return;
    }
    if (timeline.entries.length === 0) {
      void vscode.window.showInformationMessage(
        timeline.plans === 0 ? t('No hay un plan de apertura en este espacio de trabajo.') : t('El plan de apertura aún no lista conjuntos en «plan».'),
      );
      return;
    }
    let entry: TimelineEntry | undefined = typeof argument === 'string' ? timeline.entries.find((candidate) => candidate.identifier === argument) : undefined;
    if (!entry) {
      const pending = timeline.entries.filter((candidate) => !candidate.published);
      if (pending.length === 0) {
        void vscode.window.showInformationMessage(t('Todos los conjuntos del plan ya tienen metadatos.'));
        return;
      }
      const picked = await vscode.window.showQuickPick(
        pending.map((candidate) => ({
          entry: candidate,
          label: candidate.identifier,
          description: candidate.publicationDate ? t('publicación: {0}', candidate.publicationDate) : '',
          ...(candidate.description ? { detail: candidate.description } : {}),
        })),
        { title: t('Nuevo conjunto de datos desde el plan'), placeHolder: t('Conjuntos del plan que aún no tienen metadatos'), matchOnDetail: true },
      );
      entry = picked?.entry;
    }
    if (!entry) return;
    const judged = await judgeIdentifier(context, entry.identifier);
    if (!judged) return;
    const identifier = judged.valid ? entry.identifier : (await askIdentifier(context, judged.suggestion))?.trim();
    if (!identifier) return;
    await createDataset(context, {
      identifier,
      ...(entry.description ? { description: entry.description } : {}),
      ...(entry.periodicity ? { periodicity: entry.periodicity } : {}),
    });
  };
