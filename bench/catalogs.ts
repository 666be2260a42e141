import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { compareOnCatalog } from './catalogComparison';
import type { CatalogRun } from './catalogRows';
import { catalogText, type FlawMix } from './generate';

export const CATALOG_DATASETS = 2_000;

/**
 * The big catalogs compared with yaml-language-server and the bare parse, one after the other:
 * first the one judged, in the realistic flaw mix real imports show (most datasets lack `tools`,
 * `byteSize`, `quality`: findings by the thousand), with the editor aiming at Avanzado so that
 * every finding is published (up to the cap of 1,000 per file); then, shown beside it, the tidy one
 * (one dataset in six with a mistake) at Básico, the case earlier runs measured.
 */
export async function compareCatalogs(serverBundle: string, root: string, seed: number, log: (message: string) => void): Promise<CatalogRun[]> {
  const runs: CatalogRun[] = [];
  const kinds: { flaws: FlawMix; keyPrefix: string; level: 'basico' | 'avanzado'; judged: boolean; says: string }[] = [
    { flaws: 'realistic', keyPrefix: '', level: 'avanzado', judged: true, says: 'con faltas realistas, nivel Avanzado' },
    { flaws: 'few', keyPrefix: 'tidy.', level: 'basico', judged: false, says: 'ordenado, nivel Básico' },
  ];
  for (const kind of kinds) {
    const text = catalogText(CATALOG_DATASETS, seed, kind.flaws);
    const catalogPath = path.join(root, 'fuente', `catalogo-${kind.flaws}.yaml`);
    mkdirSync(path.dirname(catalogPath), { recursive: true });
    writeFileSync(catalogPath, text);
    log(`catálogo grande ${kind.says}: nuestro servidor, yaml-language-server y el suelo (parseDocument), por turnos`);
    const lines = text.split('\n').length - 1;
    const name = `catálogo de ${CATALOG_DATASETS.toLocaleString('en-US')} conjuntos ${kind.says} (${lines.toLocaleString('en-US')} líneas)`;
    runs.push({ keyPrefix: kind.keyPrefix, name, judged: kind.judged, comparison: await compareOnCatalog(serverBundle, root, catalogPath, text, kind.level) });
  }
  return runs;
}
