import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { requirement } from './support/catalog';
import { eventually, hoverText, openExample, positionOf } from './support/workspace';

describe('hover', () => {
  it('a field shows its meaning and its requirement', async () => {
    const editor = await openExample('completo/datos/rezago-social.dcat.yaml');
    const position = positionOf(editor.document, 'accrualPeriodicity').translate(0, 3);
    // The server may still be starting: ask until it answers with the requirement.
    const text = await eventually(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      const shown = hoverText(hovers ?? []);
      return shown.includes('basico-2b') ? shown : undefined;
    }, 'a hover naming basico-2b');
    assert.match(text, /Periodicidad de actualización/);
    assert.ok(text.includes(requirement('basico-2b').title.es), 'the requirement title');
  });
});
