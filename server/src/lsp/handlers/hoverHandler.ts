import type { Connection } from 'vscode-languageserver/node';
import { hover } from '../../core/services/hover';
import { serviceContext, type EditingDeps } from './editingContext';

/** Hovers on fields (meaning, requirement, links) and on dataset identifiers (a summary). */
export function registerHover(connection: Connection, deps: EditingDeps): void {
  connection.onHover(({ textDocument, position }) => {
    const context = serviceContext(deps, textDocument.uri);
    if (!context) return null;
    return hover(context, context.file.parsed.lines.offsetAt(position)) ?? null;
  });
}
