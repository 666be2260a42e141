import { analyzeFile, DocumentAnalyzer, type FileAnalysis } from '../core/check/analyzeFile';
import { analyzeGuarded } from '../core/check/guardedAnalysis';
import { notUtf8FileAnalysis } from '../core/check/fileLevelAnalysis';
import { fileResources } from '../core/model/fileResources';
import { analyzedText, RestorableAnalysis } from '../core/model/restorableAnalysis';
import { analyzeWithinLimit, oversizedFileAnalysis } from '../core/check/sizeLimit';
import { WorkspaceIndex, type EvaluationOptions, type WorkspaceReport } from '../core/check/workspaceIndex';
import { InstitutionIndexes, institutionSummary, type InstitutionReport, type InstitutionsReport } from '../core/institutions/institutionIndexes';
import type { LinkCheckReport } from '../core/model/linkResults';
import { QualityCache, workspaceQuality } from '../core/quality/datasetQuality';
import { qualitySummary } from '../core/quality/qualityReport';
import { FileClassifier, type FileRole } from '../core/files/fileKinds';
import { refusedGlobMessage } from '../core/files/globSafety';
import type { Language } from '../core/l10n';
import type { CoverageReport } from '../protocol/protocol';
import { DEFAULT_SETTINGS, type GuideSettings } from '../protocol/settings';
import { rankedInstitutions } from './institutionRanks';
import { LocalDataSync } from './localDataSync';
import type { WorkspaceFiles } from './serverPlatform';

/** What the server publishes after an evaluation: diagnostics per URI and the board. */
export interface Evaluation {
  report: InstitutionsReport;
  coverage: CoverageReport;
}

/**
 * The server's model of the workspace: which files are ours, their analyses, and the open editors'
 * texts, which win over the disk. Knows nothing of the LSP connection.
 */
export class GuideWorkspace {
  /**
   * The workspace's files split by institution (each folder holding an opening plan, and each
   * workspace folder), each judged on its own: cross-file rules, target level and coverage.
   */
  readonly index: InstitutionIndexes;
  /** The data files behind the resources, checked in the background (see `LocalDataSync`). */
  readonly localData: LocalDataSync;
  /** The document last opened or edited: its institution is the one the coverage report is about. */
  private focus: string | undefined;
  /** Each workspace folder's settings (its `resource`-scoped values), in the order of `folders`. */
  private folderSettings: GuideSettings[];
  /** Each folder's file patterns, compiled once per settings change. */
  private classifiers: FileClassifier[];
  private readonly openTexts = new Map<string, string>();
  /** One incremental analyzer per open editor: keystrokes re-check only what they changed. */
  private readonly analyzers = new Map<string, DocumentAnalyzer>();

  constructor(
    private readonly folders: string[],
    settings: GuideSettings,
    private language: Language,
    /** How the folders' files are found and read (the disk, or the client in a browser). */
    private readonly files: WorkspaceFiles,
    /** Told of an analysis that failed with an exception (a bug), for the log. */
    private readonly reportError: (message: string) => void = () => {},
  ) {
    this.folderSettings = this.folders.map(() => settings);
    this.classifiers = this.folders.map(() => classifierFor(settings));
    this.index = new InstitutionIndexes(folders.map((folder) => files.folderUri(folder)));
    this.localData = new LocalDataSync(this.index, files.data);
    this.configureLocalData();
  }

  /** The workspace folders (paths on disk for the Node server), in the order the client gave them. */
  get folderPaths(): readonly string[] {
    return this.folders;
  }

  /** The index of the institution a document belongs to (an empty one for a file that is not ours). */
  indexFor(uri: string): WorkspaceIndex {
    return this.index.indexOf(uri) ?? new WorkspaceIndex();
  }

  /**
   * Takes new settings: one per workspace folder (in the order of the folders), or one for all.
   * Resolves to whether the files must be read again: only the file patterns and the size limit
   * change which files are ours and how they are analysed; any other setting (the target level,
   * showing findings above it, the evaluation date, data mappings) changes only the evaluation.
   */
  updateSettings(settings: GuideSettings | readonly GuideSettings[], language: Language): boolean {
    const next = isSettingsList(settings) ? this.folders.map((_, index) => settings[index] ?? settings[0] ?? DEFAULT_SETTINGS) : this.folders.map(() => settings);
    const rescan = next.some((candidate, index) => !sameFileSettings(candidate, this.folderSettings[index]!));
    const dataChanged = next.some((candidate, index) => !sameDataSettings(candidate, this.folderSettings[index]!));
    this.folderSettings = next;
    this.language = language;
    // New mappings or limit: the data files are looked at again (in the background); otherwise they stand.
    if (dataChanged) this.configureLocalData();
    if (!rescan) return false;
    this.classifiers = next.map(classifierFor);
    // A pattern that could stall matching is left out; the log says which and why.
    for (const classifier of this.classifiers) for (const refused of classifier.refused) this.reportError(refusedGlobMessage(refused.setting, refused));
    return true;
  }

  /** The settings of the folder holding `uri` (the first folder's for a file outside them all). */
  settingsFor(uri: string): GuideSettings {
    return this.folderSettings[this.folderIndexOf(uri)] ?? this.settings;
  }

  /** The role of a document, from its path relative to its workspace folder or its declared schema. */
  roleOf(uri: string, text: string | undefined): FileRole | undefined {
    const classifier = this.classifiers[this.folderIndexOf(uri)] ?? this.classifiers[0] ?? classifierFor(this.settings);
    return classifier.roleOf(this.relativePath(uri), text);
  }

  /**
   * Indexes every file of the workspace folders (listed and read through the platform's files,
   * asynchronously), telling `progress` how many of how many files are done after each.
   */
  async scan(progress: (done: number, total: number) => void = () => {}): Promise<void> {
    const uris: string[] = [];
    for (const folder of this.folders) uris.push(...(await this.files.list(folder)));
    // In text order the files of a folder come together: once the scan is past an institution's
    // folder, all of its files are read (see `evaluateReadInstitutions`).
    uris.sort();
    const evaluated = new Set<string>();
    for (const [done, uri] of uris.entries()) {
      if (!this.openTexts.has(uri)) await this.refreshFromDisk(uri);
      progress(done + 1, uris.length);
      if ((done + 1) % SCAN_BATCH === 0) await this.evaluateReadInstitutions(uri, evaluated);
    }
    // The data files the resources point at, checked before the evaluation that follows (the
    // institutions evaluated while scanning had theirs checked already: nothing changes for them).
    await this.localData.settle();
  }

  /**
   * Evaluates each institution the scan has read whole (`lastRead` is past its folder), its data
   * files checked first, and lets go of its analyses when no editor has one of its files open. The
   * evaluation after indexing finds it remembered; and a national workspace never holds every
   * file's analysis at once (300 institutions: the server's peak memory is what one holds).
   */
  private async evaluateReadInstitutions(lastRead: string, evaluated: Set<string>): Promise<void> {
    const awake = this.awakeRoots();
    for (const { root, index } of this.index.institutions()) {
      if (evaluated.has(root) || !isPastFolder(lastRead, root)) continue;
      evaluated.add(root);
      await this.localData.settleFiles(new Set(index.all().flatMap((file) => (file.kind === 'csv' ? [] : [file.id]))));
      // Its data files' analyses join it now (`indexAt` places the files added meanwhile).
      const withData = this.index.indexAt(root) ?? index;
      this.index.evaluateAt(root, withData, { ...this.evaluationOptions(), ...this.institutionOptions(root, withData) });
      if (!awake.has(root)) releaseAnalyses(withData);
    }
  }

  /** Whether the open document `uri` was last analysed with exactly `text` (nothing new to check). */
  isCurrent(uri: string, text: string): boolean {
    return this.openTexts.get(uri) === text && this.index.get(uri) !== undefined;
  }

  /** Re-analyses one document from the editor's text. Returns whether it is one of ours. */
  updateOpen(uri: string, text: string): boolean {
    // Opening a document announces its text twice (open, then content change): analyse it once.
    this.focus = uri;
    if (this.isCurrent(uri, text)) return true;
    const opening = !this.openTexts.has(uri);
    this.openTexts.set(uri, text);
    if (!this.analyzers.has(uri)) this.analyzers.set(uri, new DocumentAnalyzer());
    // Opening a file the scan already read, unchanged: its analysis stands (a 5 MB catalog is not
    // read twice); the editor's analyzer starts on the first edit.
    if (opening && this.analyzedTextOf(uri) === text) return true;
    return this.analyze(uri, text);
  }

  /** The text the analysis of `uri` was made from (see `analyzedText`); undefined when it has none. */
  private analyzedTextOf(uri: string): string | undefined {
    const analysis = this.index.get(uri);
    return analysis === undefined ? undefined : analyzedText(analysis);
  }

  closeOpen(uri: string): void {
    this.openTexts.delete(uri);
    this.analyzers.delete(uri);
  }

  /** Re-reads a file that changed on disk (when no editor holds it). */
  async refreshFromDisk(uri: string): Promise<boolean> {
    // A data file is not analysed on its own: the resources pointing at it decide whether it is checked.
    if (this.localData.isDataFile(uri)) return this.localData.sync();
    const open = this.openTexts.get(uri);
    if (open !== undefined) return this.analyze(uri, open);
    const read = await this.files.read(uri, this.settingsFor(uri).maxFileSizeKB * 1024);
    if (read === undefined) return this.forget(uri);
    // Too big to check: not even read into memory.
    if ('size' in read) return this.analyzeOversized(uri, read.size);
    if ('notUtf8' in read) return this.analyzeNotUtf8(uri);
    // The same text as analysed (an editor closed with its text as on disk, a file touched): the
    // analysis stands, not made again (a 5 MB catalog takes a second); the editor's own becomes one
    // that can be let go.
    const current = this.index.get(uri);
    if (current !== undefined && !this.analyzers.has(uri) && analyzedText(current) === read.text) {
      return current instanceof RestorableAnalysis || this.analyze(uri, read.text, current);
    }
    return this.analyze(uri, read.text);
  }

  forget(uri: string): boolean {
    return this.index.delete(uri);
  }

  /** The settings of the first folder, for what is about the whole workspace (the plan's timeline). */
  get settings(): GuideSettings {
    return this.folderSettings[0] ?? DEFAULT_SETTINGS;
  }

  /** URI of the shipped requirement pages, for the links of messages and hovers. */
  get pagesRoot(): string {
    return this.files.pagesRoot;
  }

  /** The language of the server's messages. */
  get messageLanguage(): Language {
    return this.language;
  }

  /**
   * The analysis a request on a document should use: the cached one when it matches the editor's
   * text (the usual case: no re-parse per request), else the text analysed now and cached.
   */
  analysisFor(uri: string, text: string | undefined): FileAnalysis | undefined {
    const cached = this.index.get(uri);
    if (text === undefined || (cached !== undefined && analyzedText(cached) === text)) return cached;
    return this.updateOpen(uri, text) ? this.index.get(uri) : undefined;
  }

  /** The evaluation date setting (`AAAA-MM-DD`) of the folder holding `uri` (else the first folder), or undefined for today. */
  evaluationDate(uri?: string): string | undefined {
    return (uri === undefined ? this.settings : this.settingsFor(uri)).evaluationDate || undefined;
  }

  /**
   * Does ahead, one step at a time, the reading and validation that `updateOpen(uri, text)` would do
   * now (nothing for a file that is not ours, too big, JSON or already analysed with this text), so
   * that the server can spread a big document's analysis over several turns of its event loop.
   */
  *prepareOpen(uri: string, text: string): Generator<void> {
    if (this.isCurrent(uri, text) || this.analyzedTextOf(uri) === text) return;
    const role = this.roleOf(uri, text);
    if (!role || text.length > this.settingsFor(uri).maxFileSizeKB * 1024) return;
    let analyzer = this.analyzers.get(uri);
    if (analyzer === undefined) this.analyzers.set(uri, (analyzer = new DocumentAnalyzer()));
    yield* analyzer.prepare(uri, role, text);
  }

  /** Does ahead, one step at a time, the work on `uri` that the next `evaluate` would do. */
  *prepareEvaluation(uri: string): Generator<void> {
    const root = this.index.rootOf(uri);
    const index = this.index.indexOf(uri);
    if (root === undefined || index === undefined) return;
    yield* index.prepare({ ...this.evaluationOptions(), ...this.institutionOptions(root, index) }, uri);
  }

  /**
   * Evaluates each institution ahead, one per step: the `evaluate` that follows (after indexing)
   * then finds every rule's output and every file's diagnostics remembered.
   */
  *prepareAll(): Generator<void> {
    this.localData.noticeChanges();
    const awake = this.awakeRoots();
    for (const { root, index } of this.index.institutions()) {
      this.index.evaluateAt(root, index, { ...this.evaluationOptions(), ...this.institutionOptions(root, index) });
      // Its evaluation is remembered: what it was worked out from can go until one of its files changes.
      if (!awake.has(root)) releaseAnalyses(index);
      yield;
    }
  }

  /**
   * Lets go of the analyses of every institution that has no file open in an editor (see
   * `RestorableAnalysis`): their diagnostics, coverage and figures are remembered and stand until
   * one of their files changes. Call it after an evaluation, which remembers them.
   */
  releaseIdle(): void {
    clearTimeout(this.releaseTimer);
    this.releaseTimer = undefined;
    const awake = this.awakeRoots();
    for (const { root, index } of this.index.institutions()) if (!awake.has(root)) releaseAnalyses(index);
  }

  /** The roots of the institutions with a file open in an editor. */
  private awakeRoots(): Set<string> {
    const roots = new Set<string>();
    for (const uri of this.openTexts.keys()) {
      const root = this.index.rootOf(uri);
      if (root !== undefined) roots.add(root);
    }
    return roots;
  }

  /**
   * An analysis read again by a request (navigation, the timeline, an export) is let go a little
   * later, once nothing is likely to read it again at once.
   */
  private scheduleRelease(): void {
    if (this.releaseTimer !== undefined) return;
    this.releaseTimer = setTimeout(() => this.releaseIdle(), RELEASE_AFTER_MS);
    // The server never waits for it (nor a test that made a workspace): it must not keep a process alive.
    (this.releaseTimer as { unref?: () => void }).unref?.();
  }

  private releaseTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Evaluates every institution; the coverage report is about the institution starting at `root`
   * (the board's choice), by default the one of the document last opened or edited.
   */
  evaluate(root?: string): Evaluation {
    const report = this.evaluateReport();
    return { report, coverage: this.coverageOf(report, root) };
  }

  /** The root of the institution of the document last opened or edited (what reports are about by default). */
  get focusRoot(): string | undefined {
    return this.focus === undefined ? undefined : this.index.rootOf(this.focus);
  }

  /** The diagnostics and figures of every institution, without the coverage report. */
  evaluateReport(): InstitutionsReport {
    this.localData.noticeChanges();
    // Each institution is judged with the settings of the workspace folder it lies in.
    const report = this.index.evaluate(this.evaluationOptions(), (root, index) => this.institutionOptions(root, index));
    this.releaseIdle();
    return report;
  }

  /**
   * The coverage report of `report` (just evaluated) about the institution starting at `root`, by
   * default the focus one, with its metadata quality, which costs a DCAT-AP export of each file
   * that changed (70 ms for a 2,000-dataset catalog): the server sends it after the diagnostics.
   */
  coverageOf(report: InstitutionsReport, root?: string): CoverageReport {
    const coverage = coverageReport(report, root ?? this.focusRoot, () => new WorkspaceIndex().evaluate(this.evaluationOptions()));
    // The quality of the institution the report is about, like its coverage.
    const focusFiles = coverage.institution ? (this.index.indexAt(coverage.institution.root)?.all() ?? []) : [];
    return { ...coverage, quality: qualitySummary(workspaceQuality(focusFiles, this.linkCheck, this.qualityCache)) };
  }

  private evaluationOptions(): EvaluationOptions {
    return {
      ...evaluationSettings(this.settings),
      pendingAsHints: true,
      pagesRoot: this.files.pagesRoot,
      language: this.language,
      localData: this.localData.view,
      linkCheck: this.linkCheck,
    };
  }

  /**
   * What the institution starting at `root` (whose index is `index`) is evaluated with besides the
   * shared options: the settings of the workspace folder it lies in, and its own view of the local
   * data (see `LocalDataSync.viewFor`).
   */
  private institutionOptions(root: string, index: WorkspaceIndex): Partial<EvaluationOptions> {
    return { ...evaluationSettings(this.settingsFor(root)), localData: this.localData.viewFor(root, index.all()) };
  }

  /**
   * The last link check the user ran (the `guia.checkLinks` command), kept in memory only: the
   * server writes nothing to the workspace, and after a restart basico-3b rests on the plan again
   * until the user checks links anew.
   */
  linkCheck: LinkCheckReport | undefined;

  /** The metadata quality of files that did not change since the last evaluation. */
  private readonly qualityCache = new QualityCache();

  /** Analyses `text` as the file `uri` (`made`: an analysis of this very text already made, kept). */
  private analyze(uri: string, text: string, made?: FileAnalysis): boolean {
    const role = this.roleOf(uri, text);
    if (!role) {
      this.forget(uri);
      return false;
    }
    const analyzer = this.analyzers.get(uri);
    const analyze = (within: string): FileAnalysis => (analyzer ? analyzer.analyze(uri, role, within) : analyzeFile(uri, role, within));
    const maxFileSizeKB = this.settingsFor(uri).maxFileSizeKB;
    let failed = false;
    const analysis = (): FileAnalysis =>
      analyzeGuarded(
        uri,
        role,
        () => analyzeWithinLimit(uri, role, text, maxFileSizeKB, analyze),
        (error) => {
          failed = true;
          // The analyzer's caches may be half-updated: start this editor afresh.
          if (analyzer) this.analyzers.set(uri, new DocumentAnalyzer());
          this.reportError(`guia: ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        },
      );
    // A file no editor holds can let go of its analysis while its institution is idle (see
    // `releaseIdle`); one whose analysis failed (a bug, logged) is kept as it is, not failed again.
    const first = made ?? analysis();
    if (analyzer !== undefined || failed) this.index.set(first);
    else {
      const restorable = new RestorableAnalysis(first, analysis, () => this.scheduleRelease());
      // Every walk over the workspace (the local data checks, the link check) reads the resources:
      // read now, while the analysis is held, they are remembered for when it is let go.
      fileResources(restorable);
      this.index.set(restorable);
    }
    return true;
  }

  private analyzeOversized(uri: string, size: number): boolean {
    const role = this.roleOf(uri, undefined);
    if (!role) return this.forget(uri);
    this.index.set(oversizedFileAnalysis(uri, role, size, this.settingsFor(uri).maxFileSizeKB));
    return true;
  }

  private analyzeNotUtf8(uri: string): boolean {
    const role = this.roleOf(uri, undefined);
    if (!role) return this.forget(uri);
    this.index.set(notUtf8FileAnalysis(uri, role));
    return true;
  }

  /** Data mappings are each folder's own; one size limit for the data files, the largest any folder asks. */
  private configureLocalData(): void {
    const roots = this.folders.map((folder, index) => ({ folder: this.files.folderUri(folder), mappings: this.folderSettings[index]!.dataMappings }));
    this.localData.configure(roots, Math.max(0, ...this.folderSettings.map((settings) => settings.maxDataFileSizeMB)));
  }

  /** The index of the workspace folder holding `uri`, or -1 (not a file, or outside every folder). */
  private folderIndexOf(uri: string): number {
    return this.folders.findIndex((candidate) => this.files.relative(candidate, uri) !== undefined);
  }

  /** The path within its workspace folder; for a file outside them all, its name. */
  private relativePath(uri: string): string {
    for (const folder of this.folders) {
      const relative = this.files.relative(folder, uri);
      if (relative !== undefined) return relative;
    }
    return lastSegment(uri);
  }
}

/** How many files the scan reads between two looks for institutions it has read whole. */
const SCAN_BATCH = 32;

/** How long an analysis read again by a request is held before it is let go again, in milliseconds. */
const RELEASE_AFTER_MS = 5000;

/**
 * Whether `uri` sorts after every URI inside `folder`: those all start with `folder/`, and `0` is
 * the character after `/`, so they all sort before `folder0` (and `folder-2/…`, which sorts between
 * `folder` and `folder/`, is not past it).
 */
function isPastFolder(uri: string, folder: string): boolean {
  return uri >= `${folder}0`;
}

/** Lets go of every analysis of `index` that can be worked out again. */
function releaseAnalyses(index: WorkspaceIndex): void {
  for (const file of index.all()) if (file instanceof RestorableAnalysis) file.release();
}

function isSettingsList(settings: GuideSettings | readonly GuideSettings[]): settings is readonly GuideSettings[] {
  return Array.isArray(settings);
}

function classifierFor(settings: GuideSettings): FileClassifier {
  return new FileClassifier({ metadata: settings.metadataFiles, plan: settings.planFiles });
}

/** Whether two settings classify and read files alike (same patterns, same size limit). */
function sameFileSettings(a: GuideSettings, b: GuideSettings): boolean {
  const same = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((item, index) => item === y[index]);
  return same(a.metadataFiles, b.metadataFiles) && same(a.planFiles, b.planFiles) && a.maxFileSizeKB === b.maxFileSizeKB;
}

/** Whether two settings find and read the local data files alike. */
function sameDataSettings(a: GuideSettings, b: GuideSettings): boolean {
  return a.maxDataFileSizeMB === b.maxDataFileSizeMB && JSON.stringify(a.dataMappings) === JSON.stringify(b.dataMappings);
}

/** The settings an evaluation depends on. */
function evaluationSettings(settings: GuideSettings): { targetLevel: GuideSettings['targetLevel']; today: string | undefined; showAboveTarget: boolean } {
  return { targetLevel: settings.targetLevel, today: settings.evaluationDate || undefined, showAboveTarget: settings.showAboveTarget };
}

/** The file name a URI ends with, decoded (as the disk names it). */
function lastSegment(uri: string): string {
  const last = uri.split(/[?#]/)[0]!.split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The institution starting at `focusRoot`, else the first with a plan, else the first; undefined when there is none. */
export function focusInstitution(report: InstitutionsReport, focusRoot: string | undefined): InstitutionReport | undefined {
  return report.institutions.find((institution) => institution.root === focusRoot) ?? report.institutions.find((institution) => institution.hasPlan) ?? report.institutions[0];
}

/**
 * The coverage report the client shows: the figures of one institution, the one of the document
 * last opened or edited (else the first with a plan), never a mix of institutions; and every
 * institution with its own figures, for a client that follows the active editor or shows them all.
 * `empty` evaluates a workspace without files, for the figures when there is no institution yet.
 */
export function coverageReport(report: InstitutionsReport, focusRoot: string | undefined, empty: () => WorkspaceReport): CoverageReport {
  const focus = focusInstitution(report, focusRoot);
  const own = focus ?? empty();
  const findings: CoverageReport['findings'] = {};
  const files: Record<string, number> = {};
  for (const file of own.files) {
    files[file.kind] = (files[file.kind] ?? 0) + 1;
    // The board counts every finding, those kept out of the Problems panel too.
    for (const diagnostic of file.diagnostics) {
      const entry = (findings[diagnostic.code] ??= { count: 0 });
      entry.count++;
      if (diagnostic.severity === 1) entry.errors = (entry.errors ?? 0) + 1;
      entry.first ??= { uri: file.id, range: diagnostic.range, message: diagnostic.message };
    }
    for (const [code, { count, first }] of Object.entries(file.aboveTarget)) {
      const entry = (findings[code] ??= { count: 0 });
      entry.count += count;
      entry.first ??= { uri: file.id, ...first };
    }
  }
  return {
    targetLevel: own.targetLevel,
    targetLevelSource: own.targetLevelSource,
    coverage: own.coverage,
    findings,
    files,
    ...(focus ? { institution: { name: focus.name, root: focus.root } } : {}),
    institutions: rankedInstitutions(report.institutions.map(institutionSummary)),
  };
}
