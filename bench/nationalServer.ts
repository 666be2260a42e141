import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspDriver, ourServerArgs } from './lspDriver';
import { writeNationalTree } from './national';
import { snapshotBuild } from './snapshot';
import { now } from './stats';

/** Pause between the hovers sent on the open file while the workspace is indexed. */
const REQUEST_GAP_MS = 100;

export interface NationalServerFigures {
  institutions: number;
  /** From `didOpen` of one catalog (sent right after `initialized`) to its first diagnostics. */
  firstDiagnosticsMs: number;
  /** From `initialized` to the end of the indexing progress. */
  indexingMs: number;
  progressReports: number;
  /** Hovers on the open catalog answered while indexing: how many, and the slowest. */
  requests: number;
  worstRequestMs: number;
  /** The server's peak resident memory (`VmHWM`), in MB. */
  peakRssMb: number;
}

/**
 * The server opening a generated national tree (see `writeNationalTree`) as VS Code does, with
 * `window/workDoneProgress`: one institution's catalog is opened right away, and hovered every
 * 100 ms until the indexing progress ends.
 */
export async function measureNationalServer(serverBundle: string, folder: string, institutions: number): Promise<NationalServerFigures> {
  const server = new LspDriver(process.execPath, ourServerArgs(serverBundle));
  try {
    let progressReports = 0;
    let indexed = false;
    const ended = new Promise<void>((resolve) => {
      server.onNotification('$/progress', (params) => {
        const kind = (params as { value: { kind: string } }).value.kind;
        if (kind === 'report') progressReports++;
        if (kind === 'end') {
          indexed = true;
          resolve();
        }
      });
    });
    const start = now();
    await server.initialize(folder, { language: 'es', trusted: true }, { workDoneProgress: true });
    const middle = path.join(folder, `institucion-${String(Math.ceil(institutions / 2)).padStart(3, '0')}`, 'catalogo.yaml');
    const uri = pathToFileURL(middle).href;
    const opened = now();
    const first = server.nextDiagnostics(uri, 300_000).then(() => now() - opened);
    server.open(uri, readFileSync(middle, 'utf8'));
    const latencies: number[] = [];
    while (!indexed) {
      const sent = now();
      await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } });
      latencies.push(now() - sent);
      await new Promise((resolve) => setTimeout(resolve, REQUEST_GAP_MS));
    }
    await ended;
    const indexingMs = now() - start;
    const firstDiagnosticsMs = await first;
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const peakRssMb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
    return { institutions, firstDiagnosticsMs, indexingMs, progressReports, requests: latencies.length, worstRequestMs: Math.max(0, ...latencies), peakRssMb };
  } finally {
    await server.shutdown();
  }
}

/** `node --import tsx bench/nationalServer.ts [institutions]` (after `node scripts/build.mjs`): this measure alone. */
if (require.main === module) {
  const institutions = Number(process.argv[2] ?? 300);
  const root = mkdtempSync(path.join(os.tmpdir(), 'guia-bench-pais-servidor-'));
  const folder = path.join(root, 'pais');
  writeNationalTree(folder, institutions, 20261127);
  void measureNationalServer(snapshotBuild(path.join(root, 'guia')).server, folder, institutions)
    .then((figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`))
    .finally(() => rmSync(root, { recursive: true, force: true }));
}
