import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspDriver, ourServerArgs } from './lspDriver';
import { snapshotBuild } from './snapshot';
import { now } from './stats';

/** Resources in the big catalog: the size of the catalog that stalled the server (issue 15). */
export const BIG_RESOURCES = 61_000;
/** Datasets they are spread over, as an institution's export groups them. */
const BIG_DATASETS = 610;
/** Pause between the requests sent while the big file is checked. */
const REQUEST_GAP_MS = 100;

/**
 * A catalog just under the default 5,120 KB limit with 61,000 resources: 610 datasets of 100
 * resources, each resource a download URL and a format written as institutions write them
 * (`CSV`, not a media type), so every resource carries findings, as the real file did.
 */
export function bigCatalogText(): string {
  const lines = ['title: Catálogo de recursos', 'dataset:'];
  for (let d = 0; d < BIG_DATASETS; d++) {
    lines.push(`  - identifier: c${d}`, `    title: Conjunto ${d}`, '    distribution:');
    for (let r = 0; r < BIG_RESOURCES / BIG_DATASETS; r++) lines.push(`      - downloadURL: https://datos.ej.gob.mx/${d}/${r}.csv`, '        format: CSV');
  }
  return lines.join('\n') + '\n';
}

export interface BigInputFigures {
  bytes: number;
  cli: { wallMs: number; peakRssMb: number; outputBytes: number; diagnostics: number };
  server: { checkMs: number; requests: number; worstMs: number; p95Ms: number; diagnostics: number };
}

/**
 * The big catalog checked twice: by `guia check --format json` (time, peak memory, output size),
 * and by the server while a small document open beside it gets hover, completion and outline
 * requests every 100 ms, from the moment the big one is opened until its diagnostics arrive (the
 * slowest answer is what a person typing in the other file would feel).
 */
export async function measureBigInputs(bundles: { server: string; cli: string }, root: string): Promise<BigInputFigures> {
  const folder = path.join(root, 'grande');
  mkdirSync(folder, { recursive: true });
  const text = bigCatalogText();
  const big = path.join(folder, 'catalogo-recursos.yaml');
  writeFileSync(big, text);
  const cli = await measureCliOutput(bundles.cli, big);
  rmSync(big);

  const small = path.join(folder, 'pequeno.dcat.yaml');
  const smallText = 'identifier: pequeno\ntitle: Conjunto pequeño\ndescription: Para preguntar mientras se revisa el grande.\nmodified: 2026-11-01\n';
  writeFileSync(small, smallText);
  const server = new LspDriver(process.execPath, ourServerArgs(bundles.server));
  try {
    await server.initialize(folder, { language: 'es', trusted: true });
    const smallUri = pathToFileURL(small).href;
    const smallDiagnostics = server.nextDiagnostics(smallUri);
    server.open(smallUri, smallText);
    await smallDiagnostics;
    const bigUri = pathToFileURL(big).href;
    let done = false;
    let diagnostics = 0;
    const start = now();
    const published = server.nextDiagnostics(bigUri, 300_000).then((params) => {
      diagnostics = params.diagnostics.length;
      done = true;
    });
    server.open(bigUri, text);
    const latencies: number[] = [];
    const position = { line: 1, character: 2 };
    const requests = [
      () => server.request('textDocument/hover', { textDocument: { uri: smallUri }, position }),
      () => server.request('textDocument/completion', { textDocument: { uri: smallUri }, position: { line: 4, character: 0 } }),
      () => server.request('textDocument/documentSymbol', { textDocument: { uri: smallUri } }),
    ];
    for (let i = 0; !done; i++) {
      const sent = now();
      await requests[i % requests.length]!();
      latencies.push(now() - sent);
      await new Promise((resolve) => setTimeout(resolve, REQUEST_GAP_MS));
    }
    await published;
    const checkMs = now() - start;
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      bytes: Buffer.byteLength(text),
      cli,
      server: { checkMs, requests: latencies.length, worstMs: sorted[sorted.length - 1] ?? 0, p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0, diagnostics },
    };
  } finally {
    await server.shutdown();
  }
}

/** `guia check <file> --format json`: wall time, peak memory (GNU time) and what it wrote. */
async function measureCliOutput(bundle: string, file: string): Promise<BigInputFigures['cli']> {
  const args = [bundle, 'check', file, '--today', '2026-11-27', '--format', 'json'];
  const useTime = existsSync('/usr/bin/time');
  const child = useTime ? spawn('/usr/bin/time', ['-v', process.execPath, ...args]) : spawn(process.execPath, args);
  const start = now();
  let outputBytes = 0;
  let diagnostics = 0;
  let stderr = '';
  // Counted as it streams (an unbounded output could be hundreds of megabytes): one `"range"` per diagnostic.
  let tail = '';
  child.stdout.on('data', (chunk: Buffer) => {
    outputBytes += chunk.length;
    const text = tail + chunk.toString('latin1');
    diagnostics += text.split('"range":').length - 1;
    tail = text.slice(-8);
    if (tail.includes('"range":')) tail = '';
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  const wallMs = now() - start;
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
  return { wallMs, peakRssMb: peakKb / 1024, outputBytes, diagnostics };
}

/** `node --import tsx bench/bigInputs.ts`: this part of the benchmark alone (after `npm run build`). */
if (require.main === module) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'guia-bench-grande-'));
  void measureBigInputs(snapshotBuild(path.join(root, 'guia')), root)
    .then((figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`))
    .finally(() => rmSync(root, { recursive: true, force: true }));
}
