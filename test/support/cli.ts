import { spawn } from 'node:child_process';
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
export function runCli(args: readonly string[], options: { cwd?: string; uid?: number; gid?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], options);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
