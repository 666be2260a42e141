import * as vscode from 'vscode';
import { t } from '../../../server/src/core/l10n';
import type { CommandFactory } from './command';

/** The example workspaces shipped with the extension. */
const EXAMPLES = ['completo', 'con-errores'] as const;

/** A folder name inside `parent` that does not exist yet: `name`, `name-2`, `name-3`… */
async function freeFolder(parent: vscode.Uri, name: string): Promise<vscode.Uri> {
  for (let suffix = 1; ; suffix++) {
    const candidate = vscode.Uri.joinPath(parent, suffix === 1 ? name : `${name}-${suffix}`);
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}

/**
 * `guia.openExample`: copies an example workspace (complete, or with errors on purpose) into a new
 * folder the user places, and opens it. Nothing existing is overwritten.
 */
export const openExample: CommandFactory =
  ({ context }) =>
  async (argument) => {
    let example = EXAMPLES.find((candidate) => candidate === argument);
    if (!example) {
      const picked = await vscode.window.showQuickPick(
        [
          {
            example: 'completo' as const,
            label: t('Ejemplo completo'),
            detail: t('Un plan y dos conjuntos de datos correctos: el tablero llega al 100 % en Básico e Intermedio.'),
          },
          {
            example: 'con-errores' as const,
            label: t('Ejemplo con errores'),
            detail: t('Un plan, un catálogo y un conjunto con errores a propósito, para ver los diagnósticos y las correcciones rápidas.'),
          },
        ],
        { title: t('Abrir un espacio de trabajo de ejemplo') },
      );
      example = picked?.example;
    }
    if (!example) return;
    const parent = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      title: t('Elige la carpeta donde se copiará el ejemplo'),
      openLabel: t('Copiar aquí'),
      ...(vscode.workspace.workspaceFolders?.[0] ? { defaultUri: vscode.workspace.workspaceFolders[0].uri } : {}),
    });
    if (!parent?.[0]) return;
    const target = await freeFolder(parent[0], `guia-ejemplo-${example}`);
    try {
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extension.extensionUri, 'examples', example), target, { overwrite: false });
    } catch (error) {
      void vscode.window.showErrorMessage(t('No se pudo copiar el ejemplo: {0}', error instanceof Error ? error.message : String(error)));
      return;
    }
    await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: vscode.workspace.workspaceFolders !== undefined });
  };
