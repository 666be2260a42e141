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
import { GuideWorkspace } from './guideWorkspace';
import { EDITING_CAPABILITIES, registerEditingHandlers } from './handlers';
import { registerReportHandlers } from './reportHandlers';

/** Wires the LSP connection to the guide workspace: documents in, diagnostics and coverage out. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let workspace: GuideWorkspace | undefined;
  let publisher: DiagnosticsPublisher | undefined;
  let supportsConfiguration = false;
  let initOptions: Partial<GuideInitializationOptions> = {};

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    initOptions = (params.initializationOptions ?? {}) as Partial<GuideInitializationOptions>;
    const language: Language = initOptions.language === 'en' ? 'en' : 'es';
    applyLanguage(language, initOptions.l10nBundle);
    supportsConfiguration = params.capabilities.workspace?.configuration === true;
    const folders = (params.workspaceFolders ?? []).map((folder) => fileURLToPath(folder.uri));
    if (folders.length === 0 && params.rootUri) folders.push(fileURLToPath(params.rootUri));
    workspace = new GuideWorkspace(folders, DEFAULT_SETTINGS, language);
    publisher = new DiagnosticsPublisher(connection, workspace);
    warmUpSchemas();
    return {
      capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, codeLensProvider: { resolveProvider: false }, ...EDITING_CAPABILITIES },
      serverInfo: { name: 'guia-datos-abiertos' },
    };
  });

  connection.onInitialized(async () => {
    if (supportsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    await applySettings(await readSettings());
    await workspace!.scan();
    publisher!.publishAll();
  });

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
    workspace!.updateSettings(settings, language);
  }

  connection.onDidChangeConfiguration(async () => {
    await applySettings(await readSettings());
    // Globs may have changed which files are ours: index again.
    for (const file of workspace!.index.all()) workspace!.forget(file.id);
    await workspace!.scan();
    for (const document of documents.all()) workspace!.updateOpen(document.uri, document.getText());
    publisher!.publishAll();
  });

  documents.onDidOpen(({ document }) => publisher!.documentChanged(document.uri, document.getText(), 0));
  documents.onDidChangeContent(({ document }) => publisher!.documentChanged(document.uri, document.getText()));
  documents.onDidClose(({ document }) => {
    workspace!.closeOpen(document.uri);
    void workspace!.refreshFromDisk(document.uri).then(() => publisher!.publishAll());
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) await workspace!.refreshFromDisk(change.uri);
    publisher!.publishAll();
  });

  connection.onRequest(CoverageRequest.type, () => workspace!.evaluate().coverage);
  registerReportHandlers(connection, documents, () => workspace);
  registerEditingHandlers(connection, documents, () => workspace);

  documents.listen(connection);
  connection.listen();
}

startServer(createConnection(ProposedFeatures.all));
