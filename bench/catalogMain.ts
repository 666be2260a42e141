import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { catalogRows } from './catalogRows';
import { compareCatalogs } from './catalogs';
import { formatMarkdown, formatTable } from './report';
import { snapshotBuild } from './snapshot';
import { round } from './stats';

/**
 * `npm run bench -- --catalog`: only the big catalogs (realistic and tidy) in our server, in
 * yaml-language-server and through the bare parse, for a quick look without the other runs.
 */
async function main(): Promise<number> {
  const repo = path.resolve(__dirname, '..');
  const root = mkdtempSync(path.join(os.tmpdir(), 'guia-bench-catalogo-'));
  const loadBefore = os.loadavg()[0]!;
  try {
    const bundles = snapshotBuild(path.join(root, 'guia'));
    for (const editor of ['editor-guia', 'editor-yamlls']) mkdirSync(path.join(root, editor));
    const catalogs = await compareCatalogs(bundles.server, root, 2026, (message) => process.stderr.write(`› ${message}\n`));
    const rows = catalogs.flatMap(catalogRows);
    const machine = `${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} núcleos, Node ${process.version}; carga media ${round(loadBefore, 2)} → ${round(os.loadavg()[0]!, 2)}`;
    process.stdout.write(`\n${formatTable(rows)}\n\nMáquina: ${machine}.\n`);
    const results = path.join(repo, 'bench-results');
    mkdirSync(results, { recursive: true });
    writeFileSync(path.join(results, 'catalog-latest.json'), JSON.stringify({ date: new Date().toISOString(), machine, rows, raw: catalogs }, null, 2));
    writeFileSync(path.join(results, 'catalog-latest.md'), `${formatMarkdown(rows)}\n\nMáquina: ${machine}.\n`);
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
