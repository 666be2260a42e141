import type { Connection } from 'vscode-languageserver';
import { datasetTemplate, isValidIdentifier, planTemplate, suggestIdentifier } from '../core/templates/newFileTemplates';
import { DatasetIdentifierRequest, NewFileRequest } from '../protocol/newFiles';

/** The new files of the client's commands, and the identifier rule they follow (server/src/protocol/newFiles.ts). */
export function registerNewFileHandlers(connection: Connection): void {
  connection.onRequest(DatasetIdentifierRequest.type, ({ text }) => ({ valid: isValidIdentifier(text), suggestion: suggestIdentifier(text) }));
  connection.onRequest(NewFileRequest.type, (params) => ({ text: params.kind === 'plan' ? planTemplate(params.today) : datasetTemplate(params.seed) }));
}
