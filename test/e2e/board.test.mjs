// Clicking the status bar item opens the board with the guide's levels and requirements.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, scenario, waitUntil } from './support/workbench.mjs';

const catalog = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'requirements.json'), 'utf8'));
const levelTitles = catalog.levels.map((level) => level.title.es);
const catalogRequirement = catalog.requirements.find((requirement) => requirement.id === 'basico-2b');

scenario('board: clicking the status bar opens the board', async (vscode) => {
  const item = vscode.guideStatusItem().filter({ hasText: /Guía:.*\d+\s*\/\s*\d+/ }).first();
  await item.waitFor();
  await item.click();

  // The board may be a webview or a tree view: look for what a person reads, wherever it is.
  for (const text of [catalogRequirement.title.es, ...levelTitles]) {
    await waitUntil(() => vscode.isVisibleAnywhere(text), `the board to show «${text}»`);
  }
  await vscode.screenshot();
});
