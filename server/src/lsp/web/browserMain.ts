import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { useLanguage } from '../../core/l10n';
import { startServer } from '../server';
import { ClientWorkspaceFiles } from './clientWorkspaceFiles';
import { registerWebImportExport } from './webImportExport';
import { registerWebCommands } from './webRefusals';

/**
 * The web server (`dist/web/server.js`), run by the web client in a browser's web worker
 * (vscode.dev, github.dev, code-server's web extension host): the same server as on the desktop,
 * speaking LSP over the worker's messages and reading files through the client.
 */
// The worker's own scope (`self`). The server is type-checked with Node's globals, which do not
// declare a worker's scope, so the reader's parameter type is not known here: hence `never`.
const worker = globalThis as never;
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
const files = new ClientWorkspaceFiles(connection);

startServer(connection, {
  files,
  initialize: (language, options) => {
    // The client always sends the bundle of a language other than Spanish: there is no shipped file to read here.
    useLanguage(language, options.l10nBundle);
    files.pagesRoot = options.pagesRoot ?? '';
  },
  registerImportExport: (connection, session) => registerWebImportExport(connection, session.workspace, files),
  registerCommands: registerWebCommands,
});
