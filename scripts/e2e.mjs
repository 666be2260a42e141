// `npm run test:e2e`: the packaged extension in a real VS Code (code-server driven by Chromium).
// Installs code-server and Chromium when missing (cached outside the repo), packages the .vsix,
// then runs every scenario of test/e2e with node's test runner, one at a time (each one starts its
// own VS Code; two at once would fight for the CPU on a 2-core CI machine). Then one scenario of
// each kind of UI the extension uses runs again on the oldest VS Code that `engines.vscode`
// admits (see CODE_SERVER_RELEASES in scripts/codeServer/launch.mjs): what breaks there is an
// API or a workbench the claim would otherwise promise blindly.
// `GUIA_E2E_RELEASES=current` (or `oldest`) runs on one of them only. Last, the board, hover, import, quick
// fix and status bar scenarios run again with the extension in the web-worker extension host.
// Screenshots: test-results/e2e/<scenario>.png (and <scenario>-FAILED.png on failure); those of the
// oldest VS Code in test-results/e2e/vscode-<version>/.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { ensureDependencies, repoRoot, runOrExit } from './bootstrap.mjs';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/** The scenarios that also run on the oldest VS Code: activation, Problems, status bar, hover,
 * quick fix, the board's webview and a requirement page (Markdown rendering, tabs). */
const OLDEST_SUBSET = ['activation', 'board', 'hover', 'problems', 'quickFix', 'requirementPage', 'statusBar'];
/** The scenarios that also run with the extension in the web-worker extension host (its `browser`
 * entry, as on vscode.dev), on the current VS Code: the representative set, and the import,
 * which the web client writes itself. The webWorker scenario itself runs there always. */
const WEB_SUBSET = ['board', 'hover', 'import', 'quickFix', 'statusBar'];
const releases = (process.env.GUIA_E2E_RELEASES || 'current,oldest')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const releaseEnv = (release) => ({ ...process.env, GUIA_VSCODE_RELEASE: release });

ensureDependencies();
console.log('› Instalando code-server y Chromium si faltan (la primera vez tarda unos minutos)…');
for (const release of releases) {
  runOrExit(process.execPath, [path.join(repoRoot, 'scripts', 'codeServer', 'setup.mjs')], { env: releaseEnv(release) });
}
console.log(`› Empaquetando la extensión (${elapsed()})…`);
runOrExit(process.execPath, [path.join(repoRoot, 'scripts', 'package.mjs')]);

const e2eDir = path.join(repoRoot, 'test', 'e2e');
const only = process.argv.slice(2); // e.g. `npm run test:e2e -- hover` runs hover.test.mjs only
const files = readdirSync(e2eDir)
  .filter((file) => file.endsWith('.test.mjs'))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort()
  .map((file) => path.join('test', 'e2e', file));
if (files.length === 0) {
  console.error(`✘ no e2e scenario matches ${only.join(', ')}`);
  process.exit(2);
}

// The scenarios install a private copy: a rebuild of dist/ meanwhile (watch mode, another
// terminal) must not change the package under test halfway through the suite.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'guia-e2e-vsix-'));
const vsix = path.join(scratch, 'guia-datos-abiertos.vsix');
copyFileSync(path.join(repoRoot, 'dist', 'guia-datos-abiertos.vsix'), vsix);
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

rmSync(path.join(repoRoot, 'test-results', 'e2e'), { recursive: true, force: true });
for (const release of releases) {
  const scenarios = release === 'current' ? files : files.filter((file) => OLDEST_SUBSET.includes(path.basename(file, '.test.mjs')));
  if (scenarios.length === 0) continue;
  console.log(`› Escenarios de extremo a extremo en VS Code (${release}: ${scenarios.length}; ${elapsed()})…`);
  runOrExit(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...scenarios], {
    env: { ...releaseEnv(release), GUIA_E2E_VSIX: vsix },
  });
}
if (releases.includes('current') && process.env.GUIA_E2E_EXTENSION_KIND === undefined) {
  const webScenarios = files.filter((file) => WEB_SUBSET.includes(path.basename(file, '.test.mjs')));
  if (webScenarios.length > 0) {
    console.log(`› Escenarios en el host web de extensiones (web worker: ${webScenarios.length}; ${elapsed()})…`);
    runOrExit(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...webScenarios], {
      env: { ...releaseEnv('current'), GUIA_E2E_VSIX: vsix, GUIA_E2E_EXTENSION_KIND: 'web' },
    });
  }
}
console.log(`✔ escenarios de extremo a extremo en ${elapsed()}; capturas en test-results/e2e/`);
