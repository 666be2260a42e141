// Makes a fresh clone ready to run: installs the npm dependencies when they are missing or older
// than the lock file. Uses only Node built-ins, since it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function runOrExit(command, args, options = {}) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`✘ ${command} ${args.join(' ')} terminó con código ${status}`);
    process.exit(status);
  }
}

export function ensureDependencies() {
  const marker = path.join(repoRoot, 'node_modules', '.package-lock.json');
  const lock = path.join(repoRoot, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('› Instalando dependencias (npm ci)…');
  runOrExit('npm', ['ci', '--no-audit', '--no-fund']);
}

export function build() {
  runOrExit(process.execPath, ['scripts/build.mjs']);
}
