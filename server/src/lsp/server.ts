import { DidChangeConfigurationNotification, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { warmUpSchemas } from '../core/schema/schemaValidator';
import { REQUIREMENT_CATALOG } from '../core/catalog/requirements';
import { CoverageRequest, ServerCommands, type GuideInitializeResult } from '../protocol/protocol';
import { SETTINGS_SECTION } from '../protocol/settings';
import { guarded } from './guard';
import { scanWithProgress } from './indexingProgress';
import { EDITING_CAPABILITIES, registerEditingHandlers } from './handlers';
import { registerNewFileHandlers } from './newFileHandlers';
import { registerPageHandlers } from './pageHandlers';
import { registerReportHandlers } from './reportHandlers';
import type { ServerPlatform } from './serverPlatform';
import { applySettings, createSession, type ServerSession } from './session';

/**
 * Wires the LSP connection to the guide workspace: documents in, diagnostics and coverage out.
 * The same server runs in Node (`nodeMain.ts`) and in a browser's web worker (`browserMain.ts`);
 * `platform` is what differs (how files are read, import/export, the link check).
 */
export function startServer(connection: Connection, platform: ServerPlatform): void {
  const documents = new TextDocuments(TextDocument);

  connection.onInitialize((params: InitializeParams): GuideInitializeResult => {
    const session = createSession(connection, params, platform);
    wireSession(connection, documents, session, platform);
    warmUpSchemas();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [ServerCommands.checkLinks] },
        ...EDITING_CAPABILITIES,
      },
      serverInfo: { name: 'guia-datos-abiertos' },
      catalog: REQUIREMENT_CATALOG,
    };
  });

  documents.listen(connection);
  connection.listen();
}

/** Registers every handler on the connection, each working on the one session. */
function wireSession(connection: Connection, documents: TextDocuments<TextDocument>, session: ServerSession, platform: ServerPlatform): void {
  const { workspace, publisher } = session;

  connection.onInitialized(
    guarded(connection, 'inicio', async () => {
      if (session.supportsConfiguration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      }
      await applySettings(connection, session);
      await scanWithProgress(connection, workspace, () => publisher.publishAllSliced());
    }),
  );

  connection.onDidChangeConfiguration(
    guarded(connection, 'cambio de configuración', async () => {
      // Only new file patterns or a new size limit change which files are ours and what they say:
      // then index again. Any other setting (the target level, showAboveTarget…) only re-evaluates.
      if (await applySettings(connection, session)) {
        for (const file of workspace.index.all()) workspace.forget(file.id);
        await scanWithProgress(connection, workspace, async () => {
          for (const document of documents.all()) workspace.updateOpen(document.uri, document.getText());
          await publisher.publishAllSliced();
        });
      } else {
        publisher.publishAll();
      }
    }),
  );

  documents.onDidOpen(({ document }) => publisher.documentChanged(document.uri, document.getText(), 0));
  documents.onDidChangeContent(({ document }) => publisher.documentChanged(document.uri, document.getText()));
  documents.onDidClose(
    guarded(connection, 'cierre de un documento', async ({ document }) => {
      publisher.documentClosed(document.uri);
      workspace.closeOpen(document.uri);
      await workspace.refreshFromDisk(document.uri);
      publisher.publishAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guarded(connection, 'cambio de archivos', async ({ changes }) => {
      for (const change of changes) await workspace.refreshFromDisk(change.uri);
      publisher.publishAll();
    }),
  );

  connection.onRequest(CoverageRequest.type, () => workspace.evaluate().coverage);
  platform.registerCommands(connection, session);
  platform.registerImportExport(connection, session);
  registerReportHandlers(connection, documents, () => workspace);
  registerPageHandlers(connection, session);
  registerNewFileHandlers(connection);
  registerEditingHandlers(connection, documents, () => workspace);
}
