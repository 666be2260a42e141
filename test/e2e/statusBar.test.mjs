// The status bar shows the coverage of the target level, with the figures the guide computes for
// one institution (examples/ holds two: completo and con-errores, each judged on its own), and its
// tooltip shows the three levels.
import { assertStatusMatchesCli, checkWithCli } from './support/cliOracle.mjs';
import { scenario } from './support/workbench.mjs';

scenario('status bar: the coverage of the target level, as «Guía: Nivel n/total»', async (vscode) => {
  const report = checkWithCli(vscode);
  // The institution whose target level the status bar names (completo's is Intermedio, con-errores's Básico).
  const item = await assertStatusMatchesCli(vscode, report);

  // The tooltip names the three levels.
  await vscode.hoverUntil(item, (shown) => /Básico[\s\S]*Intermedio[\s\S]*Avanzado/.test(shown),
    'the status bar tooltip to list Básico, Intermedio and Avanzado');

  await vscode.showProblems();
  await vscode.screenshot();
});
