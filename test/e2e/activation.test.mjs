// The packaged extension activates by itself when the examples are opened: no file needs to be
// opened for the workspace's findings to reach the Problems panel.
import assert from 'node:assert/strict';
import { scenario } from './support/workbench.mjs';

scenario('activation: the packaged extension starts on the examples and checks unopened files', async (vscode) => {
  const { page } = vscode;

  // Findings of files nobody opened prove activation (workspaceContains) and the server's scan.
  await vscode.showProblems();
  const count = await vscode.waitForProblemsCount((n) => n > 0, 'findings of the unopened example files');
  assert.ok(count > 0);
  assert.equal(await page.locator('.editor-instance .monaco-editor').count(), 0, 'no editor was opened');

  // VS Code's own list of running extensions names ours, activated, without errors.
  await vscode.runCommand('Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Guía de Datos Abiertos' });
  await row.waitFor();
  const text = await row.innerText();
  assert.match(text, /Activation/, `the row says it was activated: ${text}`);
  assert.doesNotMatch(text, /uncaught error|Activation failed/i, `the extension reported errors: ${text}`);

  await vscode.screenshot();
});
