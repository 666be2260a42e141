import type { Connection } from 'vscode-languageserver/node';
import type { GuideDiagnostic } from '../core/check/diagnostics';
import type { InstitutionsReport } from '../core/institutions/institutionIndexes';
import { CoverageChangedNotification } from '../protocol/protocol';
import { guarded } from './guard';
import { runSliced, yieldToRequests } from './slicedWork';
import type { GuideWorkspace } from './guideWorkspace';

/**
 * The per-document debounce, in milliseconds. A change that comes after at least this long without
 * changes is checked at once (a check costs a few milliseconds, since only what changed is read
 * again); changes closer together than this (fast typing, a burst of edits) are gathered and
 * checked once, this long after the last of them, so a burst costs one check and diagnostics never
 * lag more than about twice this behind the text.
 */
export const DEFAULT_DEBOUNCE_MS = 50;

/**
 * How long the documents must stay unchanged before the coverage report of an edit is worked out
 * and sent. Its metadata quality exports and scores the whole edited file (about 50 ms for a
 * 2,000-dataset catalog): done after every keystroke, it held up the next keystroke's diagnostics
 * while the user types; the board and status bar need it once the user pauses. A request for the
 * coverage (`guia/coverage`) is answered with the current one at any time.
 */
export const COVERAGE_QUIET_MS = 250;

/** The diagnostics of a file no longer ours: none (one array, so a stale removal can be told). */
const REMOVED: GuideDiagnostic[] = [];

/**
 * Re-checks documents as they change (debounced per document) and publishes only what changed:
 * diagnostics of files whose findings differ, and the coverage report when it differs.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each document's last check ended (`performance.now()`). */
  private readonly checked = new Map<string, number>();
  /** The last text each open document was announced with; a check of any other is stale. */
  private readonly latest = new Map<string, string>();
  /** The text each document's check in progress is for. */
  private readonly running = new Map<string, string>();
  /**
   * The text each document's diagnostics were last published for. A request (hover, completion,
   * CodeLens) between a keystroke and its check analyses the new text on its own, so "already
   * analysed" does not mean "already published": only this says a check has nothing left to do.
   */
  private readonly publishedText = new Map<string, string>();
  /** The diagnostics each file was last published with. */
  private readonly published = new Map<string, GuideDiagnostic[]>();
  private lastCoverage = '';
  /** The coverage report of the last edit, waiting for the documents to be quiet (see `COVERAGE_QUIET_MS`). */
  private coverageTimer: NodeJS.Timeout | undefined;
  /** Counts publications, so a coverage report sent later is dropped when a newer one is due. */
  private publications = 0;

  constructor(
    private readonly connection: Connection,
    private readonly workspace: GuideWorkspace,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
    private readonly coverageQuietMs = COVERAGE_QUIET_MS,
  ) {}

  documentChanged(uri: string, text: string, delay = this.debounceMs): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.latest.set(uri, text);
    // A newer version arrived (or the document closed): its own check publishes; this one stops.
    const stale = (): boolean => this.latest.get(uri) !== text;
    const run = guarded(this.connection, 'revisión de un documento', async (): Promise<void> => {
      this.timers.delete(uri);
      // Opening a document announces its text twice (open, then content change): one check of it.
      if (stale() || this.publishedText.get(uri) === text || this.running.get(uri) === text) return;
      this.running.set(uri, text);
      try {
        await check();
      } finally {
        if (this.running.get(uri) === text) this.running.delete(uri);
      }
    });
    const check = async (): Promise<void> => {
      // A big document is read and validated ahead in short slices, answering requests between
      // them (hover, completion, the outline of another file); what is left is short.
      const read = runSliced(this.workspace.prepareOpen(uri, text), stale);
      if (read !== true && !(await read)) return;
      const ours = this.workspace.updateOpen(uri, text);
      this.checked.set(uri, performance.now());
      await yieldToRequests();
      if (stale() || !this.workspace.isCurrent(uri, text)) return;
      // The same for the workspace rules' work on its datasets, before the evaluation that publishes.
      const prepared = runSliced(this.workspace.prepareEvaluation(uri), stale);
      if (prepared !== true && !(await prepared)) return;
      if (ours || this.published.has(uri)) this.publishAll(true);
      this.publishedText.set(uri, text);
    };
    const quiet = performance.now() - (this.checked.get(uri) ?? -Infinity);
    if (delay <= 0 || quiet >= delay) void run();
    else
      this.timers.set(
        uri,
        setTimeout(() => void run(), delay),
      );
  }

  /** Forgets a closed document's timing (its diagnostics are handled by `publishAll`). */
  documentClosed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.checked.delete(uri);
    this.latest.delete(uri);
    this.publishedText.delete(uri);
  }

  /**
   * Publishes what changed: diagnostics, then the coverage report. `coverageLater` (an edit) sends
   * the report once the documents have been quiet for `COVERAGE_QUIET_MS` (its metadata quality is
   * the slowest part of a keystroke in a big catalog, and neither these diagnostics nor the next
   * keystroke's need wait for it); a publication that comes before then sends its own instead.
   */
  publishAll(coverageLater = false): void {
    const { report, changed } = this.changes();
    for (const params of changed) void this.connection.sendDiagnostics(params);
    const generation = ++this.publications;
    clearTimeout(this.coverageTimer);
    if (!coverageLater) return this.sendCoverage(report);
    this.coverageTimer = setTimeout(() => {
      if (generation === this.publications) this.sendCoverage(report);
    }, this.coverageQuietMs);
  }

  private sendCoverage(report: InstitutionsReport): void {
    const coverage = this.workspace.coverageOf(report);
    const serializedCoverage = JSON.stringify(coverage);
    if (serializedCoverage !== this.lastCoverage) {
      this.lastCoverage = serializedCoverage;
      void this.connection.sendNotification(CoverageChangedNotification.type, coverage);
    }
  }

  /**
   * `publishAll` for the whole workspace (after indexing it, when local data files changed): the
   * institutions are evaluated one per slice, then the diagnostics sent a slice at a time (300
   * institutions give 600 files and 95,000 findings), answering requests between slices. A file
   * whose diagnostics a later evaluation changed meanwhile is left to that one.
   */
  async publishAllSliced(): Promise<void> {
    const prepared = runSliced(this.workspace.prepareAll(), () => false);
    if (prepared !== true) await prepared;
    const { report, changed } = this.changes();
    const generation = ++this.publications;
    const sent = runSliced(this.sendEach(changed), () => false);
    if (sent !== true) await sent;
    if (generation === this.publications) this.sendCoverage(report);
  }

  private *sendEach(changes: ReadonlyArray<{ uri: string; diagnostics: GuideDiagnostic[] }>): Generator<void> {
    for (const params of changes) {
      // An evaluation made since (a keystroke's, another publication's) decided what this file shows.
      const latest = this.published.get(params.uri);
      if (latest !== undefined ? latest !== params.diagnostics : params.diagnostics !== REMOVED) continue;
      void this.connection.sendDiagnostics(params);
      yield;
    }
  }

  /** Evaluates the workspace and says which files' diagnostics changed since last sent. */
  private changes(): { report: InstitutionsReport; changed: Array<{ uri: string; diagnostics: GuideDiagnostic[] }> } {
    const report = this.workspace.evaluateReport();
    const changed: Array<{ uri: string; diagnostics: GuideDiagnostic[] }> = [];
    const current = new Set<string>();
    for (const file of report.files) {
      current.add(file.id);
      const last = this.published.get(file.id);
      // The index hands back the very same array while a file's diagnostics cannot have changed:
      // with 1,000 files indexed, most are skipped without looking into them.
      if (last === file.diagnostics) continue;
      this.published.set(file.id, file.diagnostics);
      if (last !== undefined && sameValue(last, file.diagnostics)) continue;
      changed.push({ uri: file.id, diagnostics: file.diagnostics });
    }
    // Files no longer ours (deleted, renamed, out of the globs) lose their diagnostics.
    for (const uri of [...this.published.keys()]) {
      if (current.has(uri)) continue;
      this.published.delete(uri);
      changed.push({ uri, diagnostics: REMOVED });
    }
    return { report, changed };
  }
}

/**
 * Whether two JSON-like values are equal. Cheaper than comparing serialisations: no text is built,
 * and it stops at the first difference (a keystroke usually changes one diagnostic of hundreds).
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    if (!Object.prototype.hasOwnProperty.call(b, key) || !sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
