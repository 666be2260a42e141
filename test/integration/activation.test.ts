import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, exampleUri, waitForDiagnostics } from './support/workspace';

describe('activation', () => {
  it('activates on the examples by itself and checks files nobody opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const uri = exampleUri('con-errores/datos/indicadores.dcat.yaml');
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length > 0, 'findings of an unopened file');
    assert.equal(extension.isActive, true, 'activated by workspaceContains, not by a test');
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), 'the file was never opened');
  });
});
