#!/usr/bin/env node
// Installs code-server (the real VS Code workbench served to a browser) into a cache folder
// outside the repo, so UI tests can run where VS Code desktop builds cannot be downloaded.
//
//   node scripts/codeServer/setup.mjs                              (VS Code 1.100, every scenario)
//   GUIA_VSCODE_RELEASE=oldest node scripts/codeServer/setup.mjs   (the oldest VS Code we claim)
//
// code-server's normal `npm install` fails without internet: its post-install step downloads
// ripgrep from GitHub. So we install with --ignore-scripts and do the post-install work by hand
// (see /work/shared/VSCODE-ON-THIS-MACHINE.md): build the native modules with node-gyp against
// the local Node headers, use Debian's ripgrep, and rebuild argon2.
//
// Idempotent: each step leaves a stamp when it succeeds, so an interrupted install resumes; a
// final marker (checked by launch.mjs#isInstalled) makes a rerun return almost instantly.
// GUIA_CODE_SERVER_DIR overrides the cache folder.

import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, readdirSync, lstatSync, symlinkSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { CODE_SERVER_VERSION, VSCODE_VERSION, LEGACY_PEER_DEPS, CHROMIUM_PATH, codeServerDir, markerPath, expectedMarker, isInstalled } from './launch.mjs';

const RG_PATH = '/usr/bin/rg';
/** Native modules of the VS Code server that the recipe builds (relative to lib/vscode). */
const NATIVE_MODULES = ['node_modules/@vscode/spdlog', 'node_modules/node-pty', 'node_modules/native-watchdog', 'node_modules/@parcel/watcher', 'node_modules/@vscode/deviceid'];

const started = Date.now();
const log = (message) => console.log(`[code-server setup ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

class SetupError extends Error {}

/** Children in flight, so an interrupted setup does not leave a compiler running behind it. */
const children = new Set();
/** The lock folder this process holds, if any (see withLock). */
let lockToRelease;

/**
 * Runs a command, streaming nothing unless it fails (then its output tail is shown).
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 */
function run(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group: node-gyp -> make -> g++ can be stopped together
    });
    children.add(child);
    child.on('exit', () => children.delete(child));
    let output = '';
    const collect = (d) => {
      output += d;
      if (output.length > 200_000) output = output.slice(-100_000);
      if (process.env.GUIA_CODE_SERVER_VERBOSE) process.stderr.write(d);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => reject(new SetupError(`cannot run ${command}: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(output);
      else {
        const tail = output.trim().split('\n').slice(-40).join('\n');
        reject(new SetupError(`${command} ${args.join(' ')} failed in ${cwd ?? process.cwd()} ` + `(${signal ?? `exit ${code}`}):\n${tail}`));
      }
    });
  });
}

// --- step bookkeeping ------------------------------------------------------------------------

const root = codeServerDir();
const stampsDir = path.join(root, '.guia-setup-steps');
// Native builds depend on the Node ABI; other steps only on the code-server version.
const stampKey = (native) => JSON.stringify(native ? expectedMarker() : { codeServer: CODE_SERVER_VERSION });

async function step(name, { native = false }, action) {
  const stamp = path.join(stampsDir, name.replace(/[^\w.-]+/g, '_'));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === stampKey(native)) {
    log(`${name}: already done`);
    return;
  }
  const t0 = Date.now();
  log(`${name}...`);
  await action();
  mkdirSync(stampsDir, { recursive: true });
  writeFileSync(stamp, stampKey(native));
  log(`${name}: done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

// --- locating tools --------------------------------------------------------------------------

/**
 * node-gyp ships inside npm; running it directly avoids fetching it from the registry.
 * @returns {[command: string, args: string[]]}
 */
function nodeGypCommand() {
  const candidates = [
    process.env.npm_config_node_gyp, // set when running under `npm run`
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  try {
    const prefix = execFileSync('npm', ['prefix', '-g'], { encoding: 'utf8' }).trim();
    candidates.push(path.join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  } catch {
    /* npm missing from PATH: fall back to npx below */
  }
  const script = candidates.find((c) => c && existsSync(c));
  return script ? [process.execPath, [script]] : ['npx', ['--yes', 'node-gyp']];
}

/**
 * node-gyp normally downloads Node's headers from nodejs.org (unreachable here). Debian-style
 * installs ship them in <prefix>/include/node, and npm may already point at them (nodedir).
 */
function nodeHeadersDir() {
  const candidates = [process.env.npm_config_nodedir];
  try {
    candidates.push(execFileSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8' }).trim());
  } catch {
    /* ignore */
  }
  candidates.push(path.resolve(path.dirname(process.execPath), '..'));
  for (const dir of candidates) {
    if (!dir || dir === 'undefined' || dir === 'null') continue;
    const versionHeader = path.join(dir, 'include', 'node', 'node_version.h');
    if (!existsSync(versionHeader)) continue;
    // Headers from another Node version would build modules that fail to load.
    const text = readFileSync(versionHeader, 'utf8');
    const part = (name) => text.match(new RegExp(`#define NODE_${name}_VERSION (\\d+)`))?.[1];
    if (`v${part('MAJOR')}.${part('MINOR')}.${part('PATCH')}` === process.version) return dir;
  }
  return undefined; // let node-gyp download them (works only with internet)
}

// --- steps -----------------------------------------------------------------------------------

async function systemPackages() {
  /** @type {[file: string, pkg: string][]} */
  const required = [
    [CHROMIUM_PATH, 'chromium'],
    [RG_PATH, 'ripgrep'],
  ];
  const missing = required.filter(([file]) => !existsSync(file));
  if (missing.length === 0) return;
  const packages = missing.map(([, pkg]) => pkg);
  const isRoot = process.getuid?.() === 0;
  if (process.platform !== 'linux' || !isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new SetupError(
      `missing ${missing.map(([file]) => file).join(' and ')}; install first, e.g. ` + `\`sudo apt-get install -y ${packages.join(' ')}\` (Debian/Ubuntu), then rerun this script.`,
    );
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  log(`apt-get install ${packages.join(' ')}...`);
  await run('apt-get', ['update'], { env });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env });
  for (const [file] of missing) {
    if (!existsSync(file)) throw new SetupError(`apt-get installed ${packages.join(' ')} but ${file} is still missing`);
  }
}

async function install() {
  await systemPackages();
  mkdirSync(root, { recursive: true });
  // Own package.json so npm installs here instead of walking up to an enclosing project.
  writeFileSync(
    path.join(root, 'package.json'),
    JSON.stringify(
      {
        name: 'guia-code-server-cache',
        private: true,
        description: 'Cached code-server for UI tests (written by scripts/codeServer/setup.mjs)',
        dependencies: { 'code-server': CODE_SERVER_VERSION },
      },
      null,
      2,
    ),
  );

  const topModules = path.join(root, 'node_modules');
  const vscodeDir = path.join(topModules, 'code-server', 'lib', 'vscode');
  const npmFlags = ['--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];

  await step('npm install code-server', {}, async () => {
    await run('npm', ['install', ...npmFlags], { cwd: root });
    const installed = JSON.parse(readFileSync(path.join(topModules, 'code-server', 'package.json'), 'utf8')).version;
    if (installed !== CODE_SERVER_VERSION) throw new SetupError(`npm installed code-server ${installed}, expected ${CODE_SERVER_VERSION}`);
    // The release is pinned for the VS Code it carries: say so if the pin and the package disagree.
    const vscode = JSON.parse(readFileSync(path.join(vscodeDir, 'package.json'), 'utf8')).version;
    if (vscode !== VSCODE_VERSION) throw new SetupError(`code-server ${installed} carries VS Code ${vscode}, expected ${VSCODE_VERSION}`);
  });

  const peerFlags = LEGACY_PEER_DEPS ? ['--legacy-peer-deps'] : [];
  await step('npm install (lib/vscode)', {}, () => run('npm', ['install', '--omit=dev', ...peerFlags, ...npmFlags], { cwd: vscodeDir }));

  const [gyp, gypArgs] = nodeGypCommand();
  const nodedir = nodeHeadersDir();
  log(`node-gyp: ${[gyp, ...gypArgs].join(' ')}; Node headers: ${nodedir ?? '(node-gyp will download them)'}`);
  for (const module of NATIVE_MODULES) {
    await step(`node-gyp ${module.replace('node_modules/', '')}`, { native: true }, async () => {
      const cwd = path.join(vscodeDir, module);
      if (!existsSync(path.join(cwd, 'binding.gyp'))) throw new SetupError(`${cwd}/binding.gyp not found`);
      const args = [...gypArgs, 'rebuild', '--jobs=max', ...(nodedir ? [`--nodedir=${nodedir}`] : [])];
      await run(gyp, args, { cwd });
      const release = path.join(cwd, 'build', 'Release');
      if (!existsSync(release) || !readdirSync(release).some((f) => f.endsWith('.node'))) {
        throw new SetupError(`node-gyp produced no .node file in ${release}`);
      }
    });
  }

  // VS Code's server resolves some modules through node_modules.asar (Electron packaging);
  // code-server ships without it, so point it at the plain folder.
  await step('link node_modules.asar', {}, async () => {
    const link = path.join(vscodeDir, 'node_modules.asar');
    if (isSymlinkTo(link, 'node_modules')) return;
    rmSync(link, { recursive: true, force: true });
    symlinkSync('node_modules', link, 'dir');
  });

  // Search (Ctrl+Shift+F, quick open) spawns @vscode/ripgrep's binary, which the skipped
  // post-install would have downloaded from GitHub; Debian's rg works the same.
  await step('ripgrep binary', {}, async () => {
    const binDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    const link = path.join(binDir, 'rg');
    mkdirSync(binDir, { recursive: true });
    if (isSymlinkTo(link, RG_PATH)) return;
    rmSync(link, { force: true });
    symlinkSync(RG_PATH, link);
  });

  // argon2 (password hashing in code-server's own server) has a native part too.
  await step('npm rebuild argon2', { native: true }, () => run('npm', ['rebuild', 'argon2', '--loglevel=error'], { cwd: root }));

  // Last, and only after everything above succeeded.
  writeFileSync(markerPath(), JSON.stringify({ ...expectedMarker(), installedAt: new Date().toISOString() }, null, 2));
}

function isSymlinkTo(file, target) {
  try {
    return lstatSync(file).isSymbolicLink() && readlinkSync(file) === target;
  } catch {
    return false;
  }
}

// --- main ------------------------------------------------------------------------------------

/** Serializes concurrent setups (e.g. parallel test workers) with an exclusive lock folder. */
async function withLock(action) {
  const lock = path.join(path.dirname(root), `.${path.basename(root)}.lock`);
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 30 * 60_000;
  let waiting = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      lockToRelease = lock;
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      const owner = Number(readFileSafe(path.join(lock, 'pid')));
      if (owner && !isAlive(owner)) {
        // stale lock from a killed run
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new SetupError(`another setup (pid ${owner}) holds ${lock}`);
      if (!waiting) log(`waiting for another setup (pid ${owner || '?'}) to finish...`);
      waiting = true;
      await new Promise((resolve) => setTimeout(resolve, 2_000)); // poll interval, not a fixed wait
    }
  }
  try {
    return await action();
  } finally {
    rmSync(lock, { recursive: true, force: true });
    lockToRelease = undefined;
  }
}

function readFileSafe(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

// On Ctrl+C / kill: stop the children's process groups, release the lock (the `finally` in
// withLock does not run on a signal), and exit without writing any stamp for the current step.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    if (lockToRelease) rmSync(lockToRelease, { recursive: true, force: true });
    console.error(`[code-server setup] interrupted (${signal}); rerun to resume`);
    process.exit(1);
  });
}

const ready = () => isInstalled() && existsSync(CHROMIUM_PATH) && existsSync(RG_PATH);

try {
  if (ready()) {
    log(`code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) already installed in ${root}`);
  } else {
    await withLock(async () => {
      if (ready()) return; // another process finished it while we waited
      log(`installing code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) into ${root}`);
      rmSync(markerPath(), { force: true });
      await install();
    });
    log(`code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) ready in ${root}`);
  }
} catch (error) {
  console.error(`[code-server setup] FAILED: ${error instanceof SetupError ? error.message : error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
}
