// A quick fix chosen from the light bulb corrects the value and its finding leaves the Problems panel.
import assert from 'node:assert/strict';
import { scenario, waitUntil } from './support/workbench.mjs';

const FILE = 'con-errores/datos/indicadores.dcat.yaml';

scenario('quick fix: «mensualmente» becomes «mensual» from the light bulb and its finding goes away', async (vscode) => {
  const { page } = vscode;
  await vscode.showProblems();
  await vscode.filterProblems('mensualmente');
  await vscode.problemRows('«mensualmente»').first().waitFor();
  const before = await vscode.problemsBadgeCount();

  await vscode.openFile(FILE);
  // The light bulb sits next to the text, or in the gutter when the line starts at column 1. It
  // shows for the cursor's position once the server answered; if the cursor landed before the
  // findings reached the editor, a person clicks into the word again.
  const lightBulb = page.locator('.lightBulbWidget .codicon, .glyph-margin-widgets [class*="gutter-lightbulb"]').filter({ visible: true }).first();
  let attempt = 0;
  await waitUntil(async () => {
    await vscode.token(FILE, 'mensualmente').click({ position: { x: 6 + (attempt++ % 4) * 8, y: 4 } });
    return lightBulb.waitFor({ timeout: 5_000 }).then(
      () => true,
      () => false,
    );
  }, 'the light bulb on «mensualmente»');
  await lightBulb.click();
  const fix = page
    .locator('.action-widget .monaco-list-row.action')
    .filter({ hasText: /\bmensual\b/ })
    .first();
  await fix.waitFor();
  await vscode.screenshot('menu');
  // The menu blocks the pointer until the mouse moves over it (so a still mouse cannot pick by
  // accident): move onto the row, then click, as a hand would.
  const box = await fix.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

  await waitUntil(
    async () => /accrualPeriodicity:\s*mensual\b(?!mente)/.test((await vscode.lineText(FILE, 8)) ?? ''),
    'line 8 to read «accrualPeriodicity: mensual»',
    () => vscode.lineText(FILE, 8),
  );
  await vscode.problemRows('«mensualmente»').first().waitFor({ state: 'detached' });
  // Exactly one finding fewer: the fix introduced none.
  const after = await vscode.waitForProblemsCount((n) => n === before - 1, `${before - 1} problems`);
  assert.equal(after, before - 1);
  // What is left to fix in the file, for the screenshot.
  await vscode.filterProblems(`**/${FILE}`);
  await vscode.problemRows('basico-2b').first().waitFor();
  await vscode.screenshot();
});
