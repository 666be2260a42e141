import type { Connection } from 'vscode-languageserver/node';
import { codeActions } from '../../core/services/codeActions';
import { FIX_ALL_KIND, QUICK_FIX_KIND } from '../../core/services/serviceTypes';
import { serviceContext, type EditingDeps } from './editingContext';

/** The code action kinds the server offers. */
export const CODE_ACTION_KINDS = [QUICK_FIX_KIND, FIX_ALL_KIND];

/** Quick fixes for our diagnostics and the "fix all" source action. */
export function registerCodeActions(connection: Connection, deps: EditingDeps): void {
  connection.onCodeAction(({ textDocument, range, context: request }) => {
    const context = serviceContext(deps, textDocument.uri);
    if (!context) return null;
    // "Fix all" covers every diagnostic of the document, not only those the client sent for the range.
    const documentDiagnostics = () =>
      deps
        .workspace()
        ?.evaluate()
        .report.files.find((file) => file.id === textDocument.uri)?.diagnostics ?? [];
    return codeActions(context, { range, diagnostics: request.diagnostics, ...(request.only ? { only: request.only } : {}) }, documentDiagnostics);
  });
}
