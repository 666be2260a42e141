import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { measureNational, nationalRows } from './national';
import { formatMarkdown, formatTable } from './report';
import { snapshotBuild } from './snapshot';
import { round } from './stats';

/**
 * `npm run bench -- --national`: only the national board part of the benchmark (generated trees of
 * 30, 100 and 300 institutions, `guia tablero` on each), for a quick look without the server runs.
 */
async function main(): Promise<number> {
  const repo = path.resolve(__dirname, '..');
  const root = mkdtempSync(path.join(os.tmpdir(), 'guia-bench-pais-'));
  const loadBefore = os.loadavg()[0]!;
  try {
    const bundles = snapshotBuild(path.join(root, 'guia'));
    const runs = await measureNational(bundles.cli, root, 2026, (message) => process.stderr.write(`› ${message}\n`));
    const rows = nationalRows(runs);
    const machine = `${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} núcleos, Node ${process.version}; carga media ${round(loadBefore, 2)} → ${round(os.loadavg()[0]!, 2)}`;
    process.stdout.write(`\n${formatTable(rows)}\n\nMáquina: ${machine}.\n`);
    const results = path.join(repo, 'bench-results');
    mkdirSync(results, { recursive: true });
    writeFileSync(path.join(results, 'national-latest.json'), JSON.stringify({ date: new Date().toISOString(), machine, rows, raw: runs }, null, 2));
    writeFileSync(path.join(results, 'national-latest.md'), `${formatMarkdown(rows)}\n\nMáquina: ${machine}.\n`);
    return rows.every((row) => row.pass !== false) ? 0 : 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
