import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  RevealOutputChannelOn,
  State,
  type BaseLanguageClient,
  type LanguageClientOptions,
  type RequestParam,
  type RequestType,
} from 'vscode-languageclient';
import { t, useLanguage, type Language } from '../../server/src/core/l10n';
import type { TimelineReport } from '../../server/src/core/report/timeline';
import type { RequirementCatalog } from '../../server/src/core/catalog/requirements';
import {
  CoverageChangedNotification,
  CoverageRequest,
  TimelineRequest,
  type CoverageReport,
  type GuideInitializationOptions,
  type GuideInitializeResult,
} from '../../server/src/protocol/protocol';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_SECTION, type GuideSettings } from '../../server/src/protocol/settings';
import { resolveLanguage } from './l10n/language';
import type { ClientHost } from './server/clientHost';
import { RestartPolicy } from './server/restartPolicy';
import { safeGlobs } from '../../server/src/core/files/globSafety';

/** What the UI shows about the server. */
export type ServerState = 'starting' | 'running' | 'stopped';

/**
 * Owns the language client: starts, stops and restarts it (on demand, on a crash within bounds, on
 * a change of language or workspace trust), and relays the server's coverage to the UI. The one
 * place that knows whether the server is up.
 */
export class GuideContext implements vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  private client: BaseLanguageClient | undefined;
  private coverageReport: CoverageReport | undefined;
  private requirementCatalog: RequirementCatalog | undefined;
  private serverState: ServerState = 'stopped';
  private currentLanguage: Language = 'es';
  private bundle: Record<string, string> | undefined;
  private readonly restarts = new RestartPolicy();
  private readonly disposables: vscode.Disposable[] = [];
  /** What lives as long as one client: its file watcher. */
  private clientDisposables: vscode.Disposable[] = [];
  private readonly coverageEmitter = new vscode.EventEmitter<CoverageReport | undefined>();
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  private readonly languageEmitter = new vscode.EventEmitter<Language>();

  /** The coverage report changed (undefined while no server answers). */
  readonly onDidChangeCoverage = this.coverageEmitter.event;
  readonly onDidChangeServerState = this.stateEmitter.event;
  /** The language of messages changed: views re-render. */
  readonly onDidChangeLanguage = this.languageEmitter.event;

  constructor(
    readonly extension: vscode.ExtensionContext,
    private readonly host: ClientHost,
  ) {
    this.applyLanguage();
    this.log = vscode.window.createOutputChannel(t('Guía de Datos Abiertos'), { log: true });
    this.disposables.push(
      this.log,
      this.coverageEmitter,
      this.stateEmitter,
      this.languageEmitter,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SETTINGS_SECTION}.language`) && this.applyLanguage()) {
          this.languageEmitter.fire(this.currentLanguage);
          void this.restart();
        } else if (event.affectsConfiguration(`${SETTINGS_SECTION}.metadataFiles`) || event.affectsConfiguration(`${SETTINGS_SECTION}.planFiles`)) {
          // The file watcher is made from these globs when the client starts.
          void this.restart();
        }
      }),
      // Restricted mode keeps the server from the network; once trusted it may check links.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.restart()),
    );
  }

  get language(): Language {
    return this.currentLanguage;
  }

  /** Whether the extension runs in a browser (vscode.dev, github.dev): no import, export or link check there. */
  get inBrowser(): boolean {
    return this.host.inBrowser;
  }

  get coverage(): CoverageReport | undefined {
    return this.coverageReport;
  }

  /**
   * The requirement catalog the server gave when it started (`GuideInitializeResult`), kept while
   * it is down; undefined before it first started. Every coverage report comes after it.
   */
  get catalog(): RequirementCatalog | undefined {
    return this.requirementCatalog;
  }

  get state(): ServerState {
    return this.serverState;
  }

  /** The running client, for commands that talk to the server; undefined while it is down. */
  get languageClient(): BaseLanguageClient | undefined {
    return this.client?.isRunning() ? this.client : undefined;
  }

  settings(scope?: vscode.Uri): GuideSettings {
    return normalizeSettings(vscode.workspace.getConfiguration(SETTINGS_SECTION, scope));
  }

  /** Starts the server; a start that fails is reported once and leaves the state `stopped`. */
  async start(): Promise<void> {
    if (this.client) return;
    const client = this.createClient();
    this.client = client;
    this.setState('starting');
    try {
      await client.start();
    } catch (error) {
      this.log.error(`start failed: ${String(error)}`);
      this.setState('stopped');
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    for (const disposable of this.clientDisposables.splice(0)) disposable.dispose();
    if (!client) return;
    try {
      if (client.needsStop()) await client.stop();
      await client.dispose();
    } catch (error) {
      this.log.warn(`stop: ${String(error)}`);
    }
    this.setCoverage(undefined);
    this.setState('stopped');
  }

  /** Stops and starts the server with the current language and trust; counts of crashes start again. */
  async restart(): Promise<void> {
    this.restarts.reset();
    await this.stop();
    await this.start();
  }

  /** The current coverage: the last one notified, or asked for when none arrived yet. */
  async requestCoverage(): Promise<CoverageReport | undefined> {
    // Not stored: the notifications are the one source of the status bar and the board views.
    return this.coverageReport ?? (await this.send(CoverageRequest.method, (client) => client.sendRequest(CoverageRequest.type)));
  }

  /** The timeline of the institution starting at `root` (as the server lists it), by default the one the coverage is about. */
  async requestTimeline(root?: string): Promise<TimelineReport | undefined> {
    return this.request(TimelineRequest.type, root === undefined ? {} : { root });
  }

  /** A request to the running server; undefined while it is down, or when the request fails (logged). */
  async request<P, R>(type: RequestType<P, R, void>, params: RequestParam<P>): Promise<R | undefined> {
    return this.send(type.method, (client) => client.sendRequest(type, params));
  }

  private async send<R>(method: string, send: (client: BaseLanguageClient) => Promise<R>): Promise<R | undefined> {
    const client = this.languageClient;
    if (!client) return undefined;
    try {
      return await send(client);
    } catch (error) {
      this.log.warn(`${method}: ${String(error)}`);
      return undefined;
    }
  }

  /** Resolves once the server is no longer starting (running, or stopped). */
  async started(): Promise<void> {
    if (this.serverState !== 'starting') return;
    await new Promise<void>((resolve) => {
      const listener = this.onDidChangeServerState((state) => {
        if (state === 'starting') return;
        listener.dispose();
        resolve();
      });
    });
  }

  /** Path of a file shipped with the extension. */
  asAbsolutePath(relative: string): string {
    return this.extension.asAbsolutePath(relative);
  }

  dispose(): void {
    for (const disposable of this.clientDisposables.splice(0)) disposable.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  /** Loads our bundle for the chosen language into `@vscode/l10n`; returns whether it changed. */
  private applyLanguage(): boolean {
    const language = resolveLanguage(this.settings().language, vscode.env.language);
    const changed = language !== this.currentLanguage;
    this.currentLanguage = language;
    this.bundle = this.host.readL10nBundle(language);
    useLanguage(language, this.bundle);
    return changed;
  }

  private createClient(): BaseLanguageClient {
    // Each folder may have its own patterns (the server reads them per folder): watch them all.
    const folderSettings = (vscode.workspace.workspaceFolders ?? []).map((folder) => this.settings(folder.uri));
    const globs = [this.settings(), ...folderSettings].flatMap((settings) => [...settings.metadataFiles, ...settings.planFiles]);
    // A pattern that could stall matching (see globSafety.ts) is left out here as in the server.
    const patterns = safeGlobs([...new Set([...DEFAULT_SETTINGS.metadataFiles, ...DEFAULT_SETTINGS.planFiles, ...globs])]).usable;
    const initializationOptions = (): GuideInitializationOptions => ({
      language: this.currentLanguage,
      ...(this.bundle ? { l10nBundle: this.bundle } : {}),
      trusted: vscode.workspace.isTrusted,
      ...this.host.extraInitializationOptions(),
    });
    // Data files too: a CSV that a resource points at is checked again when it changes on disk.
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${[...patterns.map((glob) => glob.replace(/^\*\*\//, '')), '*.csv', '*.tsv', '*.psv'].join(',')}}`);
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.host.documentSelector,
      synchronize: { fileEvents: watcher },
      initializationOptions,
      outputChannel: this.log,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      errorHandler: {
        error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
        closed: () => this.serverClosed(),
      },
      initializationFailedHandler: (error) => {
        this.log.error(`initialize failed: ${String(error)}`);
        void this.tellUser('error', t('No se pudo iniciar el servidor de la Guía. El registro del servidor tiene los detalles.'));
        return false;
      },
    };
    const client = this.host.createClient('guiaDatosAbiertos', t('Guía de Datos Abiertos'), clientOptions);
    client.onNotification(CoverageChangedNotification.type, (report) => this.setCoverage(report));
    client.onDidChangeState(({ newState }) => {
      if (this.client !== client) return;
      // The coverage arrives by notification once the server has indexed the workspace; asking
      // for it as soon as the server runs would show an empty board for a moment.
      if (newState === State.Running) {
        this.requirementCatalog = (client.initializeResult as GuideInitializeResult | undefined)?.catalog ?? this.requirementCatalog;
        this.setState('running');
      } else if (newState === State.Starting) {
        this.setCoverage(undefined);
        this.setState('starting');
      } else {
        this.setCoverage(undefined);
        this.setState('stopped');
      }
    });
    this.clientDisposables.push(watcher);
    return client;
  }

  /** The server process ended without being asked to: restart within bounds, tell the user once. */
  private serverClosed(): { action: CloseAction; handled: boolean } {
    const decision = this.restarts.onCrash(Date.now());
    if (decision.restart) {
      this.log.warn('the server stopped unexpectedly; restarting it');
      if (decision.first)
        void this.tellUser('warning', t('El servidor de la Guía se detuvo inesperadamente y se reinició. Si vuelve a pasar, el registro del servidor tiene los detalles.'));
      return { action: CloseAction.Restart, handled: true };
    }
    this.log.error(`the server stopped ${this.restarts.maxRestarts + 1} times in a few minutes; not restarting it`);
    void this.tellUser(
      'error',
      t('El servidor de la Guía se detuvo varias veces seguidas y ya no se reiniciará solo. Reinícialo cuando quieras con «Guía: Reiniciar el servidor».'),
      true,
    );
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  private async tellUser(kind: 'warning' | 'error', message: string, offerRestart = false): Promise<void> {
    const showLog = t('Ver el registro');
    const restart = t('Reiniciar el servidor');
    const actions = offerRestart ? [restart, showLog] : [showLog];
    const choice = kind === 'error' ? await vscode.window.showErrorMessage(message, ...actions) : await vscode.window.showWarningMessage(message, ...actions);
    if (choice === showLog) this.log.show(true);
    if (choice === restart) await this.restart();
  }

  private setCoverage(report: CoverageReport | undefined): void {
    this.coverageReport = report;
    this.coverageEmitter.fire(report);
  }

  private setState(state: ServerState): void {
    if (state === this.serverState) return;
    this.serverState = state;
    void vscode.commands.executeCommand('setContext', 'guia.serverState', state);
    this.stateEmitter.fire(state);
  }
}
