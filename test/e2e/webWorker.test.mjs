// The same packaged .vsix in VS Code's web-worker extension host, the host of vscode.dev and
// github.dev: the user setting `remote.extensionKind` (the key code-server's workbench reads) makes
// the workbench run the manifest's `browser` entry there, and the server in a web worker reads the
// workspace through the client. Activation, Problems (against `guia check`), status bar and hover.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { checkWithCli } from './support/cliOracle.mjs';
import { scenario } from './support/workbench.mjs';

const EXTENSION_ID = 'datos-abiertos-mx.guia-datos-abiertos';
const LEVELS = { Básico: 'basico', Intermedio: 'intermedio', Avanzado: 'avanzado' };
const STATUS = /Guía:\s*(Básico|Intermedio|Avanzado)\s+(\d+)\s*\/\s*(\d+)/;
const HOVERED = 'completo/datos/rezago-social.dcat.yaml';

scenario('web worker host: the browser entry checks the workspace like the desktop', async (vscode) => {
  const report = checkWithCli(vscode);

  // Activation and the scan: findings of files nobody opened, read through the client.
  await vscode.showProblems();
  await vscode.waitForProblemsCount((n) => n > 0, 'findings of the unopened example files');

  // It is the web extension that answers: no Node server process runs from the installed extension.
  const nodeServers = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n')
    .filter((line) => line.includes(vscode.extensionsDir) && line.includes(path.join('dist', 'server.js')));
  assert.deepEqual(nodeServers, [], 'no Node server of the extension runs: the web worker host runs it');

  // Problems: for every file, as many findings as `guia check` finds at or below the target level.
  const mismatches = [];
  for (const file of report.files) {
    const relative = path.relative(vscode.folder, path.resolve(file.path)).split(path.sep).join('/');
    try {
      await vscode.waitForProblemsShownFor(relative, file.diagnostics.filter((diagnostic) => diagnostic.severity !== 3).length, 30_000);
    } catch (error) {
      mismatches.push(`${relative} (${file.kind}): ${error.message}`);
    }
  }
  assert.deepEqual(mismatches, [], 'the Problems panel agrees with guia check on every file');

  // Status bar: the coverage guia check computes for the institution it names.
  const item = vscode.guideStatusItem().filter({ hasText: STATUS }).first();
  await item.waitFor();
  const text = (await item.innerText()).trim();
  const [, levelTitle, met, total] = STATUS.exec(text);
  const institution = report.institutions.find((candidate) => candidate.targetLevel === LEVELS[levelTitle]);
  assert.ok(institution, `«${text}» names the target level of one of the institutions guia check lists`);
  const expected = institution.coverage[LEVELS[levelTitle]];
  assert.deepEqual({ met: Number(met), total: Number(total) }, { met: expected.met, total: expected.total }, `«${text}»`);

  // Hover: a field's meaning and its requirement, from the server in the worker.
  await vscode.openFile(HOVERED);
  const hover = await vscode.hoverUntil(vscode.token(HOVERED, 'accrualPeriodicity'), (shown) => shown.includes('basico-2b'), 'a hover naming requirement basico-2b');
  assert.match(hover, /Periodicidad de actualización/);
  await vscode.screenshot();
}, { settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } });
