// Clicking the status bar item opens the board with the guide's levels and requirements.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, scenario, waitUntil } from './support/workbench.mjs';

const catalog = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'requirements.json'), 'utf8'));
const levelTitles = catalog.levels.map((level) => level.title.es);
const catalogRequirement = catalog.requirements.find((requirement) => requirement.id === 'basico-2b');

scenario('board: clicking the status bar opens the board', async (vscode) => {
  const item = vscode
    .guideStatusItem()
    .filter({ hasText: /Guía:.*\d+\s*\/\s*\d+/ })
    .first();
  await item.waitFor();
  await item.click();

  // The board may be a webview or a tree view: look for what a person reads, wherever it is.
  for (const text of [catalogRequirement.title.es, ...levelTitles]) {
    await waitUntil(() => vscode.isVisibleAnywhere(text), `the board to show «${text}»`);
  }
  await vscode.screenshot();
});

/** The webview frame that holds the board page (webviews nest their page in inner frames). */
async function boardFrame(vscode) {
  return waitUntil(async () => {
    for (const frame of vscode.page.frames()) {
      try {
        if ((await frame.locator('#institution-picker').count()) > 0) return frame;
      } catch {
        /* frame navigated meanwhile */
      }
    }
    return undefined;
  }, 'the board page with its institution picker');
}

scenario("board: the active file's institution, a picker, and the table of every institution sortable with the keyboard", async (vscode) => {
  await vscode.openFile('con-errores/datos/becas.dcat.yaml');
  const item = vscode
    .guideStatusItem()
    .filter({ hasText: /Secretaría de Ejemplo/ })
    .first();
  await item.waitFor();
  await item.click();

  const frame = await boardFrame(vscode);
  const picker = frame.locator('#institution-picker');
  await waitUntil(async () => /Secretaría de Ejemplo/.test(await picker.locator('option:checked').innerText()), 'the picker to follow the active file (con-errores)');
  const table = frame.locator('table.national-table');
  await table.waitFor();
  const names = async () => table.locator('tbody th[scope="row"]').allInnerTexts();
  // Ranked as guia tablero ranks them: completo (complete) first.
  await waitUntil(
    async () => {
      const shown = await names();
      return shown.length === 2 && /CONEVAL/.test(shown[0]) && /Secretaría de Ejemplo/.test(shown[1]);
    },
    'the summary table to list completo then con-errores',
    names,
  );

  // Sort by errors, with the keyboard: the header's button, Enter, then Enter again to reverse.
  const errors = table.locator('button[data-column="errors"]');
  await errors.focus();
  await vscode.page.keyboard.press('Enter');
  await frame.locator('th[aria-sort="ascending"] button[data-column="errors"]').waitFor();
  await frame.locator('button[data-column="errors"]').focus();
  await vscode.page.keyboard.press('Enter');
  await frame.locator('th[aria-sort="descending"] button[data-column="errors"]').waitFor();
  await waitUntil(async () => /Secretaría de Ejemplo/.test((await names())[0]), 'the institution with errors first when sorted by errors, descending', names);
  await frame.locator('#national-title').scrollIntoViewIfNeeded();
  await vscode.screenshot('national-table');

  // Scrolled sideways to the requirement columns, the institutions' names stay in view.
  const scroller = frame.locator('.national .scroll');
  await scroller.evaluate((element) => (element.scrollLeft = element.scrollWidth));
  const nameCell = table.locator('tbody th[scope="row"]').first();
  await waitUntil(async () => {
    const [box, cell] = await Promise.all([scroller.boundingBox(), nameCell.boundingBox()]);
    return box && cell && Math.abs(cell.x - box.x) < 2;
  }, "the first institution's name to stay at the left edge of the scrolled table");
  await vscode.screenshot('national-table-scrolled');

  // Picking completo in the drop-down shows its board: nothing left to fix at its target level.
  const completo = await picker.locator('option', { hasText: 'CONEVAL' }).getAttribute('value');
  await picker.selectOption(completo);
  await waitUntil(
    async () =>
      /Intermedio/.test(
        await frame
          .locator('header p')
          .allInnerTexts()
          .then((texts) => texts.join(' ')),
      ),
    'the board to show completo (target level Intermedio)',
  );
  await frame.locator('h1').scrollIntoViewIfNeeded();
  await vscode.screenshot('completo-picked');

  // The explorer's board view follows the same choice: its first row is the institution shown.
  await vscode.page
    .locator('.pane-header', { hasText: /Guide Board|Tablero de la guía/i })
    .first()
    .click();
  const institutionRow = vscode.page
    .locator('.monaco-list-row', { hasText: 'Consejo Nacional de Evaluación' })
    .filter({ hasText: /elegida|chosen/ })
    .first();
  await institutionRow.waitFor();
  await vscode.screenshot('tree');
});
