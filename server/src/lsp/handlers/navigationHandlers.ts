import type { Connection } from 'vscode-languageserver/node';
import { definition, references } from '../../core/services/navigation';
import { documentSymbols } from '../../core/services/outline';
import { serviceContext, type EditingDeps } from './editingContext';

/** Go to definition and find references between plans and dataset files, and the document outline. */
export function registerNavigation(connection: Connection, deps: EditingDeps): void {
  connection.onDefinition(({ textDocument, position }) => {
    const context = serviceContext(deps, textDocument.uri);
    return context ? definition(context, context.file.parsed.lines.offsetAt(position)) : null;
  });
  connection.onReferences(({ textDocument, position, context: options }) => {
    const context = serviceContext(deps, textDocument.uri);
    return context ? references(context, context.file.parsed.lines.offsetAt(position), options.includeDeclaration) : null;
  });
  connection.onDocumentSymbol(({ textDocument }) => {
    const context = serviceContext(deps, textDocument.uri);
    return context ? documentSymbols(context.file, context.settings) : null;
  });
}
