// A quick fix chosen from the light bulb corrects the value and its finding leaves the Problems panel.
import assert from 'node:assert/strict';
import { scenario, waitUntil } from './support/workbench.mjs';

const FILE = 'con-errores/datos/indicadores.dcat.yaml';

scenario('quick fix: «mensualmente» becomes «mensual» from the light bulb and its finding goes away', async (vscode) => {
  const { page } = vscode;
  await vscode.showProblems();
  await vscode.problemRows('«mensualmente»').first().waitFor();
  const before = await vscode.problemsBadgeCount();

  await vscode.openFile(FILE);
  await vscode.token(FILE, 'mensualmente').click();
  const lightBulb = page.locator('.lightBulbWidget .codicon').filter({ visible: true }).first();
  await lightBulb.waitFor();
  await lightBulb.click();
  const fix = page.locator('.action-widget .monaco-list-row.action').filter({ hasText: /\bmensual\b/ }).first();
  await fix.waitFor();
  await vscode.screenshot('menu');
  await fix.click();

  await waitUntil(async () => /accrualPeriodicity:\s*mensual\b(?!mente)/.test(await vscode.lineText(FILE, 8) ?? ''),
    'line 8 to read «accrualPeriodicity: mensual»', () => vscode.lineText(FILE, 8));
  await vscode.problemRows('«mensualmente»').first().waitFor({ state: 'detached' });
  // Exactly one finding fewer: the fix introduced none.
  const after = await vscode.waitForProblemsCount((n) => n === before - 1, `${before - 1} problems`);
  assert.equal(after, before - 1);
  await vscode.screenshot();
});
