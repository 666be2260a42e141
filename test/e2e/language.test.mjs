// Setting `guia.language` to English switches the findings and the status bar to English.
import assert from 'node:assert/strict';
import { checkWithCli, diagnosticAt } from './support/cliOracle.mjs';
import { scenario, waitUntil } from './support/workbench.mjs';

const FINDING = { file: 'con-errores/datos/indicadores.dcat.yaml', line: 8, column: 21, code: 'basico-2b' };

scenario('language: guia.language «en» switches messages to English', async (vscode) => {
  const spanish = diagnosticAt(checkWithCli(vscode, { lang: 'es' }), vscode.folder, FINDING).message;
  const english = diagnosticAt(checkWithCli(vscode, { lang: 'en' }), vscode.folder, FINDING).message;
  assert.notEqual(english, spanish, 'the message has an English translation');

  await vscode.showProblems();
  await vscode.filterProblems('mensualmente');
  await vscode.problemRows(spanish.slice(0, 60)).first().waitFor();
  const status = vscode
    .guideStatusItem()
    .filter({ hasText: /\d+\s*\/\s*\d+/ })
    .first();
  await status.filter({ hasText: /Básico|Intermedio|Avanzado/ }).waitFor();

  await vscode.chooseSetting('guia.language', 'en');

  await vscode.problemRows(english.slice(0, 60)).first().waitFor();
  await vscode.problemRows(spanish.slice(0, 60)).first().waitFor({ state: 'detached' });
  await waitUntil(
    async () => /Basic|Intermediate|Advanced/.test(await status.innerText().catch(() => '')),
    'the status bar to name the level in English',
    () => status.innerText().catch(() => ''),
  );
  await vscode.screenshot();
});
