// Launcher library for a locally cached code-server (VS Code served to a browser).
//
// Why code-server: @vscode/test-electron / @vscode/test-web download VS Code builds from
// Microsoft's servers, which is impossible on machines that only reach the npm registry.
// code-server comes from npm and runs the real workbench plus a Node extension host.
// `scripts/codeServer/setup.mjs` installs it; this module only uses Node built-ins (plus
// playwright-core, imported lazily) so it can be imported by tests, scripts and setup.mjs.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, mkdirSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * The pinned code-server releases, each carrying one VS Code (lib/vscode/package.json says which).
 * `current` is the VS Code we develop and run every scenario on; `oldest` is the oldest VS Code
 * that `engines.vscode` in package.json admits, and so must stay in step with it. code-server
 * publishes no 4.91 or 4.92 on npm: 4.90.3 carries VS Code 1.90, older than vscode-languageclient
 * 11's own ^1.91, and the next one, 4.93.1, carries 1.93.1 — hence `engines.vscode` ^1.93.0, the
 * oldest VS Code the extension is tested on. `GUIA_VSCODE_RELEASE=oldest` selects it.
 */
export const CODE_SERVER_RELEASES = {
  current: { codeServer: '4.100.3', vscode: '1.100.3' },
  // Its lib/vscode pins @xterm/xterm 5.6 beta against an addon that peers on ^5.4: npm refuses
  // the tree unless told to accept it (as the release's own build did).
  oldest: { codeServer: '4.93.1', vscode: '1.93.1', legacyPeerDeps: true },
};

function selectedRelease() {
  const name = process.env.GUIA_VSCODE_RELEASE || 'current';
  const release = CODE_SERVER_RELEASES[name];
  if (!release) {
    throw new Error(`GUIA_VSCODE_RELEASE=${name} is not one of ${Object.keys(CODE_SERVER_RELEASES).join(', ')}`);
  }
  return release;
}

export const CODE_SERVER_VERSION = selectedRelease().codeServer;
/** The VS Code version inside CODE_SERVER_VERSION (checked by setup.mjs after installing). */
export const VSCODE_VERSION = selectedRelease().vscode;
/** Whether lib/vscode's own dependencies install only with npm's --legacy-peer-deps. */
export const LEGACY_PEER_DEPS = Boolean(selectedRelease().legacyPeerDeps);

/** Debian's Chromium; override with GUIA_CHROMIUM_PATH (e.g. on a developer machine). */
export const CHROMIUM_PATH = process.env.GUIA_CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags that make headless Chromium quiet and self-contained on a sandbox without internet:
 * no setuid sandbox (we run as root in containers), no GPU, and no background traffic to
 * Google services that would otherwise retry and slow everything down.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Settings every launched instance gets; callers' settings are merged on top. */
export const DEFAULT_SETTINGS = {
  // Otherwise the first screen is the "Do you trust the authors?" dialog.
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
};

/** Cache folder outside the repo (like `.vscode-test/`), reused across runs. */
export function codeServerDir() {
  return process.env.GUIA_CODE_SERVER_DIR ?? path.join(os.homedir(), '.cache', 'guia-datos-abiertos', `code-server-${CODE_SERVER_VERSION}`);
}

/** Written by setup.mjs only after every step succeeded. */
export function markerPath() {
  return path.join(codeServerDir(), '.guia-setup-complete.json');
}

/**
 * What the marker must contain for the install to count as usable by *this* Node: the native
 * modules are compiled against one Node ABI, so a different Node means a rebuild.
 */
export function expectedMarker() {
  return {
    codeServer: CODE_SERVER_VERSION,
    nodeAbi: process.versions.modules,
    platform: process.platform,
    arch: process.arch,
  };
}

export function isInstalled() {
  try {
    const found = JSON.parse(readFileSync(markerPath(), 'utf8'));
    const expected = expectedMarker();
    return Object.keys(expected).every((k) => found[k] === expected[k]);
  } catch {
    return false;
  }
}

function entryPath() {
  return path.join(codeServerDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function assertInstalled() {
  if (!isInstalled()) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed in ${codeServerDir()} ` + `(for this Node ${process.version}). Run: node scripts/codeServer/setup.mjs`);
  }
}

/** Keeps the last lines of a child's output, to explain failures without flooding logs. */
function tailBuffer(maxLines = 80) {
  const lines = [];
  return {
    push(chunk) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      if (lines.length > maxLines) lines.splice(0, lines.length - maxLines);
    },
    text: () => lines.join('\n'),
  };
}

const verbose = () => Boolean(process.env.GUIA_CODE_SERVER_VERBOSE);

/**
 * Installs a packaged extension (.vsix) into `extensionsDir`.
 * `--force` matters: without it, reinstalling a rebuilt vsix with an unchanged version number
 * is a no-op ("already installed") and tests would silently run the stale build.
 * @param {string} vsixPath
 * @param {{ extensionsDir?: string, userDataDir?: string }} [dirs]
 */
export async function installExtension(vsixPath, { extensionsDir, userDataDir } = {}) {
  assertInstalled();
  if (!extensionsDir || !userDataDir) throw new Error('installExtension needs extensionsDir and userDataDir');
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(userDataDir, { recursive: true });
  const args = [entryPath(), '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--disable-telemetry', '--install-extension', path.resolve(vsixPath), '--force'];
  const output = tailBuffer();
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`--install-extension ${vsixPath} failed (exit ${code}):\n${output.text()}`);
  return output.text();
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Every descendant pid of `pid` (Linux /proc); empty elsewhere. */
function descendants(pid) {
  let table;
  try {
    table = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map((name) => {
        try {
          // Field 4 of /proc/PID/stat is the parent pid; the command name (field 2) may contain
          // spaces, so parse after its closing parenthesis.
          const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
          return { pid: Number(name), ppid: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) };
        } catch {
          return null;
        }
      })
      .filter((entry) => entry !== null);
  } catch {
    return [];
  }
  const result = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift();
    for (const p of table) {
      if (p.ppid === parent) {
        result.push(p.pid);
        queue.push(p.pid);
      }
    }
  }
  return result;
}

function killTree(child, signal) {
  // The child is a process-group leader (spawned detached), so one group kill reaches the
  // extension host and other forks. Terminals (node-pty) call setsid() and leave the group,
  // so their pids are collected from /proc first and signalled individually.
  const pids = descendants(child.pid);
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

// Servers still running. They are detached (own process group), so a Ctrl+C aimed at the test
// runner does not reach them: kill them ourselves when this process exits or is interrupted.
const running = new Map(); // child -> temporary folders to delete with it
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function killAllRunning() {
  for (const [child, temporary] of running) {
    killTree(child, 'SIGKILL');
    removeDirs(temporary);
  }
  running.clear();
  untrack();
}

function onSignal(signal) {
  killAllRunning();
  // Listening for a signal cancels Node's default (exit). If nobody else handles it, re-raise
  // it now that our listener is gone, so the process still dies of it as it would have.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function track(child, temporary) {
  if (running.size === 0) {
    process.on('exit', killAllRunning);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  running.set(child, temporary);
}

function removeDirs(dirs) {
  for (const dir of dirs) {
    // Best effort: a process killed a moment ago may still be flushing into it.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      /* leave it */
    }
  }
}

function untrack(child) {
  if (child) running.delete(child);
  if (running.size === 0) {
    process.off('exit', killAllRunning);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
}

function writeSettings(userDataDir, settings) {
  const dir = path.join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
}

/**
 * Starts code-server and resolves once its HTTP server answers.
 *
 * @param {object} options
 * @param {string} [options.folder] folder to open (also reachable at `${url}/?folder=...`)
 * @param {number} [options.port=0] 0 picks a free port
 * @param {string} [options.userDataDir] default: a temporary folder removed by stop()
 * @param {string} [options.extensionsDir] default: a temporary folder removed by stop()
 * @param {object} [options.settings] user settings, merged over DEFAULT_SETTINGS
 * @param {string[]} [options.extraArgs] more code-server command-line arguments
 * @param {number} [options.timeoutMs=60000] how long to wait for the server to answer
 * @returns {Promise<{url: string, port: number, process: import('node:child_process').ChildProcess,
 *   userDataDir: string, extensionsDir: string, output: () => string, stop: () => Promise<void>}>}
 */
export async function startCodeServer({ folder, port = 0, userDataDir, extensionsDir, settings = {}, extraArgs = [], timeoutMs = 60_000 } = {}) {
  assertInstalled();
  const temporary = [];
  const tempDir = (prefix) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };
  userDataDir ??= tempDir('guia-cs-user-');
  extensionsDir ??= tempDir('guia-cs-ext-');
  mkdirSync(extensionsDir, { recursive: true });
  writeSettings(userDataDir, settings);

  if (!port) port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    entryPath(),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    ...extraArgs,
    ...(folder ? [folder] : []),
  ];
  // Run from a VS Code / code-server terminal, VSCODE_IPC_HOOK_CLI would make code-server hand
  // the folder to that outer instance and exit instead of starting a server.
  const env = { ...process.env };
  delete env.VSCODE_IPC_HOOK_CLI;
  const output = tailBuffer(200);
  const child = spawn(process.execPath, args, {
    detached: true, // own process group, so stop() can kill the whole tree
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  track(child, temporary);
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (d) => {
      output.push(d);
      if (verbose()) process.stderr.write(d);
    });
  }
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      untrack(child);
      resolve({ code, signal });
    }),
  );

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        killTree(child, 'SIGTERM');
        const timer = setTimeout(() => killTree(child, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      // Orphans that outlived their parent (e.g. terminals in their own session).
      killTree(child, 'SIGKILL');
      removeDirs(temporary);
    })();
    return stopping;
  };

  try {
    await waitForHttp(`${url}/healthz`, { timeoutMs, exited, output });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, process: child, userDataDir, extensionsDir, output: output.text, stop };
}

/**
 * Polls `url` until it answers 200, the process exits, or `timeoutMs` passes. A short poll
 * interval is not a fixed sleep: we return as soon as the server is up.
 */
async function waitForHttp(url, { timeoutMs, exited, output }) {
  const deadline = Date.now() + timeoutMs;
  let processEnded = null;
  exited.then((result) => {
    processEnded = result;
  });
  while (Date.now() < deadline) {
    if (processEnded) {
      throw new Error(`code-server exited before answering (${JSON.stringify(processEnded)}):\n${output.text()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms:\n${output.text()}`);
}

/**
 * Launches Debian's Chromium through playwright-core (imported lazily, so this module loads
 * where playwright-core is not installed). Extra launch options and args are merged in.
 */
export async function launchChromium({ args = [], ...options } = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Run: node scripts/codeServer/setup.mjs ` + '(or set GUIA_CHROMIUM_PATH)');
  }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (error) {
    throw new Error(`playwright-core is not installed (npm install --save-dev playwright-core): ${error instanceof Error ? error.message : String(error)}`);
  }
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...args],
  });
}
