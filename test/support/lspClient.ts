import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  ErrorCodes,
  ResponseError,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { CoverageChangedNotification } from '../../server/src/protocol/protocol';

const RECORDED_NOTIFICATIONS = [CoverageChangedNotification.method, 'window/showMessage', 'window/logMessage', '$/progress'];

const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

/**
 * A real LSP client for tests: starts `dist/server.js --stdio` as a child process and speaks the
 * protocol to it. Waits on events (published diagnostics), never on fixed sleeps.
 */
export class TestLspClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every publication, in the order it arrived. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: Array<() => void> = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  /** Every request the server sent, in the order it arrived. */
  readonly requests: Array<{ method: string; params: unknown }> = [];

  /**
   * The `guia` settings the client answers `workspace/configuration` with: the same for every
   * folder, or per folder (`scopeUri` is the folder's URI). Tests may change it, then notify
   * `workspace/didChangeConfiguration`.
   */
  settings: Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown>);

  constructor(settings: TestLspClient['settings'] = {}) {
    this.settings = settings;
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.published.push(params);
      this.wake();
    });
    // ProtocolConnection has no catch-all handler: record the notifications tests wait for.
    for (const method of RECORDED_NOTIFICATIONS) {
      this.connection.onNotification(method, (params: unknown) => {
        this.notifications.push({ method, params });
        this.wake();
      });
    }
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string }> }) => {
      this.requests.push({ method: 'workspace/configuration', params });
      const settings = this.settings;
      return params.items.map((item) => (typeof settings === 'function' ? settings(item.scopeUri) : settings));
    });
    this.connection.onRequest('client/registerCapability', (params: unknown) => {
      this.requests.push({ method: 'client/registerCapability', params });
      return null;
    });
    // Recorded with the notifications, so a test sees the progress token created before its reports.
    this.connection.onRequest('window/workDoneProgress/create', (params: unknown) => {
      this.notifications.push({ method: 'window/workDoneProgress/create', params });
      this.requests.push({ method: 'window/workDoneProgress/create', params });
      return null;
    });
    // Any other request is recorded and answered as a client without it would. (The protocol
    // connection is the JSON-RPC connection, which takes a lone handler for every method without
    // one of its own; the protocol's types do not declare it.)
    (this.connection as unknown as MessageConnection).onRequest((method: string, params: unknown) => {
      this.requests.push({ method, params });
      return new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
    });
    this.connection.listen();
  }

  /**
   * Initializes the server on `folder` (or several: a multi-root workspace) as VS Code does: in
   * Spanish, saying whether the folder is trusted (here: yes); `window` adds window capabilities
   * (e.g. `{ workDoneProgress: true }`).
   */
  async initialize(
    folder: string | string[],
    initializationOptions: Record<string, unknown> = { language: 'es', trusted: true },
    window: Record<string, unknown> = {},
  ): Promise<InitializeResult> {
    const folders = typeof folder === 'string' ? [folder] : folder;
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folders[0]!).href,
      workspaceFolders: folders.map((each) => ({ uri: pathToFileURL(each).href, name: path.basename(each) })),
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
        window,
      },
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'yaml'): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, version: number, text: string): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Resolves with the diagnostics of `uri` once a publication satisfies `accept`. */
  async diagnosticsFor(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    return this.until(
      () => {
        const current = this.diagnostics.get(uri);
        return current && accept(current) ? current : undefined;
      },
      timeoutMs,
      `diagnostics for ${uri}`,
    );
  }

  /** Resolves once a notification of `method` satisfying `accept` has arrived. */
  async notification<T>(method: string, accept: (params: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
    return this.until(() => this.notifications.find((entry) => entry.method === method && accept(entry.params as T))?.params as T | undefined, timeoutMs, method);
  }

  private async until<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  get exitCode(): number | null {
    return this.process.exitCode;
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}
