import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { middleDateLine, probePositions, type ToggleEdit } from './edits';
import { LspDriver, ourServerArgs } from './lspDriver';
import { now, percentile, sleep } from './stats';

/** Timed keystrokes when editing the plan; the median is reported. */
const EDITS = 20;
/** Completion and hover requests per kind. */
const REQUESTS = 200;
/** Pause between keystrokes: someone typing about 8 characters a second. */
export const KEYSTROKE_GAP_MS = 120;

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
  /** The server's processor time per keystroke, on average. */
  changeCpuMs: number;
  planDiagnostics: number;
}

/** A level the benchmark's editor aims at (`guia.targetLevel`). */
export type BenchLevel = 'basico' | 'intermedio' | 'avanzado';

function startServer(bundle: string, targetLevel: BenchLevel = 'basico'): LspDriver {
  return new LspDriver(process.execPath, ourServerArgs(bundle), () => ({ targetLevel, evaluationDate: '2026-11-27' }));
}

/**
 * Our server with the big catalog, driven step by step so that each figure can be taken right next
 * to the ones it is compared with. The catalog is not in the workspace folder, so nothing about it
 * is known before it is opened.
 */
export class CatalogSession {
  private readonly uri: string;
  private readonly edit: ToggleEdit;
  private version = 1;
  diagnostics = 0;
  /** The server's processor time spent over the keystrokes, in ms. */
  keystrokeCpuMs = 0;

  private constructor(
    private readonly server: LspDriver,
    private readonly folder: string,
    private readonly text: string,
    private readonly capabilities: Record<string, unknown>,
  ) {
    this.uri = pathToFileURL(path.join(folder, 'catalogo-grande.yaml')).href;
    this.edit = middleDateLine(text, 'modified');
  }

  /** `targetLevel`: above it findings stay out of the diagnostics (Avanzado publishes them all). */
  static async start(bundle: string, folder: string, text: string, targetLevel: BenchLevel = 'basico'): Promise<CatalogSession> {
    const server = startServer(bundle, targetLevel);
    const capabilities = await server.initialize(folder, { language: 'es' });
    await settle(server);
    return new CatalogSession(server, folder, text, capabilities);
  }

  /** Milliseconds from opening the catalog under a new name to its diagnostics; then closes it. */
  async openAs(name: string): Promise<number> {
    const uri = pathToFileURL(path.join(this.folder, name)).href;
    const published = this.server.nextDiagnostics(uri);
    const start = now();
    this.server.open(uri, this.text);
    await published;
    const ms = now() - start;
    const cleared = this.server.nextDiagnostics(uri);
    this.server.close(uri);
    await cleared;
    return ms;
  }

  /** Opens the catalog for the keystrokes that follow. */
  async openForEditing(): Promise<void> {
    const published = this.server.nextDiagnostics(this.uri);
    this.server.open(this.uri, this.text);
    await published;
  }

  /** Milliseconds from one keystroke in the middle dataset to the new diagnostics (then a typist's pause). */
  async keystroke(): Promise<number> {
    const step = this.edit.next();
    const published = this.server.nextDiagnostics(this.uri);
    const cpuBefore = this.server.cpuMs();
    const start = now();
    this.server.change(this.uri, ++this.version, step.range, step.text);
    this.diagnostics = (await published).diagnostics.length;
    const ms = now() - start;
    await sleep(KEYSTROKE_GAP_MS);
    this.keystrokeCpuMs += this.server.cpuMs() - cpuBefore;
    return ms;
  }

  /** Completion or hover latency over requests spread across the catalog; undefined if not offered. */
  async latency(method: 'textDocument/completion' | 'textDocument/hover'): Promise<LatencyFigures | undefined> {
    const capability = method === 'textDocument/completion' ? 'completionProvider' : 'hoverProvider';
    if (!this.capabilities[capability]) return undefined;
    return latency(this.server, method, this.uri, probePositions(this.text, REQUESTS));
  }

  rssMb(): number {
    return this.server.rssMb();
  }

  shutdown(): Promise<void> {
    return this.server.shutdown();
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
    const cpuBefore = server.cpuMs();
    for (let version = 2; version < 2 + EDITS; version++) {
      const step = edit.next();
      const published = server.nextDiagnostics(planUri);
      const begin = now();
      server.change(planUri, version, step.range, step.text);
      planDiagnostics = (await published).diagnostics.length;
      changeMs.push(now() - begin);
      await sleep(KEYSTROKE_GAP_MS);
    }
    return { indexMs, rssMb, changeMs, changeCpuMs: (server.cpuMs() - cpuBefore) / EDITS, planDiagnostics };
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
    if (result && (!Array.isArray(result) || result.length > 0) && !(typeof result === 'object' && 'items' in result && (result as { items: unknown[] }).items.length === 0))
      answered++;
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), answered };
}

/** Waits until the server has handled everything sent so far (a request is answered in order). */
async function settle(server: LspDriver): Promise<void> {
  await server.request('guia/coverage', undefined);
}
