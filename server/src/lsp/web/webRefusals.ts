import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { t } from '../../core/l10n';
import { ExportRequest, ImportRequest, ServerCommands } from '../../protocol/protocol';

/**
 * What the web server cannot do, refused with a message that says where it can be done. Import and
 * export write files beside the workspace's, which the server in a browser's worker cannot; the
 * link check asks servers of other origins, which a browser does not let a page do for most of them.
 */
export function registerWebImportExport(connection: Connection): void {
  const refuse = (): never => {
    throw new ResponseError(ErrorCodes.InvalidRequest, t('La importación y la exportación no están disponibles en la versión web de la extensión: usa VS Code de escritorio o la línea de comandos (`guia import`, `guia export`).'));
  };
  connection.onRequest(ImportRequest.type, refuse);
  connection.onRequest(ExportRequest.type, refuse);
}

export function registerWebCommands(connection: Connection): void {
  connection.onExecuteCommand((params) => {
    if (params.command !== ServerCommands.checkLinks) {
      throw new ResponseError(ErrorCodes.InvalidParams, t('Comando desconocido: {0}', params.command));
    }
    throw new ResponseError(ErrorCodes.InvalidRequest, t('La revisión de enlaces no está disponible en la versión web de la extensión: un navegador no puede consultar la mayoría de los servidores de otro origen. Revisa los enlaces con la línea de comandos: `guia check --check-links`.'));
  });
}
