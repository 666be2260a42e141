import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

/**
 * The floor: the `yaml` package's `parseDocument` on the whole catalog, nothing else. Runs in a
 * fresh process (this file is also its entry point) so that, like a server opening the file, the
 * first parse starts cold; `runs` parses are timed.
 */
export function measureYamlFloor(catalogPath: string, runs: number): number[] {
  const result = spawnSync(process.execPath, ['--import', 'tsx', __filename, catalogPath, String(runs)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`yaml floor failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as number[];
}

function main(catalogPath: string, runs: number): void {
  const text = readFileSync(catalogPath, 'utf8');
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const document = parseDocument(text);
    samples.push(performance.now() - start);
    if (document.errors.length > 0) throw new Error('the generated catalog should be valid YAML');
  }
  process.stdout.write(JSON.stringify(samples));
}

if (require.main === module) main(process.argv[2]!, Number(process.argv[3]));
