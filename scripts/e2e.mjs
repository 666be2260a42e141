// `npm run test:e2e`: the packaged extension in a real VS Code (code-server driven by Chromium).
// Installs code-server and Chromium when missing (cached outside the repo), packages the .vsix,
// then runs every scenario of test/e2e with node's test runner, one at a time (each one starts its
// own VS Code; two at once would fight for the CPU on a 2-core CI machine).
// Screenshots: test-results/e2e/<scenario>.png (and <scenario>-FAILED.png on failure).
import { readdirSync, rmSync } from 'node:fs';
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

rmSync(path.join(repoRoot, 'test-results', 'e2e'), { recursive: true, force: true });
console.log(`› Escenarios de extremo a extremo en VS Code (${files.length}; ${elapsed()})…`);
runOrExit(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files]);
console.log(`✔ escenarios de extremo a extremo en ${elapsed()}; capturas en test-results/e2e/`);
