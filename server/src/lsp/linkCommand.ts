import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import { t } from '../core/l10n';
import { checkLinks } from '../core/links/linkChecker';
import { downloadUrls } from '../core/links/linkTargets';
import { ServerCommands, type LinkCheckSummary } from '../protocol/protocol';
import type { GuideWorkspace } from './guideWorkspace';
import type { ServerSession } from './session';

/**
 * Runs a link check when the user asks for it (`workspace/executeCommand`), keeps its results in
 * the workspace for basico-3b and re-publishes. Refused in an untrusted workspace: nothing reaches
 * the network from a folder the user has not trusted. Cancelling the request cancels the check.
 */
export async function runLinkCheck(workspace: GuideWorkspace, trusted: boolean, token: CancellationToken, publish: () => void): Promise<LinkCheckSummary> {
  if (!trusted) {
    throw new ResponseError(
      ErrorCodes.InvalidRequest,
      t('La revisión de enlaces consulta la red y este espacio de trabajo no es de confianza (modo restringido): confía en la carpeta para revisar los enlaces.'),
    );
  }
  const urls = downloadUrls(workspace.index.all());
  const abort = new AbortController();
  const listener = token.onCancellationRequested(() => abort.abort());
  try {
    const report = await checkLinks(urls, { signal: abort.signal });
    workspace.linkCheck = report;
    publish();
    const broken = report.results.filter((result) => !result.ok).length;
    return {
      checked: report.results.length,
      broken,
      checkedAt: report.checkedAt,
      message:
        report.results.length === 0
          ? t('No hay URL de descarga http(s) que revisar en este espacio de trabajo.')
          : broken === 0
            ? t('Se revisaron {0} URL de descarga y todas respondieron.', report.results.length)
            : t('Se revisaron {0} URL de descarga; {1} no respondieron (aparecen como problemas de basico-3b en su «downloadURL»).', report.results.length, broken),
    };
  } catch (error) {
    if (abort.signal.aborted) throw new ResponseError(LSPErrorCodes.RequestCancelled, t('Revisión de enlaces cancelada.'));
    throw error;
  } finally {
    listener.dispose();
  }
}

/** Registers the workspace commands the server offers (today, only the link check). */
export function registerCommands(connection: Connection, session: ServerSession): void {
  connection.onExecuteCommand(async (params, token) => {
    if (params.command !== ServerCommands.checkLinks) {
      throw new ResponseError(ErrorCodes.InvalidParams, t('Comando desconocido: {0}', params.command));
    }
    return runLinkCheck(session.workspace, session.trusted, token, () => session.publisher.publishAll());
  });
}
