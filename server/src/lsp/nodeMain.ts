import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeWorkspaceFiles } from '../nodeWorkspaceFiles';
import { applyLanguage } from '../shippedFiles';
import { registerImportExport } from './importExportHandlers';
import { registerCommands } from './linkCommand';
import { startServer } from './server';

/** The desktop server (`dist/server.js`): a Node process reading the workspace from disk. */
startServer(createConnection(ProposedFeatures.all), {
  files: nodeWorkspaceFiles,
  initialize: (language, options) => applyLanguage(language, options.l10nBundle),
  registerImportExport,
  registerCommands,
});
