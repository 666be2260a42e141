import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { now } from './stats';

const GNU_TIME = '/usr/bin/time';

export interface CliFigures {
  files: number;
  wallMs: number;
  peakRssMb: number;
  exitCode: number;
}

/**
 * Runs `guia check <folder>` as a user would in a pipeline and measures its wall time and peak
 * resident memory (see `measureRun`).
 */
export async function measureCli(bundle: string, folder: string, files: number): Promise<CliFigures> {
  const { wallMs, peakRssMb, exitCode, stderr } = await measureRun(bundle, ['check', folder, '--today', '2026-11-27', '--format', 'json']);
  // 0 = no errors, 1 = errors found (expected: the workspaces carry mistakes); 2 means it failed.
  if (exitCode !== 0 && exitCode !== 1) throw new Error(`guia check failed (${exitCode}): ${stderr.slice(0, 2000)}`);
  return { files, wallMs, peakRssMb, exitCode };
}

/**
 * Runs the command line with `commandArgs`, its output discarded, and measures its wall time and
 * peak resident memory: from GNU time's report when it is installed (with the processor time), else
 * by sampling the process's high-water mark (`VmHWM`) in /proc while it runs.
 */
export async function measureRun(
  bundle: string,
  commandArgs: readonly string[],
): Promise<{ wallMs: number; cpuMs: number | undefined; peakRssMb: number; exitCode: number; stderr: string }> {
  const args = [bundle, ...commandArgs];
  const useTime = existsSync(GNU_TIME);
  const child = useTime
    ? spawn(GNU_TIME, ['-v', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const start = now();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let sampledKb = 0;
  const sampler = useTime
    ? undefined
    : setInterval(() => {
        try {
          const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
          sampledKb = Math.max(sampledKb, kb);
        } catch {
          // the process has just ended
        }
      }, 10);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const wallMs = now() - start;
  clearInterval(sampler);
  const peakKb = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN) : sampledKb;
  // Processor time (user + system) says what the work cost when other processes share the machine.
  const cpuSeconds = useTime
    ? ['User', 'System'].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN)).reduce((a, b) => a + b, 0)
    : NaN;
  return { wallMs, cpuMs: Number.isNaN(cpuSeconds) ? undefined : cpuSeconds * 1000, peakRssMb: peakKb / 1024, exitCode, stderr };
}
