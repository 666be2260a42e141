import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { linkCheckUnavailableInBrowser } from '../../core/exchange/browserLimits';
import { t } from '../../core/l10n';
import { ServerCommands } from '../../protocol/protocol';

/** The link check in the web server: refused with a message pointing to the command line. */
export function registerWebCommands(connection: Connection): void {
  connection.onExecuteCommand((params) => {
    if (params.command !== ServerCommands.checkLinks) {
      throw new ResponseError(ErrorCodes.InvalidParams, t('Comando desconocido: {0}', params.command));
    }
    throw new ResponseError(ErrorCodes.InvalidRequest, linkCheckUnavailableInBrowser());
  });
}
