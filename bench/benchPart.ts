import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatMarkdown, formatTable, type Row } from './report';
import { snapshotBuild, type Bundles } from './snapshot';
import { round } from './stats';

/** What one part of the benchmark measured: its rows and the raw figures behind them. */
export interface PartResult {
  rows: Row[];
  raw: unknown;
}

/**
 * Runs one part of the benchmark on its own (`npm run bench -- --national`, `--catalog`): a private
 * copy of the bundles in a temporary folder, the table printed with the machine and its load, the
 * figures written to `bench-results/<name>-latest.{json,md}`. Exit code 0 when every target is met.
 */
export function runBenchPart(name: string, measure: (bundles: Bundles, root: string, log: (message: string) => void) => Promise<PartResult>): void {
  const run = async (): Promise<number> => {
    const repo = path.resolve(__dirname, '..');
    const root = mkdtempSync(path.join(os.tmpdir(), `guia-bench-${name}-`));
    const loadBefore = os.loadavg()[0]!;
    try {
      const bundles = snapshotBuild(path.join(root, 'guia'));
      const { rows, raw } = await measure(bundles, root, (message) => process.stderr.write(`› ${message}\n`));
      const machine = `${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} núcleos, Node ${process.version}; carga media ${round(loadBefore, 2)} → ${round(os.loadavg()[0]!, 2)}`;
      process.stdout.write(`\n${formatTable(rows)}\n\nMáquina: ${machine}.\n`);
      const results = path.join(repo, 'bench-results');
      mkdirSync(results, { recursive: true });
      writeFileSync(path.join(results, `${name}-latest.json`), JSON.stringify({ date: new Date().toISOString(), machine, rows, raw }, null, 2));
      writeFileSync(path.join(results, `${name}-latest.md`), `${formatMarkdown(rows)}\n\nMáquina: ${machine}.\n`);
      return rows.every((row) => row.pass !== false) ? 0 : 1;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
