import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseDocument } from 'yaml';

/**
 * The floor: the `yaml` package's `parseDocument` on the whole catalog, nothing else. It runs in a
 * process of its own (this file is also its entry point), which parses once per request, so that a
 * floor figure can be taken right next to each figure it is compared with; the first parse is cold,
 * like a server opening the file.
 */
export class YamlFloor {
  private readonly child: ChildProcess;
  private readonly pending: Array<(ms: number) => void> = [];

  constructor(catalogPath: string) {
    this.child = spawn(process.execPath, ['--import', 'tsx', __filename, catalogPath], { stdio: ['pipe', 'pipe', 'inherit'] });
    createInterface({ input: this.child.stdout! }).on('line', (line) => this.pending.shift()?.(Number(line)));
  }

  /** Milliseconds one `parseDocument` of the catalog took. */
  parse(): Promise<number> {
    return new Promise((resolve) => {
      this.pending.push(resolve);
      this.child.stdin!.write('parse\n');
    });
  }

  close(): void {
    this.child.stdin!.end();
  }
}

function serve(catalogPath: string): void {
  const text = readFileSync(catalogPath, 'utf8');
  createInterface({ input: process.stdin }).on('line', () => {
    const start = performance.now();
    const document = parseDocument(text);
    const ms = performance.now() - start;
    if (document.errors.length > 0) throw new Error('the generated catalog should be valid YAML');
    process.stdout.write(`${ms}\n`);
  });
}

if (require.main === module) serve(process.argv[2]!);
