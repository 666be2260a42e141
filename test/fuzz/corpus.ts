import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import type { FileRole } from '../../server/src/core/files/fileKinds';
import { parseYaml } from '../../server/src/core/parse/yamlParser';
import { toPlainValue } from '../../server/src/core/parse/sourceTree';

/** A valid or flawed file the fuzzer starts from; `name` decides the parser (`.json` or YAML). */
export interface SeedFile {
  name: string;
  role: FileRole;
  text: string;
}

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

/**
 * The seeds: every plan, dataset and catalog of `examples/`, plus generated variants of them that
 * the examples lack (a JSON catalog built from the YAML datasets, a YAML catalog, flow-style YAML,
 * a single JSON dataset), so each parser and each file kind gets valid input to start mutating.
 */
export function loadSeeds(): SeedFile[] {
  const seeds: SeedFile[] = [];
  for (const relative of readdirSync(EXAMPLES, { recursive: true }).map(String).sort()) {
    if (!/\.(ya?ml|json)$/i.test(relative)) continue;
    const text = readFileSync(path.join(EXAMPLES, relative), 'utf8');
    seeds.push({ name: relative.split(path.sep).join('/'), role: /plan/.test(relative) ? 'plan' : 'metadata', text });
  }
  const datasets = seeds.filter((seed) => seed.name.endsWith('.dcat.yaml')).map((seed) => toPlainValue(parseYaml(seed.text).root!));
  const plan = seeds.find((seed) => seed.name.startsWith('completo/') && seed.role === 'plan')!;
  const catalog = { title: 'Catálogo generado', homepage: 'https://www.ejemplo.gob.mx', dataset: datasets };
  seeds.push(
    { name: 'generado/catalogo.json', role: 'metadata', text: JSON.stringify(catalog, null, 2) + '\n' },
    { name: 'generado/catalogo-compacto.json', role: 'metadata', text: JSON.stringify(catalog) },
    { name: 'generado/catalogo.yaml', role: 'metadata', text: stringify(catalog) },
    { name: 'generado/flujo.dcat.yaml', role: 'metadata', text: stringify(datasets[0], { collectionStyle: 'flow' }) },
    { name: 'generado/uno.dcat.json', role: 'metadata', text: JSON.stringify(datasets[0], null, '\t') + '\n' },
    { name: 'generado/plan-flujo.plan.yaml', role: 'plan', text: stringify(toPlainValue(parseYaml(plan.text).root!), { collectionStyle: 'flow' }) },
  );
  return seeds;
}
