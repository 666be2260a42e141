import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exampleUri, findingWith, waitForDiagnostics } from './support/workspace';

describe('language setting', () => {
  after(async () => {
    await vscode.workspace.getConfiguration('guia').update('language', undefined, vscode.ConfigurationTarget.Global);
  });

  it('«guia.language»: «en» turns the findings into English', async () => {
    const uri = exampleUri('con-errores/datos/indicadores.dcat.yaml');
    const spanish = await waitForDiagnostics(uri, (all) => all.some((d) => d.message.includes('«mensualmente»')), 'the Spanish finding');
    const before = findingWith(spanish, '«mensualmente»');
    assert.match(before.message, /periodicidad/);

    await vscode.workspace.getConfiguration('guia').update('language', 'en', vscode.ConfigurationTarget.Global);
    const english = await waitForDiagnostics(
      uri,
      (all) => all.some((d) => d.range.isEqual(before.range) && d.message !== before.message && d.message.includes('mensualmente')),
      'the finding in English',
    );
    const after = english.find((d) => d.range.isEqual(before.range) && d.message.includes('mensualmente'))!;
    assert.match(after.message, /periodicity/i);
    assert.doesNotMatch(after.message, /periodicidad del catálogo/);
  });
});
