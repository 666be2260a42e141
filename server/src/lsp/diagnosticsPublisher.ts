import type { Connection } from 'vscode-languageserver/node';
import { CoverageChangedNotification } from '../protocol/protocol';
import type { GuideWorkspace } from './guideWorkspace';
import { guarded } from './guard';

/** Milliseconds to wait after a keystroke before re-checking, per document. */
export const DEFAULT_DEBOUNCE_MS = 50;

/**
 * Re-checks documents as they change (debounced per document) and publishes only what changed:
 * diagnostics of files whose findings differ, and the coverage report when it differs.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly published = new Map<string, string>();
  private lastCoverage = '';

  constructor(
    private readonly connection: Connection,
    private readonly workspace: GuideWorkspace,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
  ) {}

  documentChanged(uri: string, text: string, delay = this.debounceMs): void {
    clearTimeout(this.timers.get(uri));
    const run = guarded(this.connection, 'revisión de un documento', (): void => {
      this.timers.delete(uri);
      const ours = this.workspace.updateOpen(uri, text);
      if (ours || this.published.has(uri)) this.publishAll();
    });
    if (delay <= 0) run();
    else this.timers.set(uri, setTimeout(run, delay));
  }

  publishAll(): void {
    const { report, coverage } = this.workspace.evaluate();
    const current = new Set<string>();
    for (const file of report.files) {
      current.add(file.id);
      const serialized = JSON.stringify(file.diagnostics);
      if (this.published.get(file.id) === serialized) continue;
      this.published.set(file.id, serialized);
      void this.connection.sendDiagnostics({ uri: file.id, diagnostics: file.diagnostics });
    }
    // Files no longer ours (deleted, renamed, out of the globs) lose their diagnostics.
    for (const uri of [...this.published.keys()]) {
      if (current.has(uri)) continue;
      this.published.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    const serializedCoverage = JSON.stringify(coverage);
    if (serializedCoverage !== this.lastCoverage) {
      this.lastCoverage = serializedCoverage;
      void this.connection.sendNotification(CoverageChangedNotification.type, coverage);
    }
  }
}
