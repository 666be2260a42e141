// `npm run test:integration`: mocha suites inside VS Code's extension host, through the VS Code
// API (@vscode/test-electron, the ecosystem's convention), on a fresh copy of examples/.
//
// Where the suites run, in order:
//  1. GUIA_VSCODE_EXECUTABLE (path to a desktop VS Code binary);
//  2. a desktop VS Code downloaded into .vscode-test/ (needs update.code.visualstudio.com);
//  3. the cached code-server (VS Code 1.100 with the same Node extension host), when installed
//     (`npm run test:e2e` installs it) — machines without internet;
//  4. nowhere: the command says so, exits 0 and claims nothing.
// `--code-server` skips 1 and 2.
//
// Headless Linux: a desktop run is wrapped in xvfb-run when there is no DISPLAY and xvfb-run exists.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { build, ensureDependencies, repoRoot } from './bootstrap.mjs';
import { CHROMIUM_PATH, isInstalled } from './codeServer/launch.mjs';
import { runInCodeServer } from './integration/codeServerHost.mjs';

const EVALUATION_DATE = '2026-11-27';
const SETTINGS = {
  'guia.evaluationDate': EVALUATION_DATE,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.startupEditor': 'none',
};
const forceCodeServer = process.argv.includes('--code-server');
const outDir = path.join(repoRoot, '.tsbuild', 'integration');

function skip(reason) {
  console.log('\n⚠ PRUEBAS DE INTEGRACIÓN OMITIDAS (integration tests SKIPPED, nothing was tested):');
  console.log(`  ${reason}`);
  console.log('  Para correrlas: GUIA_VSCODE_EXECUTABLE=/ruta/a/code npm run test:integration,');
  console.log('  o en una máquina con acceso a update.code.visualstudio.com (se descarga VS Code).');
  console.log('  Las mismas conductas se prueban en VS Code (code-server) con: npm run test:e2e\n');
  process.exit(0);
}

/** Linux without a display: re-run this script under a virtual X server. */
function rerunUnderXvfbIfNeeded() {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.GUIA_UNDER_XVFB) return;
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
  if (!xvfb) {
    console.log('› No hay DISPLAY ni xvfb-run: VS Code necesitará una pantalla (apt-get install xvfb).');
    return;
  }
  const result = spawnSync(xvfb, ['-a', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, GUIA_UNDER_XVFB: '1' },
  });
  process.exit(result.status ?? 1);
}

/**
 * A VS Code desktop binary: from the environment, or downloaded (cached in .vscode-test/).
 * Returns `{ reason }` when there is none.
 */
async function vscodeExecutable() {
  const fromEnv = process.env.GUIA_VSCODE_EXECUTABLE;
  if (fromEnv) {
    // Set but wrong is a configuration error, not a reason to skip quietly.
    if (!existsSync(fromEnv)) {
      console.error(`✘ GUIA_VSCODE_EXECUTABLE=${fromEnv} no existe`);
      process.exit(1);
    }
    return fromEnv;
  }
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  try {
    return await downloadAndUnzipVSCode({ version: 'stable', cachePath: path.join(repoRoot, '.vscode-test'), timeout: 20_000 });
  } catch (error) {
    return { reason: `GUIA_VSCODE_EXECUTABLE no está definida y la descarga de VS Code falló (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})` };
  }
}

/** Bundles test/integration/*.ts (mocha + the vscode API stay external) for the extension host. */
async function bundleTests() {
  const esbuild = await import('esbuild');
  const source = path.join(repoRoot, 'test', 'integration');
  const entries = readdirSync(source)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(source, file));
  rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

/** A fresh copy of the examples and a user-data folder with the fixed evaluation date. */
function prepareWorkspace() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'guia-integration-'));
  const workspace = path.join(root, 'examples');
  cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
  const userDataDir = path.join(root, 'user-data');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  return { root, workspace, userDataDir };
}

async function runInDesktop(executable, workspace, userDataDir) {
  const { runTests } = await import('@vscode/test-electron');
  console.log(`› Pruebas de integración en VS Code de escritorio: ${executable}`);
  try {
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(outDir, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${userDataDir}`, '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'],
    });
  } catch (error) {
    console.error(`✘ las pruebas de integración fallaron: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

async function runInCodeServerHost(workspace) {
  console.log('› Pruebas de integración en el host de extensiones de code-server (VS Code 1.100)…');
  const { failures, outcomes } = await runInCodeServer({
    workspace,
    developmentPath: repoRoot,
    testsEntry: path.join(outDir, 'index.js'),
    settings: SETTINGS,
  });
  for (const outcome of outcomes) {
    console.log(`${outcome.state === 'passed' ? '✔' : '✖'} ${outcome.title}`);
    if (outcome.error)
      console.log(
        outcome.error
          .split('\n')
          .map((line) => `    ${line}`)
          .join('\n'),
      );
  }
  const passed = outcomes.filter((outcome) => outcome.state === 'passed').length;
  console.log(`ℹ integración (code-server): ${outcomes.length} pruebas, ${passed} pasan, ${failures} fallan`);
  // A run that found no tests proves nothing.
  return failures > 0 || outcomes.length === 0 ? 1 : 0;
}

ensureDependencies();
let executable;
if (!forceCodeServer) {
  executable = await vscodeExecutable();
  if (typeof executable === 'string') rerunUnderXvfbIfNeeded(); // after the download, so other paths need no X server
}
const codeServerReady = isInstalled() && existsSync(CHROMIUM_PATH);
if (typeof executable !== 'string' && !codeServerReady) {
  skip(`no hay un VS Code donde correrlas: ${executable?.reason ?? '--code-server pedido'}, y code-server no está instalado (npm run test:e2e lo instala).`);
}
build();
await bundleTests();
const { root, workspace, userDataDir } = prepareWorkspace();
let status = 1;
try {
  status = typeof executable === 'string' ? await runInDesktop(executable, workspace, userDataDir) : await runInCodeServerHost(workspace);
} catch (error) {
  console.error(`✘ ${error instanceof Error ? error.message : error}`);
  status = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exit(status);
