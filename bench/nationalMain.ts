import { runBenchPart } from './benchPart';
import { measureNational, nationalRows } from './national';

/**
 * `npm run bench -- --national`: only the national board part of the benchmark (generated trees of
 * 30, 100 and 300 institutions, `guia tablero` on each), for a quick look without the server runs.
 */
runBenchPart('national', async (bundles, root, log) => {
  const runs = await measureNational(bundles.cli, root, 2026, log);
  return { rows: nationalRows(runs), raw: runs };
});
