import { fileURLToPath } from 'node:url';
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { warmUpSchemas } from '../core/schema/schemaValidator';
import type { Language } from '../core/l10n';
import { CoverageRequest, type GuideInitializationOptions } from '../protocol/protocol';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_SECTION, type GuideSettings } from '../protocol/settings';
import { applyLanguage } from '../shippedFiles';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { guarded } from './guard';
import { GuideWorkspace } from './guideWorkspace';
import { scanWithProgress } from './indexingProgress';
import { CHECK_LINKS_COMMAND, registerCommands } from './linkCommand';
import { EDITING_CAPABILITIES, registerEditingHandlers } from './handlers';
import { registerReportHandlers } from './reportHandlers';
import { restrictSettings } from './restrictedMode';

/** Wires the LSP connection to the guide workspace: documents in, diagnostics and coverage out. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let workspace: GuideWorkspace | undefined;
  let publisher: DiagnosticsPublisher | undefined;
  let supportsConfiguration = false;
  let initOptions: Partial<GuideInitializationOptions> = {};
  /**
   * Only a client that says the workspace is trusted gets its settings and the link check: one that
   * does not say (another editor, a client without workspace trust) runs in restricted mode.
   */
  const trusted = (): boolean => initOptions.trusted === true;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    initOptions = (params.initializationOptions ?? {}) as Partial<GuideInitializationOptions>;
    const language: Language = initOptions.language === 'en' ? 'en' : 'es';
    applyLanguage(language, initOptions.l10nBundle);
    supportsConfiguration = params.capabilities.workspace?.configuration === true;
    const uris = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (uris.length === 0 && params.rootUri) uris.push(params.rootUri);
    // Only folders on disk are scanned: fileURLToPath throws on other schemes (a virtual workspace).
    const folders = uris.flatMap((uri) => {
      try {
        return [fileURLToPath(uri)];
      } catch {
        return [];
      }
    });
    workspace = new GuideWorkspace(folders, DEFAULT_SETTINGS, language, (message) => connection.console.error(message));
    publisher = new DiagnosticsPublisher(connection, workspace);
    // Local data files are checked in the background; publish again when their checks change.
    workspace.localData.onChange = () => void publisher!.publishAllSliced();
    warmUpSchemas();
    return {
      capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, codeLensProvider: { resolveProvider: false }, executeCommandProvider: { commands: [CHECK_LINKS_COMMAND] }, ...EDITING_CAPABILITIES },
      serverInfo: { name: 'guia-datos-abiertos' },
    };
  });

  connection.onInitialized(guarded(connection, 'inicio', async () => {
    if (supportsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    await applySettings(await readSettings());
    await scanWithProgress(connection, workspace!, () => publisher!.publishAllSliced());
  }));

  async function readSettings(): Promise<GuideSettings> {
    if (!supportsConfiguration) return DEFAULT_SETTINGS;
    try {
      return normalizeSettings(await connection.workspace.getConfiguration(SETTINGS_SECTION));
    } catch {
      return DEFAULT_SETTINGS;
    }
  }

  async function applySettings(settings: GuideSettings): Promise<void> {
    // The client decides the language (it knows VS Code's display language) and restarts us on change.
    const language: Language = initOptions.language === 'en' ? 'en' : 'es';
    workspace!.updateSettings(trusted() ? settings : restrictSettings(settings), language);
  }

  connection.onDidChangeConfiguration(guarded(connection, 'cambio de configuración', async () => {
    await applySettings(await readSettings());
    // Globs may have changed which files are ours: index again.
    for (const file of workspace!.index.all()) workspace!.forget(file.id);
    await scanWithProgress(connection, workspace!, async () => {
      for (const document of documents.all()) workspace!.updateOpen(document.uri, document.getText());
      await publisher!.publishAllSliced();
    });
  }));

  documents.onDidOpen(({ document }) => publisher!.documentChanged(document.uri, document.getText(), 0));
  documents.onDidChangeContent(({ document }) => publisher!.documentChanged(document.uri, document.getText()));
  documents.onDidClose(guarded(connection, 'cierre de un documento', async ({ document }) => {
    publisher!.documentClosed(document.uri);
    workspace!.closeOpen(document.uri);
    await workspace!.refreshFromDisk(document.uri);
    publisher!.publishAll();
  }));

  connection.onDidChangeWatchedFiles(guarded(connection, 'cambio de archivos', async ({ changes }) => {
    for (const change of changes) await workspace!.refreshFromDisk(change.uri);
    publisher!.publishAll();
  }));

  connection.onRequest(CoverageRequest.type, () => workspace!.evaluate().coverage);
  registerCommands(connection, () => workspace, trusted, () => publisher!.publishAll());
  registerReportHandlers(connection, documents, () => workspace);
  registerEditingHandlers(connection, documents, () => workspace);

  documents.listen(connection);
  connection.listen();
}

startServer(createConnection(ProposedFeatures.all));
