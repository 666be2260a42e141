import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { exchangeUnavailableInBrowser, linkCheckUnavailableInBrowser } from '../../core/exchange/browserLimits';
import { t } from '../../core/l10n';
import { ExportRequest, ImportRequest, ServerCommands } from '../../protocol/protocol';

/** `guia/import` and `guia/export` in the web server: refused with a message that says where they can be done. */
export function registerWebImportExport(connection: Connection): void {
  const refuse = (): never => {
    throw new ResponseError(ErrorCodes.InvalidRequest, exchangeUnavailableInBrowser());
  };
  connection.onRequest(ImportRequest.type, refuse);
  connection.onRequest(ExportRequest.type, refuse);
}

/** The link check in the web server: refused likewise, pointing to the command line. */
export function registerWebCommands(connection: Connection): void {
  connection.onExecuteCommand((params) => {
    if (params.command !== ServerCommands.checkLinks) {
      throw new ResponseError(ErrorCodes.InvalidParams, t('Comando desconocido: {0}', params.command));
    }
    throw new ResponseError(ErrorCodes.InvalidRequest, linkCheckUnavailableInBrowser());
  });
}
