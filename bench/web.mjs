// `npm run bench -- --web`: how soon a person sees the Guide at work in a browser. The packaged
// .vsix in code-server (the real VS Code workbench) opened on a fresh copy of examples/, with the
// extension in the web-worker extension host (its `browser` entry, as on vscode.dev) and, for the
// ratio, in the Node extension host (the desktop's `main`), alternating, a fresh code-server, user
// folder and browser context (no cache) for every load. Times are read in the page, where a person
// sees them, from the workbench's own status bar:
// - activation: our status item appears (activate() creates it before it starts the server);
// - first diagnostics: the Problems count of the status bar leaves 0;
// - all diagnostics: it reaches the count it keeps once the workspace is quiet;
// - coverage: our item shows the coverage (`Guía: Intermedio 8/8 · CONEVAL`).
// Then the web bundles' sizes (raw, gzip, brotli). Prints numbers; asserts nothing.
// `--runs N` (5 by default) loads per host.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { repoRoot } from '../scripts/bootstrap.mjs';
import { CODE_SERVER_VERSION, installExtension, launchChromium, startCodeServer, VSCODE_VERSION } from '../scripts/codeServer/launch.mjs';

const EXTENSION_ID = 'datos-abiertos-mx.guia-datos-abiertos';
/** Once the coverage shows, the Problems count must hold this long to count as final. */
const QUIET_MS = 3_000;
const TIMEOUT_MS = 120_000;
const HOSTS = /** @type {const} */ (['web', 'node']);

const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 5;
const vsix = process.env.GUIA_BENCH_VSIX ?? path.join(repoRoot, 'dist', 'guia-datos-abiertos.vsix');

/**
 * Runs in the page before the workbench loads: notes, in ms since navigation, when the status bar
 * shows what the benchmark measures. A MutationObserver on the status bar sees each change as it
 * is made, with no polling interval to round it.
 */
function recordStatusBar() {
  if (window.top !== window) return;
  /** @type {{ statusBar?: number, activated?: number, coverage?: number, problems: Array<[number, number]> }} */
  const marks = { problems: [] };
  Object.assign(window, { guiaBenchMarks: marks });
  const look = () => {
    const bar = document.getElementById('workbench.parts.statusbar');
    if (!bar) return undefined;
    marks.statusBar ??= performance.now();
    const ours = bar.querySelector('.statusbar-item[id^="datos-abiertos-mx.guia-datos-abiertos" i]');
    if (ours) {
      marks.activated ??= performance.now();
      if (/\d+\/\d+/.test(ours.textContent ?? '')) marks.coverage ??= performance.now();
    }
    const problems = bar.querySelector('[id="status.problems"]');
    if (problems) {
      const count = [...(problems.textContent ?? '').matchAll(/\d+/g)].reduce((sum, [digits]) => sum + Number(digits), 0);
      const last = marks.problems.at(-1);
      if (!last || last[1] !== count) marks.problems.push([performance.now(), count]);
    }
    return bar;
  };
  const wait = setInterval(() => {
    const bar = look();
    if (!bar) return;
    clearInterval(wait);
    new MutationObserver(look).observe(bar, { subtree: true, childList: true, characterData: true, attributes: true });
  }, 10);
}

/** One load of the examples with the extension in `host`; the marks, in ms since navigation. */
async function measure(browser, extensionsDir, host) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'guia-bench-web-'));
  const folder = path.join(scratch, 'examples');
  cpSync(path.join(repoRoot, 'examples'), folder, { recursive: true });
  const settings = { 'guia.evaluationDate': '2026-11-27', 'guia.language': 'es', ...(host === 'web' ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {}) };
  const server = await startCodeServer({ folder, userDataDir: path.join(scratch, 'user'), extensionsDir, settings, extraArgs: ['--config', path.join(scratch, 'config.yaml')] });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordStatusBar);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      const marks = await page.evaluate(() => /** @type {any} */ (window).guiaBenchMarks);
      const last = marks.problems.at(-1);
      const now = await page.evaluate(() => performance.now());
      if (marks.coverage !== undefined && last && last[1] > 0 && now - Math.max(last[0], marks.coverage) >= QUIET_MS) return summarize(marks);
      if (Date.now() > deadline) throw new Error(`${host}: no coverage and quiet Problems count within ${TIMEOUT_MS / 1000} s: ${JSON.stringify(marks)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await context.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  }
}

function summarize(marks) {
  const finalCount = marks.problems.at(-1)[1];
  const first = marks.problems.find(([, count]) => count > 0);
  const all = marks.problems.find(([, count]) => count === finalCount);
  return {
    statusBar: marks.statusBar,
    activated: marks.activated,
    firstDiagnostics: first[0] - marks.activated,
    allDiagnostics: all[0] - marks.activated,
    coverage: marks.coverage - marks.activated,
    problems: finalCount,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

function bundleSizes(installed) {
  const files = ['dist/web/extension.js', 'dist/web/server.js', 'dist/extension.js', 'dist/server.js'];
  console.log('\nPaquetes de la .vsix (bytes en disco; gzip -9 y brotli, lo que viaja por la red):');
  for (const file of files) {
    const bytes = readFileSync(path.join(installed, file));
    console.log(
      `  ${file.padEnd(22)} ${kb(bytes.length).padStart(7)}  gzip ${kb(gzipSync(bytes, { level: 9 }).length).padStart(6)}  brotli ${kb(brotliCompressSync(bytes).length).padStart(6)}`,
    );
  }
}

const [loadBefore] = os.loadavg();
console.log(`Navegador: la .vsix en code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) con Chromium sin ventana, ${RUNS} cargas por anfitrión alternadas.`);
const extensionsDir = mkdtempSync(path.join(os.tmpdir(), 'guia-bench-ext-'));
const installScratch = mkdtempSync(path.join(os.tmpdir(), 'guia-bench-install-'));
await installExtension(vsix, { extensionsDir, userDataDir: installScratch });
const browser = await launchChromium();
/** @typedef {ReturnType<typeof summarize>} Summary */
/** @type {Record<(typeof HOSTS)[number], Summary[]>} */
const results = { web: [], node: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    for (const host of run % 2 ? [...HOSTS].reverse() : HOSTS) {
      const result = await measure(browser, extensionsDir, host);
      results[host].push(result);
      console.log(
        `  ${host.padEnd(4)} #${run + 1}: página → activación ${ms(result.activated)}, → primer diagnóstico ${ms(result.firstDiagnostics)}, → todos (${result.problems}) ${ms(result.allDiagnostics)}, → cobertura ${ms(result.coverage)}`,
      );
    }
  }
} finally {
  await browser.close();
}

/** @type {Array<[string, (result: Summary) => number]>} */
const rows = [
  ['página → barra de estado del workbench', (r) => r.statusBar],
  ['página → activación de la extensión', (r) => r.activated],
  ['activación → primer diagnóstico', (r) => r.firstDiagnostics],
  ['activación → todos los diagnósticos', (r) => r.allDiagnostics],
  ['activación → cobertura en la barra', (r) => r.coverage],
];
console.log(`\nMediana de ${RUNS} [mín–máx]      web worker (navegador)        Node (escritorio)     web ÷ Node`);
for (const [label, pick] of rows) {
  const cell = (/** @type {number[]} */ values) => `${ms(median(values)).padStart(9)} [${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}]`;
  const web = results.web.map(pick);
  const node = results.node.map(pick);
  console.log(`  ${label.padEnd(40)} ${cell(web).padEnd(28)} ${cell(node).padEnd(24)} ${(median(web) / median(node)).toFixed(2)}×`);
}
const installed = path.join(extensionsDir, readdirSync(extensionsDir).find((name) => name.startsWith(`${EXTENSION_ID}-`)) ?? '');
bundleSizes(installed);
const [loadAfter] = os.loadavg();
console.log(
  `\nMáquina: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} núcleos, Node ${process.version}; carga media (1 min) ${loadBefore?.toFixed(2)} → ${loadAfter?.toFixed(2)}.`,
);
rmSync(extensionsDir, { recursive: true, force: true });
rmSync(installScratch, { recursive: true, force: true });
