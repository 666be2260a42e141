// The status bar shows the coverage of the target level, with the figures the guide computes for
// one institution (examples/ holds two: completo and con-errores, each judged on its own), and its
// tooltip shows the three levels.
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
  // The institution whose target level the status bar names (completo's is Intermedio, con-errores's Básico).
  const institution = report.institutions.find((candidate) => candidate.targetLevel === LEVELS[levelTitle]);
  assert.ok(institution, `«${text}» names the target level of one of the institutions guia check lists`);
  const expected = institution.coverage[LEVELS[levelTitle]];
  assert.deepEqual({ met: Number(met), total: Number(total) }, { met: expected.met, total: expected.total },
    `«${text}» shows the figures guia check computes for ${institution.name} at ${levelTitle}`);

  // The tooltip names the three levels.
  await vscode.hoverUntil(item, (shown) => /Básico[\s\S]*Intermedio[\s\S]*Avanzado/.test(shown),
    'the status bar tooltip to list Básico, Intermedio and Avanzado');

  await vscode.showProblems();
  await vscode.screenshot();
});
