import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { findingWith, openExample, waitForDiagnostics } from './support/workspace';

const FILE = 'con-errores/datos/indicadores.dcat.yaml';

describe('quick fixes', () => {
  let restore: (() => Thenable<boolean>) | undefined;
  afterEach(async () => {
    // Leave the file's text as the other tests expect it.
    await restore?.();
  });

  it('«mensualmente» → «mensual» removes its finding and adds none', async () => {
    const editor = await openExample(FILE);
    const uri = editor.document.uri;
    const original = editor.document.getText();
    restore = () => {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(0, 0, editor.document.lineCount, 0), original);
      return vscode.workspace.applyEdit(edit);
    };
    const before = await waitForDiagnostics(uri, (all) => all.some((d) => d.message.includes('«mensualmente»')), '«mensualmente»');
    const finding = findingWith(before, '«mensualmente»');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const fix = (actions ?? []).find((action) => /\bmensual\b/.test(action.title) && action.edit);
    assert.ok(fix?.edit, `a quick fix to «mensual»; offered: ${(actions ?? []).map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));

    assert.match(editor.document.lineAt(finding.range.start.line).text, /accrualPeriodicity:\s*mensual\b(?!mente)/);
    const after = await waitForDiagnostics(uri, (all) => !all.some((d) => d.message.includes('«mensualmente»')), 'the finding to go away');
    assert.equal(after.length, before.length - 1, 'exactly one finding fewer');
  });
});
