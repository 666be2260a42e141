import * as vscode from 'vscode';
import type { LevelId } from '../../../server/src/core/catalog/requirements';
import { safeGlobs } from '../../../server/src/core/files/globSafety';
import { t } from '../../../server/src/core/l10n';
import { SETTINGS_SECTION } from '../../../server/src/protocol/settings';
import type { GuideContext } from '../guideContext';
import { targetLevelEdit } from '../files/targetLevelEdit';
import { runningClient, type CommandFactory } from './command';

/** The workspace's plan files, in the order the server reads them (the first declaring a level wins). */
async function planFiles(context: GuideContext): Promise<vscode.Uri[]> {
  const globs = safeGlobs(context.settings().planFiles).usable;
  const found = new Map<string, vscode.Uri>();
  for (const glob of globs) {
    for (const uri of await vscode.workspace.findFiles(glob, '**/node_modules/**')) found.set(uri.toString(), uri);
  }
  return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}

/**
 * `guia.changeTargetLevel`: a pick among the three levels. Writes the plan's `nivelObjetivo` (which
 * wins over the setting) with an edit the user sees; without a plan, writes the setting.
 */
export const changeTargetLevel: CommandFactory =
  ({ context }) =>
  async (argument) => {
    // The levels' titles come from the server: wait for it when the command comes right after VS Code opens.
    await context.started();
    const levels = context.catalog?.levels;
    if (!levels) {
      runningClient(context);
      return;
    }
    const report = context.coverage;
    let level: LevelId | undefined = levels.some((candidate) => candidate.id === argument) ? (argument as LevelId) : undefined;
    if (!level) {
      const items = levels.map((candidate) => {
        const coverage = report?.coverage[candidate.id];
        const current = report?.targetLevel === candidate.id;
        return {
          level: candidate.id,
          label: `${current ? '$(check) ' : ''}${candidate.title[context.language]}`,
          description: coverage ? t('{0} de {1} requisitos cumplidos', coverage.met, coverage.total) : '',
          detail: candidate.mandatory ? t('Obligatorio para toda institución.') : t('Voluntario: se reporta en el tablero de mejora continua.'),
        };
      });
      const picked = await vscode.window.showQuickPick(items, {
        title: t('Cambiar el nivel objetivo'),
        placeHolder: t('Lo que falta hasta este nivel se marca como error o advertencia'),
      });
      level = picked?.level;
    }
    if (!level) return;
    const title = levels.find((candidate) => candidate.id === level)!.title[context.language];

    const plans = await planFiles(context);
    if (plans.length === 0) {
      const folder = vscode.workspace.workspaceFolders?.[0];
      await vscode.workspace
        .getConfiguration(SETTINGS_SECTION, folder?.uri)
        .update('targetLevel', level, folder ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
      void vscode.window.showInformationMessage(t('Nivel objetivo: {0}. No hay plan de apertura, así que se guardó en la configuración del espacio de trabajo.', title));
      return;
    }
    const documents = await Promise.all(plans.map((uri) => vscode.workspace.openTextDocument(uri)));
    const document = documents.find((candidate) => /^nivelObjetivo[ \t]*:/m.test(candidate.getText())) ?? documents[0]!;
    const edit = targetLevelEdit(document.getText(), level);
    if (!edit) {
      await vscode.window.showTextDocument(document);
      void vscode.window.showWarningMessage(
        t('No se pudo escribir «nivelObjetivo» en {0} sin riesgo de romperlo: escríbelo a mano.', vscode.workspace.asRelativePath(document.uri, false)),
      );
      return;
    }
    const wasDirty = document.isDirty;
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.insert);
    if (!(await vscode.workspace.applyEdit(workspaceEdit))) {
      void vscode.window.showErrorMessage(t('No se pudo modificar {0}.', vscode.workspace.asRelativePath(document.uri, false)));
      return;
    }
    // Save only what was saved before: unsaved work of the user stays theirs to save.
    if (!wasDirty) await document.save();
    void vscode.window.showInformationMessage(t('Nivel objetivo: {0}. Se escribió en «nivelObjetivo» de {1}.', title, vscode.workspace.asRelativePath(document.uri, false)));
  };
