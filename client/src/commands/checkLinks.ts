import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient';
import { linkCheckUnavailableInBrowser } from '../../../server/src/core/exchange/browserLimits';
import { t } from '../../../server/src/core/l10n';
import { ServerCommands, type LinkCheckSummary } from '../../../server/src/protocol/protocol';
import { runningClient, type CommandFactory } from './command';

/** The server's own sentence about the check, or a generic one (a server that sent none). */
function summary(result: LinkCheckSummary | null | undefined): string {
  const message = result?.message;
  return typeof message === 'string' && message.trim() !== ''
    ? message
    : t('Revisión de enlaces terminada. Los enlaces que no respondieron aparecen como diagnósticos de basico-3b.');
}

/**
 * `guia.checkLinksNow`: asks the server to check every download URL now. Never in restricted mode
 * (nothing reaches the network from an untrusted folder), and only if the server offers it.
 */
export const checkLinksNow: CommandFactory =
  ({ context }) =>
  async () => {
    if (context.inBrowser) {
      void vscode.window.showErrorMessage(linkCheckUnavailableInBrowser());
      return;
    }
    if (!vscode.workspace.isTrusted) {
      const manage = t('Administrar la confianza');
      const choice = await vscode.window.showWarningMessage(
        t('La revisión de enlaces consulta la red, y este espacio de trabajo está en modo restringido. Confía en la carpeta para revisarlos.'),
        manage,
      );
      if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
      return;
    }
    const client = runningClient(context);
    if (!client) return;
    const offered = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
    if (!offered.includes(ServerCommands.checkLinks)) {
      void vscode.window.showInformationMessage(t('Esta versión del servidor de la Guía no revisa enlaces.'));
      return;
    }
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: t('Revisando los enlaces de descarga…'), cancellable: true },
        (_progress, token) => client.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.checkLinks, arguments: [] }, token) as Promise<LinkCheckSummary | null>,
      );
      void vscode.window.showInformationMessage(summary(result));
    } catch (error) {
      if (error instanceof vscode.CancellationError || (error as { code?: number }).code === -32800) return;
      context.log.error(`${ServerCommands.checkLinks}: ${String(error)}`);
      void vscode.window.showErrorMessage(t('La revisión de enlaces falló: {0}', error instanceof Error ? error.message : String(error)));
    }
  };
