import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, ServerCapabilities } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../support/lspClient';
import { loadSeeds, type SeedFile } from './corpus';
import type { FuzzFailure } from './coreFuzz';
import { mutate } from './mutators';
import { Random } from '../../bench/random';

export interface ServerFuzzOptions {
  seed: number;
  cases: number;
  /** A request not answered within this time counts as a hang (a safety net, not a benchmark). */
  requestBoundMs: number;
  maxFailures?: number;
}

export interface ServerFuzzResult {
  cases: number;
  requests: number;
  failures: FuzzFailure[];
  /** Requests sent, by method: which features the server advertised and were exercised. */
  methods: Record<string, number>;
  slowestMs: number;
  /** The case whose slowest request took longest, to look into. */
  slowestCase: string;
}

/** A document the fuzzer keeps open in the server, with the text the server should now have. */
interface OpenDocument {
  uri: string;
  version: number;
  text: string;
}

/** LSP requests worth sending at random positions, when the server advertises the capability. */
const POSITIONAL_REQUESTS: Array<[keyof ServerCapabilities, string]> = [
  ['completionProvider', 'textDocument/completion'],
  ['hoverProvider', 'textDocument/hover'],
  ['definitionProvider', 'textDocument/definition'],
  ['referencesProvider', 'textDocument/references'],
  ['documentHighlightProvider', 'textDocument/documentHighlight'],
  ['signatureHelpProvider', 'textDocument/signatureHelp'],
];
const DOCUMENT_REQUESTS: Array<[keyof ServerCapabilities, string]> = [
  ['codeLensProvider', 'textDocument/codeLens'],
  ['documentSymbolProvider', 'textDocument/documentSymbol'],
  ['foldingRangeProvider', 'textDocument/foldingRange'],
  ['documentLinkProvider', 'textDocument/documentLink'],
  ['documentFormattingProvider', 'textDocument/formatting'],
];

/**
 * Drives the real server over stdio: opens, edits (whole and ranged, some out of range) and closes
 * mutated documents, and after each step sends every positional request the server advertises plus
 * the coverage request. Every request must be answered without an internal error within the bound,
 * nothing may be logged as an error, and the server must still be running at the end.
 */
export async function runServerFuzz(options: ServerFuzzOptions): Promise<ServerFuzzResult> {
  const seeds = loadSeeds();
  const folder = mkdtempSync(path.join(tmpdir(), 'guia-fuzz-'));
  // A workspace on disk for the start-up scan, so cross-file rules have something to cross.
  for (const seed of seeds.filter((candidate) => candidate.name.startsWith('completo/'))) {
    mkdirSync(path.dirname(path.join(folder, seed.name)), { recursive: true });
    writeFileSync(path.join(folder, seed.name), seed.text);
  }
  // The client answers configuration requests with this object: changing it changes the settings.
  const settings: Record<string, unknown> = { evaluationDate: '2026-11-27' };
  const client = new TestLspClient(settings);
  const failures: FuzzFailure[] = [];
  const methods: Record<string, number> = {};
  let requests = 0;
  let slowestMs = 0;
  let slowestCase = '';
  let ran = 0;
  try {
    const initialized = await withBound(client.initialize(folder), options.requestBoundMs * 4, 'initialize');
    const capabilities = initialized.capabilities;
    const positional = POSITIONAL_REQUESTS.filter(([capability]) => capabilities[capability]).map(([, method]) => method);
    const whole = DOCUMENT_REQUESTS.filter(([capability]) => capabilities[capability]).map(([, method]) => method);
    const open = new Map<string, OpenDocument>();

    for (let i = 0; i < options.cases && failures.length < (options.maxFailures ?? 10); i++) {
      const random = Random.forCase(options.seed, i);
      const seed = random.pick(seeds);
      const { text, mutations } = mutate(seed, random, seeds);
      const uri = documentUri(folder, seed, random);
      const problems: string[] = [];
      const step = random.chance(0.03)
        ? changeSettings(client, settings, random)
        : random.chance(0.03)
          ? changeWatchedFiles(client, folder, random)
          : editDocument(client, open, uri, text, random);
      const send = async (method: string, params: unknown): Promise<void> => {
        requests++;
        methods[method] = (methods[method] ?? 0) + 1;
        const started = performance.now();
        try {
          await withBound(client.connection.sendRequest(method, params), options.requestBoundMs, method);
        } catch (error) {
          problems.push(`${method} after ${step}: ${error instanceof Error ? error.message : String(error)}`);
        }
        const elapsed = performance.now() - started;
        if (elapsed > slowestMs) {
          slowestMs = elapsed;
          slowestCase = `case ${i} (${seed.name}: ${[...mutations, step].join(', ')}) ${method}`;
        }
      };
      const document = open.get(uri);
      if (document) {
        for (const method of positional) {
          if (!random.chance(0.5)) continue;
          // Each request with the fields the protocol requires of it: the content is what is fuzzed.
          const context = method === 'textDocument/references' ? { context: { includeDeclaration: random.chance(0.5) } } : {};
          await send(method, { textDocument: { uri }, position: randomPosition(document.text, random), ...context });
        }
        for (const method of whole) if (random.chance(0.3)) await send(method, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
        if (capabilities.codeActionProvider && random.chance(0.5)) {
          const published = await client.diagnosticsFor(uri, () => true, 0).catch((): Diagnostic[] => []);
          const range = { start: randomPosition(document.text, random), end: randomPosition(document.text, random) };
          await send('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: published.slice(0, 5) } });
        }
      }
      // Answered only after every earlier message, so its time bounds the validations they caused.
      if (random.chance(0.3)) await new Promise((resolve) => setTimeout(resolve, 60));
      await send('guia/coverage', undefined);
      problems.push(...loggedErrors(client));
      if (client.exitCode !== null) problems.push(`the server exited with code ${client.exitCode}`);
      ran++;
      if (problems.length > 0) failures.push({ index: i, seedFile: `${seed.name} → ${uri}`, mutations: [...mutations, step], text, problems });
      if (client.exitCode !== null) break;
    }
  } finally {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  }
  return { cases: ran, requests, failures, methods, slowestMs, slowestCase };
}

/** The URIs documents are opened under: the seed's own name (ours by glob), or odd ones. */
function documentUri(folder: string, seed: SeedFile, random: Random): string {
  const roll = random.next();
  if (roll < 0.8) return pathToFileURL(path.join(folder, 'abiertos', path.basename(seed.name))).href;
  if (roll < 0.85) return 'untitled:Untitled-1';
  if (roll < 0.9) return pathToFileURL(path.join(folder, 'con espacios y ñ', `x%20${path.basename(seed.name)}`)).href;
  if (roll < 0.95) return pathToFileURL(path.join(folder, 'completo', 'datos', 'rezago-social.dcat.yaml')).href;
  return pathToFileURL(path.join(tmpdir(), 'fuera-del-espacio', path.basename(seed.name))).href;
}

/** Opens, replaces, edits a range of, or closes a document; returns what it did. */
function editDocument(client: TestLspClient, open: Map<string, OpenDocument>, uri: string, text: string, random: Random): string {
  const document = open.get(uri);
  if (!document) {
    open.set(uri, { uri, version: 1, text });
    client.open(uri, text, uri.endsWith('.json') ? 'json' : 'yaml');
    return 'didOpen';
  }
  const roll = random.next();
  if (roll < 0.1) {
    open.delete(uri);
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return 'didClose';
  }
  document.version++;
  if (roll < 0.5) {
    document.text = text;
    client.change(uri, document.version, text);
    return 'didChange(whole)';
  }
  // A ranged edit, sometimes reaching past the end of the document, as a buggy client might send.
  const start = randomPosition(document.text, random, 0.2);
  const end = random.chance(0.5) ? start : randomPosition(document.text, random, 0.2);
  const [from, to] = start.line < end.line || (start.line === end.line && start.character <= end.character) ? [start, end] : [end, start];
  const insert = text.slice(0, random.int(200));
  void client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: document.version },
    contentChanges: [{ range: { start: from, end: to }, text: insert }],
  });
  document.text = applyEdit(document.text, from, to, insert);
  return 'didChange(range)';
}

/** Settings of every type, valid or not, as a user's settings.json may hold them. */
const SETTING_VALUES: Record<string, unknown[]> = {
  targetLevel: ['basico', 'intermedio', 'avanzado', 'experto', 3, null],
  showAboveTarget: [true, false, 'sí'],
  metadataFiles: [['**/*.dcat.yaml'], [], ['**/*'], '**/*.json', [3], ['{a,b']],
  planFiles: [['**/plan-de-apertura*.yaml'], [], ['**/*.yaml'], null],
  evaluationDate: ['2026-11-27', '', '2026-02-30', 'mañana', 20261127],
  maxFileSizeKB: [5120, 1, 0, -5, 'mucho', 1e12],
  dataMappings: [{}, { 'https://datos.coneval.gob.mx/': 'datos/' }, { 'no-url': 'x' }, ['x'], null],
};

function changeSettings(client: TestLspClient, settings: Record<string, unknown>, random: Random): string {
  const key = random.pick(Object.keys(SETTING_VALUES));
  settings[key] = random.pick(SETTING_VALUES[key]!);
  void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  return `didChangeConfiguration(${key}=${JSON.stringify(settings[key])})`;
}

/** Change events for files that exist, were deleted, are folders or devices, or are not files at all. */
function changeWatchedFiles(client: TestLspClient, folder: string, random: Random): string {
  const uris = [
    pathToFileURL(path.join(folder, 'completo', 'plan-de-apertura.yaml')).href,
    pathToFileURL(path.join(folder, 'no-existe.dcat.yaml')).href,
    pathToFileURL(path.join(folder, 'completo')).href,
    'file:///dev/null',
    'untitled:Untitled-1',
    'file://servidor/recurso/x.dcat.yaml',
    'no es una uri',
  ];
  const changes = Array.from({ length: random.between(1, 3) }, () => ({ uri: random.pick(uris), type: random.between(1, 3) }));
  void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  return `didChangeWatchedFiles(${changes.map((change) => change.uri).join(' ')})`;
}

/** A position in the text, or now and then beyond it. */
function randomPosition(text: string, random: Random, outside = 0.1): { line: number; character: number } {
  const lines = text.split(/\r\n|\r|\n/);
  if (random.chance(outside)) return { line: random.int(lines.length + 50), character: random.int(1000) };
  const line = random.int(lines.length);
  return { line, character: random.int(lines[line]!.length + 1) };
}

/** The edit as vscode-languageserver-textdocument applies it: positions clamped into the text. */
function applyEdit(text: string, from: { line: number; character: number }, to: { line: number; character: number }, insert: string): string {
  const offsetOf = (position: { line: number; character: number }): number => {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (code === 13 || code === 10) starts.push(i + 1);
    }
    if (position.line >= starts.length) return text.length;
    if (position.line < 0) return 0;
    const next = position.line + 1 < starts.length ? starts[position.line + 1]! : text.length;
    return Math.max(Math.min(starts[position.line]! + position.character, next), starts[position.line]!);
  };
  return text.slice(0, offsetOf(from)) + insert + text.slice(offsetOf(to));
}

/** Errors the server logged or showed since the last call: each is an exception it caught. */
function loggedErrors(client: TestLspClient): string[] {
  const errors: string[] = [];
  for (const entry of client.notifications.splice(0)) {
    const params = entry.params as { type?: number; message?: string } | undefined;
    if ((entry.method === 'window/logMessage' || entry.method === 'window/showMessage') && params?.type === 1) errors.push(`${entry.method}: ${params.message}`);
  }
  return errors;
}

async function withBound<T>(promise: Promise<T>, boundMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${boundMs} ms`)), boundMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
