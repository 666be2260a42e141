import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { InitializeResult, RegistrationParams } from 'vscode-languageserver-protocol';
import { CoverageChangedNotification } from '../../server/src/protocol/protocol';
// @ts-expect-error: a build script in JavaScript, without type declarations.
import { LANGUAGE_CLIENT_FEATURES } from '../../scripts/bundles.mjs';
import { TestLspClient } from '../support/lspClient';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples', 'completo');

/**
 * Which module of vscode-languageclient (lib/common/<module>.js) serves each thing a server can
 * announce: a static capability of its initialize result (top-level key, or `workspace.<key>`),
 * the method of a dynamic registration, or a request it sends the client.
 */
const SERVED_BY: Record<string, string> = {
  textDocumentSync: 'textSynchronization',
  'textDocument/didOpen': 'textSynchronization',
  'textDocument/didChange': 'textSynchronization',
  'textDocument/didClose': 'textSynchronization',
  'textDocument/didSave': 'textSynchronization',
  'textDocument/willSave': 'textSynchronization',
  'textDocument/willSaveWaitUntil': 'textSynchronization',
  completionProvider: 'completion',
  'textDocument/completion': 'completion',
  hoverProvider: 'hover',
  'textDocument/hover': 'hover',
  signatureHelpProvider: 'signatureHelp',
  'textDocument/signatureHelp': 'signatureHelp',
  declarationProvider: 'declaration',
  'textDocument/declaration': 'declaration',
  definitionProvider: 'definition',
  'textDocument/definition': 'definition',
  typeDefinitionProvider: 'typeDefinition',
  'textDocument/typeDefinition': 'typeDefinition',
  implementationProvider: 'implementation',
  'textDocument/implementation': 'implementation',
  referencesProvider: 'reference',
  'textDocument/references': 'reference',
  documentHighlightProvider: 'documentHighlight',
  'textDocument/documentHighlight': 'documentHighlight',
  documentSymbolProvider: 'documentSymbol',
  'textDocument/documentSymbol': 'documentSymbol',
  codeActionProvider: 'codeAction',
  'textDocument/codeAction': 'codeAction',
  codeLensProvider: 'codeLens',
  'textDocument/codeLens': 'codeLens',
  'workspace/codeLens/refresh': 'codeLens',
  documentLinkProvider: 'documentLink',
  'textDocument/documentLink': 'documentLink',
  colorProvider: 'colorProvider',
  'textDocument/documentColor': 'colorProvider',
  documentFormattingProvider: 'formatting',
  'textDocument/formatting': 'formatting',
  documentRangeFormattingProvider: 'formatting',
  'textDocument/rangeFormatting': 'formatting',
  documentOnTypeFormattingProvider: 'formatting',
  'textDocument/onTypeFormatting': 'formatting',
  renameProvider: 'rename',
  'textDocument/rename': 'rename',
  foldingRangeProvider: 'foldingRange',
  'textDocument/foldingRange': 'foldingRange',
  'workspace/foldingRange/refresh': 'foldingRange',
  executeCommandProvider: 'executeCommand',
  'workspace/executeCommand': 'executeCommand',
  selectionRangeProvider: 'selectionRange',
  'textDocument/selectionRange': 'selectionRange',
  linkedEditingRangeProvider: 'linkedEditingRange',
  'textDocument/linkedEditingRange': 'linkedEditingRange',
  callHierarchyProvider: 'callHierarchy',
  'textDocument/prepareCallHierarchy': 'callHierarchy',
  semanticTokensProvider: 'semanticTokens',
  'textDocument/semanticTokens': 'semanticTokens',
  'workspace/semanticTokens/refresh': 'semanticTokens',
  typeHierarchyProvider: 'typeHierarchy',
  'textDocument/prepareTypeHierarchy': 'typeHierarchy',
  inlineValueProvider: 'inlineValue',
  'textDocument/inlineValue': 'inlineValue',
  'workspace/inlineValue/refresh': 'inlineValue',
  inlayHintProvider: 'inlayHint',
  'textDocument/inlayHint': 'inlayHint',
  'workspace/inlayHint/refresh': 'inlayHint',
  inlineCompletionProvider: 'inlineCompletion',
  'textDocument/inlineCompletion': 'inlineCompletion',
  diagnosticProvider: 'diagnostic',
  'textDocument/diagnostic': 'diagnostic',
  'workspace/diagnostic/refresh': 'diagnostic',
  notebookDocumentSync: 'notebook',
  'notebookDocument/sync': 'notebook',
  workspaceSymbolProvider: 'workspaceSymbol',
  'workspace/symbol': 'workspaceSymbol',
  'workspace.workspaceFolders': 'workspaceFolder',
  'workspace/didChangeWorkspaceFolders': 'workspaceFolder',
  'workspace.fileOperations': 'fileOperations',
  'workspace.textDocumentContent': 'textDocumentContent',
  'workspace/textDocumentContent': 'textDocumentContent',
  'workspace/didChangeConfiguration': 'configuration',
  'workspace/configuration': 'configuration',
  'workspace/didChangeWatchedFiles': 'fileSystemWatcher',
  'window/workDoneProgress/create': 'progress',
};

/** Requests the library's client itself answers, whatever features it registers; and our own protocol's (the web server's file reads). */
const ANSWERED_BY_THE_CLIENT = new Set([
  'client/registerCapability',
  'client/unregisterCapability',
  'workspace/applyEdit',
  'window/showDocument',
  'window/showMessageRequest',
  'guia/listFiles',
  'guia/readFile',
]);

/**
 * What the server relies on without announcing it: the workspace folders in `initialize` (it
 * indexes them), and the file events of the client's watcher (`synchronize.fileEvents`, which the
 * library hands to its file system watcher feature; without it the client fails to start).
 */
const RELIED_ON = ['workspaceFolder', 'fileSystemWatcher'];

/**
 * The client registers only the language client features the server uses, to keep the web client
 * small (scripts/bundles.mjs, `LANGUAGE_CLIENT_FEATURES`). A server that announced a capability no
 * registered feature serves would silently not be used in VS Code: this drives the real server as
 * VS Code does and fails on any such capability, and on any feature kept that nothing needs.
 */
describe('language client features (what the client registers, against what the server announces)', () => {
  let client: TestLspClient;
  let result: InitializeResult;

  before(async () => {
    client = new TestLspClient({ evaluationDate: '2026-11-27' });
    result = await client.initialize(EXAMPLES, { language: 'es', trusted: true }, { workDoneProgress: true });
    await client.notification(CoverageChangedNotification.method);
  });

  after(async () => {
    await client.shutdown();
  });

  /** Everything the server announced: static capabilities, dynamic registrations, requests to the client. */
  function announced(): string[] {
    const { workspace, ...capabilities } = result.capabilities;
    const registrations = client.requests
      .filter((request) => request.method === 'client/registerCapability')
      .flatMap((request) => (request.params as RegistrationParams).registrations.map((registration) => registration.method));
    const requests = client.requests.map((request) => request.method).filter((method) => !ANSWERED_BY_THE_CLIENT.has(method));
    return [
      ...Object.keys(capabilities).filter((key) => key !== 'positionEncoding' && key !== 'experimental'),
      ...Object.keys(workspace ?? {}).map((key) => `workspace.${key}`),
      ...registrations,
      ...requests,
    ];
  }

  it('registers a feature for everything the server announces', () => {
    const unknown = announced().filter((what) => SERVED_BY[what] === undefined);
    assert.deepEqual(unknown, [], 'the server announces something this test does not know: add the library module that serves it to SERVED_BY');
    const missing = [...new Set(announced().map((what) => SERVED_BY[what]!))].filter((module) => !LANGUAGE_CLIENT_FEATURES.includes(module));
    assert.deepEqual(missing, [], 'the server announces capabilities whose language client features are left out: add them to LANGUAGE_CLIENT_FEATURES in scripts/bundles.mjs');
  });

  it('keeps no feature that nothing needs', () => {
    const needed = new Set([...announced().map((what) => SERVED_BY[what]), ...RELIED_ON]);
    assert.deepEqual(
      (LANGUAGE_CLIENT_FEATURES as string[]).filter((module) => !needed.has(module)),
      [],
      'LANGUAGE_CLIENT_FEATURES keeps features the server does not use: each costs the web client its size',
    );
  });
});
