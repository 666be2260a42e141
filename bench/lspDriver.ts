import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_OPTIONS } from '../server/src/protocol/serverProcess';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';

/**
 * The arguments that start our server bundle as the client does (its V8 options), plus
 * `BENCH_SERVER_NODE_ARGS` (e.g. `--cpu-prof --cpu-prof-dir=…` to profile it).
 */
export function ourServerArgs(bundle: string): string[] {
  const extra = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  return [...SERVER_NODE_OPTIONS, ...extra, bundle, '--stdio'];
}

/** Answers the server's `workspace/configuration` requests: the settings of one section. */
export type ConfigurationProvider = (section: string | undefined) => unknown;

/**
 * A minimal LSP client that times a language server over stdio, the way an editor talks to it.
 * Any server works (ours, yaml-language-server): it answers the usual server-to-client requests and
 * resolves a waiter when the next diagnostics of a document arrive.
 */
export class LspDriver {
  private readonly process: ChildProcess;
  private readonly connection: ProtocolConnection;
  private readonly diagnosticWaiters = new Map<string, Array<(params: PublishDiagnosticsParams) => void>>();
  private exited = false;

  constructor(command: string, args: readonly string[], configuration: ConfigurationProvider = () => ({})) {
    this.process = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    this.process.on('exit', () => {
      this.exited = true;
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const waiters = this.diagnosticWaiters.get(params.uri);
      this.diagnosticWaiters.delete(params.uri);
      for (const waiter of waiters ?? []) waiter(params);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map((item) => configuration(item.section)));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onUnhandledNotification(() => undefined);
    this.connection.listen();
  }

  get pid(): number {
    return this.process.pid!;
  }

  /**
   * Starts the LSP session; returns the capabilities the server declares. `window` adds window
   * capabilities (e.g. `{ workDoneProgress: true }`, as VS Code says).
   */
  async initialize(folder: string, initializationOptions: unknown = undefined, window: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const uri = pathToFileURL(folder).href;
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true },
          synchronization: { dynamicRegistration: true, didSave: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        window,
      },
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result.capabilities;
  }

  /** A promise for the next diagnostics published for `uri`. Call it before sending the edit. */
  nextDiagnostics(uri: string, timeoutMs = 60_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      const waiters = this.diagnosticWaiters.get(uri) ?? [];
      waiters.push((params) => {
        clearTimeout(timer);
        resolve(params);
      });
      this.diagnosticWaiters.set(uri, waiters);
    });
  }

  open(uri: string, text: string, version = 1): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  /** An incremental change, as editors send it on a keystroke. */
  change(uri: string, version: number, range: LspRange, text: string): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** Calls `listener` with each notification of `method` the server sends (e.g. `$/progress`). */
  onNotification(method: string, listener: (params: unknown) => void): void {
    this.connection.onNotification(method, listener);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** The server's resident memory now, in MB (Linux `/proc`). */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  }

  /**
   * The server's processor time so far, in ms (user + system, from `/proc`, in 10 ms ticks): on a
   * busy machine, time spent working as opposed to waiting for a processor.
   */
  cpuMs(): number {
    // Fields after the command name (which may hold spaces) start at the state; utime, stime are 14th, 15th.
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  async shutdown(): Promise<void> {
    if (!this.exited) {
      try {
        await withTimeout(this.connection.sendRequest('shutdown'), 5_000);
        await this.connection.sendNotification('exit');
      } catch {
        // a server that does not answer is killed below
      }
    }
    // Give it a moment to exit on its own (and flush, e.g. a --cpu-prof profile) before killing it.
    if (!this.exited) await withTimeout(new Promise((resolve) => this.process.once('exit', resolve)), 5_000).catch(() => undefined);
    this.connection.dispose();
    if (!this.exited) this.process.kill();
  }
}

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}
