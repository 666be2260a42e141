import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { GuideWorkspace } from '../guideWorkspace';
import { CODE_ACTION_KINDS, registerCodeActions } from './codeActionHandler';
import { COMPLETION_TRIGGERS, registerCompletion } from './completionHandler';
import type { EditingDeps } from './editingContext';
import { registerHover } from './hoverHandler';
import { registerNavigation } from './navigationHandlers';

/** The capabilities of the editing features, merged into the server's initialize result. */
export const EDITING_CAPABILITIES: ServerCapabilities = {
  completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
  hoverProvider: true,
  codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
  definitionProvider: true,
  referencesProvider: true,
  documentSymbolProvider: true,
};

/** Registers completion, hover, code actions, navigation and the outline on the connection. */
export function registerEditingHandlers(connection: Connection, documents: TextDocuments<TextDocument>, workspace: () => GuideWorkspace | undefined): void {
  const deps: EditingDeps = { documents, workspace };
  registerCompletion(connection, deps);
  registerHover(connection, deps);
  registerCodeActions(connection, deps);
  registerNavigation(connection, deps);
}
