import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { middleDateLine, probePositions } from './edits';
import { LspDriver } from './lspDriver';
import { now, percentile, sleep } from './stats';

/** Timed keystrokes per scenario; the median is reported. */
const EDITS = 20;
/** Completion and hover requests per kind. */
const REQUESTS = 200;
/** Pause between keystrokes: someone typing about 8 characters a second. */
export const KEYSTROKE_GAP_MS = 120;

export interface CatalogFigures {
  /** Milliseconds from `didOpen` to the diagnostics, per run (first run in a fresh server). */
  openMs: number[];
  /** Milliseconds from a one-character `didChange` to the diagnostics, per keystroke. */
  changeMs: number[];
  diagnostics: number;
  completion?: LatencyFigures;
  hover?: LatencyFigures;
  rssMb: number;
}

export interface LatencyFigures {
  p50: number;
  p95: number;
  /** Requests whose answer was non-empty, to show the figure measures real work. */
  answered: number;
}

export interface WorkspaceFigures {
  /** Milliseconds from `initialize` until the whole folder is indexed and its diagnostics published. */
  indexMs: number;
  rssMb: number;
  changeMs: number[];
  planDiagnostics: number;
}

function startServer(bundle: string): LspDriver {
  return new LspDriver(process.execPath, [bundle, '--stdio'], () => ({ targetLevel: 'basico', evaluationDate: '2026-11-27' }));
}

/**
 * The big catalog in our server: open it (several times, each under a new name, so no cached
 * result helps), type one character in the middle dataset and delete it again, then ask for
 * completions and hovers all over it. The catalog is not in the workspace folder, so nothing about
 * it is known before it is opened.
 */
export async function measureCatalog(bundle: string, folder: string, text: string, openRuns: number): Promise<CatalogFigures> {
  const server = startServer(bundle);
  try {
    const capabilities = await server.initialize(folder, { language: 'es' });
    await settle(server);
    const openMs: number[] = [];
    for (let run = 0; run <= openRuns; run++) {
      const last = run === openRuns;
      const uri = pathToFileURL(path.join(folder, last ? 'catalogo-grande.yaml' : `catalogo-grande-${run + 1}.yaml`)).href;
      const published = server.nextDiagnostics(uri);
      const start = now();
      server.open(uri, text);
      await published;
      if (!last) {
        openMs.push(now() - start);
        const cleared = server.nextDiagnostics(uri);
        server.close(uri);
        await cleared;
      }
    }
    const uri = pathToFileURL(path.join(folder, 'catalogo-grande.yaml')).href;
    const edit = middleDateLine(text, 'modified');
    const changeMs: number[] = [];
    let diagnostics = 0;
    for (let version = 2; version < 2 + EDITS; version++) {
      const step = edit.next();
      const published = server.nextDiagnostics(uri);
      const start = now();
      server.change(uri, version, step.range, step.text);
      diagnostics = (await published).diagnostics.length;
      changeMs.push(now() - start);
      await sleep(KEYSTROKE_GAP_MS);
    }
    const probes = probePositions(text, REQUESTS);
    const completion = capabilities.completionProvider ? await latency(server, 'textDocument/completion', uri, probes) : undefined;
    const hover = capabilities.hoverProvider ? await latency(server, 'textDocument/hover', uri, probes) : undefined;
    return { openMs, changeMs, diagnostics, completion, hover, rssMb: server.rssMb() };
  } finally {
    await server.shutdown();
  }
}

/**
 * The 1,000-file workspace: index it from disk, then open its plan and type one character in
 * the middle row and delete it again, timing each keystroke to the plan's new diagnostics.
 */
export async function measureWorkspace(bundle: string, folder: string, planPath: string, planText: string): Promise<WorkspaceFigures> {
  const server = startServer(bundle);
  try {
    const planUri = pathToFileURL(planPath).href;
    const indexed = server.nextDiagnostics(planUri, 120_000);
    const start = now();
    await server.initialize(folder, { language: 'es' });
    await indexed;
    const indexMs = now() - start;
    await sleep(500);
    const rssMb = server.rssMb();

    server.open(planUri, planText);
    await settle(server);
    const edit = middleDateLine(planText, 'fechaPublicacion');
    const changeMs: number[] = [];
    let planDiagnostics = 0;
    for (let version = 2; version < 2 + EDITS; version++) {
      const step = edit.next();
      const published = server.nextDiagnostics(planUri);
      const begin = now();
      server.change(planUri, version, step.range, step.text);
      planDiagnostics = (await published).diagnostics.length;
      changeMs.push(now() - begin);
      await sleep(KEYSTROKE_GAP_MS);
    }
    return { indexMs, rssMb, changeMs, planDiagnostics };
  } finally {
    await server.shutdown();
  }
}

async function latency(server: LspDriver, method: string, uri: string, probes: ReturnType<typeof probePositions>): Promise<LatencyFigures> {
  const samples: number[] = [];
  let answered = 0;
  for (const probe of probes) {
    const start = now();
    const result = await server.request<unknown>(method, { textDocument: { uri }, position: { line: probe.line, character: probe.character } });
    samples.push(now() - start);
    if (result && (!Array.isArray(result) || result.length > 0) && !(typeof result === 'object' && 'items' in result && (result as { items: unknown[] }).items.length === 0)) answered++;
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), answered };
}

/** Waits until the server has handled everything sent so far (a request is answered in order). */
async function settle(server: LspDriver): Promise<void> {
  await server.request('guia/coverage', undefined);
}
