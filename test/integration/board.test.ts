import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually } from './support/workspace';

function boardTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('guia.board'));
}

describe('board', () => {
  it('«guia.showBoard» opens the board', async () => {
    // The board waits for the first coverage report; ask until the server has one.
    const tab = await eventually(async () => {
      await vscode.commands.executeCommand('guia.showBoard');
      return boardTab();
    }, 'the board tab');
    assert.match(tab.label, /Tablero/);
  });
});
