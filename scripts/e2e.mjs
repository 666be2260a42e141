// `npm run test:e2e`: the packaged extension in a real VS Code (code-server driven by Chromium).
// Installs code-server and Chromium when missing (cached outside the repo), packages the .vsix,
// then runs every scenario of test/e2e with node's test runner, one at a time (each one starts its
// own VS Code; two at once would fight for the CPU on a 2-core CI machine).
// Screenshots: test-results/e2e/<scenario>.png (and <scenario>-FAILED.png on failure).
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { ensureDependencies, repoRoot, runOrExit } from './bootstrap.mjs';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

ensureDependencies();
console.log('› Instalando code-server y Chromium si faltan (la primera vez tarda unos minutos)…');
runOrExit(process.execPath, [path.join(repoRoot, 'scripts', 'codeServer', 'setup.mjs')]);
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
console.log(`› Escenarios de extremo a extremo en VS Code (${files.length}; ${elapsed()})…`);
runOrExit(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  env: { ...process.env, GUIA_E2E_VSIX: vsix },
});
console.log(`✔ escenarios de extremo a extremo en ${elapsed()}; capturas en test-results/e2e/`);
