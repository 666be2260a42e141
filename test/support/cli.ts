import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** The built command line (`npm test` builds `dist/` first). */
export const CLI = path.resolve(__dirname, '../..', 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built command line as a person would, without blocking this process (which may be
 * serving the links it checks). `uid`/`gid` run it as another user, `cwd` from another folder.
 */
export function runCli(args: readonly string[], options: { cwd?: string; uid?: number; gid?: number; cli?: string } = {}): Promise<CliRun> {
  const { cli = CLI, ...spawnOptions } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], spawnOptions);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The command line as another user (`nobody`) can run it, with a folder of its own for the test's
 * files. The repository may be cloned where only its owner can go (a home of mode 700, a
 * `mktemp -d`): then `dist/cli.js` is copied, with the l10n bundles it reads, to a folder every user
 * can reach. Says why not (so the caller skips, printing it) when even that folder, or Node itself,
 * is out of that user's reach.
 */
export function cliForUser(uid: number, gid: number): { cli: string; work: string; dispose: () => void } | { skip: string } {
  const copy = mkdtempSync(path.join(tmpdir(), 'guia-cli-ajeno-'));
  const dispose = (): void => rmSync(copy, { recursive: true, force: true });
  const root = path.resolve(__dirname, '../..');
  mkdirSync(path.join(copy, 'dist'));
  mkdirSync(path.join(copy, 'l10n'));
  mkdirSync(path.join(copy, 'trabajo'));
  copyFileSync(CLI, path.join(copy, 'dist', 'cli.js'));
  for (const bundle of ['bundle.l10n.json', 'bundle.l10n.en.json']) copyFileSync(path.join(root, 'l10n', bundle), path.join(copy, 'l10n', bundle));
  for (const folder of [copy, path.join(copy, 'dist'), path.join(copy, 'l10n'), path.join(copy, 'trabajo')]) chmodSync(folder, 0o755);
  const cli = path.join(copy, 'dist', 'cli.js');
  const work = path.join(copy, 'trabajo');
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(cli)}); require('fs').accessSync(${JSON.stringify(work)})`], {
    uid,
    gid,
    encoding: 'utf8',
  });
  if (probe.status !== 0) {
    dispose();
    return { skip: `the user ${uid} cannot run ${process.execPath} or reach ${copy} (${(probe.error?.message ?? probe.stderr).trim().split('\n')[0]})` };
  }
  return { cli, work, dispose };
}
