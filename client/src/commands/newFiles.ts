import * as vscode from 'vscode';
import { t } from '../../../server/src/core/l10n';
import type { TimelineEntry } from '../../../server/src/core/report/timeline';
import { datasetTemplate, isValidIdentifier, planTemplate, suggestIdentifier, type DatasetSeed } from '../files/newFileTemplates';
import { defaultFolder, reportDate, type CommandFactory } from './command';

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
 * Writes a new file where the user says in a save dialog (which asks before replacing one) and
 * opens it with the first value to fill («…») selected, so typing replaces it.
 */
async function createFile(folder: vscode.Uri | undefined, name: string, content: string, title: string): Promise<void> {
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

async function askIdentifier(initial: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: t('Nuevo conjunto de datos'),
    prompt: t('Identificador del conjunto: letras sin acentos, números y guiones, como rezago-social.'),
    value: initial,
    validateInput: (value) => (isValidIdentifier(value.trim()) ? undefined : t('Usa solo letras sin acentos, números y guiones, sin espacios; por ejemplo, rezago-social.')),
  });
}

async function createDataset(seed: Omit<DatasetSeed, 'today'>, evaluationDate: string): Promise<void> {
  await createFile(await datasetFolder(), `${seed.identifier}.dcat.yaml`, datasetTemplate({ ...seed, today: reportDate(evaluationDate) }), t('Nuevo conjunto de datos'));
}

/** `guia.newDataset`: a metadata file with every required field, named after its identifier. */
export const newDataset: CommandFactory =
  ({ context }) =>
  async () => {
    const identifier = (await askIdentifier(''))?.trim();
    if (identifier) await createDataset({ identifier }, context.settings().evaluationDate);
  };

/** `guia.newPlan`: an opening plan with the basic level's sections. */
export const newPlan: CommandFactory =
  ({ context }) =>
  async () => {
    await createFile(defaultFolder(vscode.workspace), 'plan-de-apertura.yaml', planTemplate(reportDate(context.settings().evaluationDate)), t('Nuevo plan de apertura'));
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
    const identifier = isValidIdentifier(entry.identifier) ? entry.identifier : (await askIdentifier(suggestIdentifier(entry.identifier)))?.trim();
    if (!identifier) return;
    await createDataset(
      {
        identifier,
        ...(entry.description ? { description: entry.description } : {}),
        ...(entry.periodicity ? { periodicity: entry.periodicity } : {}),
      },
      context.settings().evaluationDate,
    );
  };
