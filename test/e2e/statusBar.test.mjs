// The status bar shows the coverage of the target level of the ACTIVE file's institution
// (examples/ holds two: completo and con-errores, each judged on its own), with its name, and its
// tooltip shows the three levels. Switching editors switches the institution.
import assert from 'node:assert/strict';
import { checkWithCli } from './support/cliOracle.mjs';
import { scenario, waitUntil } from './support/workbench.mjs';

const LEVELS = { Básico: 'basico', Intermedio: 'intermedio', Avanzado: 'avanzado' };
const STATUS = /Guía:\s*(Básico|Intermedio|Avanzado)\s+(\d+)\s*\/\s*(\d+)\s*·\s*(.+)$/;

/** Waits until the status bar names the institution `short` and returns what it shows. */
async function statusFor(vscode, short) {
  const item = vscode.guideStatusItem().filter({ hasText: STATUS }).first();
  await item.waitFor();
  const text = await waitUntil(
    async () => {
      const shown = (await item.innerText()).trim();
      return STATUS.exec(shown)?.[4]?.trim() === short ? shown : undefined;
    },
    `the status bar to show ${short}`,
    () => item.innerText(),
  );
  const parts = STATUS.exec(text);
  if (!parts) throw new Error(`the status bar shows ${JSON.stringify(text)}`);
  const [, levelTitle, met, total] = parts;
  const icons = await item.locator('.codicon').evaluateAll((elements) => elements.map((element) => element.className));
  return { item, text, level: LEVELS[levelTitle], met: Number(met), total: Number(total), icons: icons.join(' ') };
}

scenario("status bar: the active file's institution, with its coverage at its own target level", async (vscode) => {
  const report = checkWithCli(vscode);
  const byFolder = (folder) => report.institutions.find((institution) => institution.root.replace(/[\\/]+$/, '').endsWith(folder));
  const completo = byFolder('completo');
  const conErrores = byFolder('con-errores');

  // A file of completo: CONEVAL, complete at its target level (Intermedio).
  await vscode.openFile('completo/datos/rezago-social.dcat.yaml');
  const first = await statusFor(vscode, completo.acronym);
  assert.equal(first.level, completo.targetLevel);
  assert.deepEqual({ met: first.met, total: first.total }, { met: completo.coverage[completo.targetLevel].met, total: completo.coverage[completo.targetLevel].total });
  assert.equal(first.met, first.total, `«${first.text}»: completo meets every requirement of its target level`);
  assert.match(first.icons, /codicon-pass/);
  await vscode.hoverUntil(
    first.item,
    (shown) => shown.includes(completo.name) && /Básico[\s\S]*Intermedio[\s\S]*Avanzado/.test(shown),
    "the tooltip to name completo's institution and list the three levels",
  );
  await vscode.screenshot('completo');

  // A file of con-errores: its own target level (Básico) and its gaps.
  await vscode.openFile('con-errores/datos/becas.dcat.yaml');
  const second = await statusFor(vscode, conErrores.name);
  assert.equal(second.level, conErrores.targetLevel);
  assert.deepEqual({ met: second.met, total: second.total }, { met: conErrores.coverage[conErrores.targetLevel].met, total: conErrores.coverage[conErrores.targetLevel].total });
  assert.ok(second.met < second.total, `«${second.text}»: con-errores misses requirements`);
  assert.match(second.icons, /codicon-error/);
  await vscode.hoverUntil(
    second.item,
    (shown) => shown.includes(conErrores.name) && /errores que corregir/.test(shown),
    "the tooltip to name con-errores's institution and its errors",
  );
  await vscode.screenshot('con-errores');

  // Back to completo's tab (already open: the server is told nothing): the status bar follows.
  await vscode.openFile('completo/datos/rezago-social.dcat.yaml');
  const again = await statusFor(vscode, completo.acronym);
  assert.equal(again.met, again.total);
});
