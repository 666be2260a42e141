import type { Connection } from 'vscode-languageserver/node';
import { complete } from '../../core/services/completion';
import { serviceContext, type EditingDeps } from './editingContext';

/** Characters after which the client asks for completion without a word typed. */
export const COMPLETION_TRIGGERS = [' ', '"', '[', ',', '{'];

/** Completion of keys and values in our YAML and JSON documents. */
export function registerCompletion(connection: Connection, deps: EditingDeps): void {
  connection.onCompletion(({ textDocument, position }) => {
    const context = serviceContext(deps, textDocument.uri);
    if (!context) return null;
    return complete(context, context.file.parsed.lines.offsetAt(position));
  });
}
