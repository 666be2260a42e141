import * as vscode from 'vscode';
import { t } from '../../../server/src/core/l10n';
import type { GuideContext } from '../guideContext';
import { statusForActiveFile, statusForServer, type StatusModel } from './statusModel';
import { trackActiveFile } from './activeFile';

/**
 * The status bar item: the target level's coverage of the active file's institution, from the
 * server's coverage notifications only (switching editors re-reads the last report; nothing is asked
 * of the server). Clicking opens the board, or restarts a stopped server.
 */
export function createStatusBar(context: GuideContext): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('guia.coverage', vscode.StatusBarAlignment.Left, 50);
  const activeFile = trackActiveFile();
  const render = (): void => {
    const report = context.coverage;
    const catalog = context.catalog;
    const model: StatusModel =
      report && catalog
        ? statusForActiveFile(report, activeFile.uri, context.language, catalog, (root) => vscode.workspace.asRelativePath(vscode.Uri.parse(root, true), true))
        : statusForServer(context.state === 'stopped' ? 'stopped' : 'starting');
    item.name = t('Cobertura de la Guía de Datos Abiertos');
    item.text = model.text;
    const tooltip = new vscode.MarkdownString(model.tooltip, true);
    tooltip.isTrusted = false;
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: model.accessibilityLabel, role: 'button' };
    item.command = model.kind === 'stopped' ? { title: t('Reiniciar el servidor'), command: 'guia.restartServer' } : { title: t('Abrir el tablero'), command: 'guia.showBoard' };
    item.backgroundColor = model.kind === 'stopped' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  render();
  return vscode.Disposable.from(
    item,
    activeFile,
    activeFile.onDidChange(render),
    context.onDidChangeCoverage(render),
    context.onDidChangeServerState(render),
    context.onDidChangeLanguage(render),
  );
}
