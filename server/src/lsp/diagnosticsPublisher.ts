import type { Connection } from 'vscode-languageserver/node';
import type { GuideDiagnostic } from '../core/check/diagnostics';
import { CoverageChangedNotification } from '../protocol/protocol';
import { guarded } from './guard';
import type { GuideWorkspace } from './guideWorkspace';

/**
 * Milliseconds to wait after a keystroke before re-checking, per document. Re-checking costs a few
 * milliseconds (only what changed is re-read), so the wait only needs to gather a burst of changes
 * (a paste, a multi-cursor edit, an undo) into one check, which arrive within a few milliseconds of
 * each other, while staying well under the ~100 ms at which a reaction stops feeling immediate.
 */
export const DEFAULT_DEBOUNCE_MS = 20;

/**
 * Re-checks documents as they change (debounced per document) and publishes only what changed:
 * diagnostics of files whose findings differ, and the coverage report when it differs.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** What each file was last published with, and its serialisation for comparing new contents. */
  private readonly published = new Map<string, { diagnostics: GuideDiagnostic[]; serialized: string }>();
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
      const last = this.published.get(file.id);
      // The index hands back the very same array while a file's diagnostics cannot have changed:
      // with 1,000 files indexed, most are skipped without serialising anything.
      if (last?.diagnostics === file.diagnostics) continue;
      const serialized = JSON.stringify(file.diagnostics);
      this.published.set(file.id, { diagnostics: file.diagnostics, serialized });
      if (last?.serialized === serialized) continue;
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
