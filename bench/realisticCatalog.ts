import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compareOnCatalog, type Pair } from './catalogComparison';
import { catalogText } from './generate';
import { snapshotBuild } from './snapshot';

/**
 * `node --import tsx bench/realisticCatalog.ts` (after `node scripts/build.mjs`): the catalog
 * comparison of `npm run bench` (keystroke and open against yaml-language-server and the bare
 * parse) on a 2,000-dataset catalog with the realistic flaw mix (thousands of findings, see
 * `FlawMix`), printing the median ratios taken within each pair.
 */
async function main(): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'guia-bench-realista-'));
  try {
    const bundles = snapshotBuild(path.join(root, 'guia'));
    const text = catalogText(2_000, 2026, 'realistic');
    const catalogPath = path.join(root, 'fuente', 'catalogo-grande.yaml');
    mkdirSync(path.dirname(catalogPath), { recursive: true });
    writeFileSync(catalogPath, text);
    for (const editor of ['editor-guia', 'editor-yamlls']) mkdirSync(path.join(root, editor));
    const loadBefore = os.loadavg()[0]!;
    const comparison = await compareOnCatalog(bundles.server, root, catalogPath, text);
    const ratio = (pairs: readonly Pair[], of: (pair: Pair) => number | undefined): number => median(pairs.flatMap((pair) => (of(pair) === undefined ? [] : [pair.ours / of(pair)!])));
    process.stdout.write(`${JSON.stringify({
      diagnostics: comparison.ours.diagnostics,
      keystrokeMedianMs: median(comparison.ours.changeMs),
      keystrokeCpuMs: comparison.ours.changeCpuMs,
      keystrokeVsYamlLs: ratio(comparison.changePairs, (pair) => pair.peer),
      keystrokeVsParse: ratio(comparison.changePairs, (pair) => pair.floor),
      openMedianMs: median(comparison.ours.openMs),
      openVsParse: ratio(comparison.openPairs, (pair) => pair.floor),
      floorMedianMs: median(comparison.floorMs),
      rssMb: comparison.ours.rssMb,
      load: [loadBefore, os.loadavg()[0]],
    }, null, 2)}\n`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

void main();
