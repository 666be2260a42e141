import { t } from '../l10n';

/**
 * What the extension cannot do in a browser (vscode.dev, github.dev), said once for the web server
 * and the web client: the link check asks servers of other origins, which a browser does not let a
 * page do for most of them.
 */
export function linkCheckUnavailableInBrowser(): string {
  return t(
    'La revisión de enlaces no está disponible en la versión web de la extensión: un navegador no puede consultar la mayoría de los servidores de otro origen. Revisa los enlaces con la línea de comandos: `guia check --check-links`.',
  );
}
