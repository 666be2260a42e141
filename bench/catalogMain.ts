import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { runBenchPart } from './benchPart';
import { catalogRows } from './catalogRows';
import { compareCatalogs } from './catalogs';

/**
 * `npm run bench -- --catalog`: only the big catalogs (realistic and tidy) in our server, in
 * yaml-language-server and through the bare parse, for a quick look without the other runs.
 */
runBenchPart('catalog', async (bundles, root, log) => {
  for (const editor of ['editor-guia', 'editor-yamlls']) mkdirSync(path.join(root, editor));
  const catalogs = await compareCatalogs(bundles.server, root, 2026, log);
  return { rows: catalogs.flatMap(catalogRows), raw: catalogs };
});
