// The status bar shows the coverage of the target level, with the figures the guide computes,
// and its tooltip shows the three levels.
import assert from 'node:assert/strict';
import { checkWithCli } from './support/cliOracle.mjs';
import { scenario } from './support/workbench.mjs';

const LEVELS = { Básico: 'basico', Intermedio: 'intermedio', Avanzado: 'avanzado' };
const STATUS = /Guía:\s*(Básico|Intermedio|Avanzado)\s+(\d+)\s*\/\s*(\d+)/;

scenario('status bar: the coverage of the target level, as «Guía: Nivel n/total»', async (vscode) => {
  const report = checkWithCli(vscode);
  const item = vscode.guideStatusItem().filter({ hasText: STATUS }).first();
  await item.waitFor();
  const text = (await item.innerText()).trim();
  const [, levelTitle, met, total] = STATUS.exec(text);
  const expected = report.coverage[LEVELS[levelTitle]];
  assert.deepEqual({ met: Number(met), total: Number(total) }, { met: expected.met, total: expected.total },
    `«${text}» shows the figures guia check computes for ${levelTitle}`);

  // The tooltip names the three levels.
  await vscode.hoverUntil(item, (shown) => /Básico[\s\S]*Intermedio[\s\S]*Avanzado/.test(shown),
    'the status bar tooltip to list Básico, Intermedio and Avanzado');

  await vscode.showProblems();
  await vscode.screenshot();
});
