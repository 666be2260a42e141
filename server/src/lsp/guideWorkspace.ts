import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeFile, DocumentAnalyzer, type FileAnalysis } from '../core/check/analyzeFile';
import { analyzeGuarded } from '../core/check/guardedAnalysis';
import { analyzeWithinLimit, oversizedFileAnalysis } from '../core/check/sizeLimit';
import { WorkspaceIndex, type WorkspaceReport } from '../core/check/workspaceIndex';
import { InstitutionIndexes, institutionSummary, type InstitutionReport, type InstitutionsReport } from '../core/institutions/institutionIndexes';
import type { LinkCheckReport } from '../core/model/linkResults';
import { QualityCache, workspaceQuality } from '../core/quality/datasetQuality';
import { qualitySummary } from '../core/quality/qualityReport';
import { FileClassifier, type FileRole } from '../core/files/fileKinds';
import { refusedGlobMessage } from '../core/files/globSafety';
import type { Language } from '../core/l10n';
import type { CoverageReport } from '../protocol/protocol';
import type { GuideSettings } from '../protocol/settings';
import { requirementPagesRoot } from '../shippedFiles';
import { rankedInstitutions } from './institutionRanks';
import { LocalDataSync } from './localDataSync';
import { findFiles } from '../workspaceScanner';

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
  private classifier: FileClassifier;
  private readonly openTexts = new Map<string, string>();
  /** One incremental analyzer per open editor: keystrokes re-check only what they changed. */
  private readonly analyzers = new Map<string, DocumentAnalyzer>();

  constructor(
    private readonly folders: string[],
    private settings: GuideSettings,
    private language: Language,
    /** Told of an analysis that failed with an exception (a bug), for the log. */
    private readonly reportError: (message: string) => void = () => {},
  ) {
    this.classifier = classifierFor(settings);
    this.index = new InstitutionIndexes(folders.map((folder) => pathToFileURL(folder).href));
    this.localData = new LocalDataSync(this.index);
    this.localData.configure(folders, settings.dataMappings, settings.maxDataFileSizeMB);
  }

  /** The index of the institution a document belongs to (an empty one for a file that is not ours). */
  indexFor(uri: string): WorkspaceIndex {
    return this.index.indexOf(uri) ?? new WorkspaceIndex();
  }

  updateSettings(settings: GuideSettings, language: Language): void {
    this.settings = settings;
    this.localData.configure(this.folders, settings.dataMappings, settings.maxDataFileSizeMB);
    this.language = language;
    this.classifier = classifierFor(settings);
    // A pattern that could stall matching is left out; the log says which and why.
    for (const refused of this.classifier.refused) this.reportError(refusedGlobMessage(refused.setting, refused));
  }

  /** The role of a document, from its path relative to its workspace folder or its declared schema. */
  roleOf(uri: string, text: string | undefined): FileRole | undefined {
    return this.classifier.roleOf(this.relativePath(uri), text);
  }

  /** Indexes every file of the workspace folders (read from disk, asynchronously). */
  async scan(): Promise<void> {
    for (const folder of this.folders) {
      const files = await findFiles(folder, (relative) => /\.(ya?ml|json)$/i.test(relative));
      for (const file of files) {
        const uri = pathToFileURL(file).href;
        if (this.openTexts.has(uri)) continue;
        await this.refreshFromDisk(uri);
      }
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
    if (opening && this.index.get(uri)?.parsed.text === text) return true;
    return this.analyze(uri, text);
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
    let text: string;
    try {
      const file = fileURLToPath(uri);
      const stat = await fs.stat(file);
      if (!stat.isFile()) return this.forget(uri);
      // Too big to check: not even read into memory.
      if (stat.size > this.settings.maxFileSizeKB * 1024) return this.analyzeOversized(uri, stat.size);
      text = await fs.readFile(file, 'utf8');
    } catch {
      return this.forget(uri);
    }
    return this.analyze(uri, text);
  }

  forget(uri: string): boolean {
    return this.index.delete(uri);
  }

  /** The settings in force, for the editing features (target level, evaluation date). */
  get currentSettings(): GuideSettings {
    return this.settings;
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
    if (text === undefined || cached?.parsed.text === text) return cached;
    return this.updateOpen(uri, text) ? this.index.get(uri) : undefined;
  }

  /** The evaluation date setting (`AAAA-MM-DD`), or undefined for today. */
  get evaluationDate(): string | undefined {
    return this.settings.evaluationDate || undefined;
  }

  /**
   * Evaluates every institution; the coverage report is about the institution starting at `root`
   * (the board's choice), by default the one of the document last opened or edited.
   */
  evaluate(root?: string): Evaluation {
    this.localData.noticeChanges();
    const options = {
      targetLevel: this.settings.targetLevel,
      today: this.settings.evaluationDate || undefined,
      showAboveTarget: this.settings.showAboveTarget,
      pendingAsHints: true,
      pagesRoot: requirementPagesRoot(),
      language: this.language,
      localData: this.localData.view,
      linkCheck: this.linkCheck,
    };
    const report = this.index.evaluate(options);
    const focusRoot = this.focus === undefined ? undefined : this.index.rootOf(this.focus);
    const coverage = coverageReport(report, root ?? focusRoot, () => new WorkspaceIndex().evaluate(options));
    // The quality of the institution the report is about, like its coverage.
    const focusFiles = this.index.institutions().find((entry) => entry.root === coverage.institution?.root)?.index.all() ?? [];
    return { report, coverage: { ...coverage, quality: qualitySummary(workspaceQuality(focusFiles, this.linkCheck, this.qualityCache)) } };
  }

  /**
   * The last link check the user ran (the `guia.checkLinks` command), kept in memory only: the
   * server writes nothing to the workspace, and after a restart basico-3b rests on the plan again
   * until the user checks links anew.
   */
  linkCheck: LinkCheckReport | undefined;

  /** The metadata quality of files that did not change since the last evaluation. */
  private readonly qualityCache = new QualityCache();

  private analyze(uri: string, text: string): boolean {
    const role = this.roleOf(uri, text);
    if (!role) {
      this.forget(uri);
      return false;
    }
    const analyzer = this.analyzers.get(uri);
    const analyze = (within: string): FileAnalysis => (analyzer ? analyzer.analyze(uri, role, within) : analyzeFile(uri, role, within));
    this.index.set(analyzeGuarded(uri, role, () => analyzeWithinLimit(uri, role, text, this.settings.maxFileSizeKB, analyze), (error) => {
      // The analyzer's caches may be half-updated: start this editor afresh.
      if (analyzer) this.analyzers.set(uri, new DocumentAnalyzer());
      this.reportError(`guia: ${uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }));
    return true;
  }

  private analyzeOversized(uri: string, size: number): boolean {
    const role = this.roleOf(uri, undefined);
    if (!role) return this.forget(uri);
    this.index.set(oversizedFileAnalysis(uri, role, size, this.settings.maxFileSizeKB));
    return true;
  }

  private relativePath(uri: string): string {
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return uri.split('/').pop() ?? uri;
    }
    const folder = this.folders.find((candidate) => !path.relative(candidate, file).startsWith('..'));
    return (folder ? path.relative(folder, file) : path.basename(file)).split(path.sep).join('/');
  }
}

function classifierFor(settings: GuideSettings): FileClassifier {
  return new FileClassifier({ metadata: settings.metadataFiles, plan: settings.planFiles });
}

/**
 * The coverage report the client shows: the figures of one institution, the one of the document
 * last opened or edited (else the first with a plan), never a mix of institutions; and every
 * institution with its own figures, for a client that follows the active editor or shows them all.
 * `empty` evaluates a workspace without files, for the figures when there is no institution yet.
 */
export function coverageReport(report: InstitutionsReport, focusRoot: string | undefined, empty: () => WorkspaceReport): CoverageReport {
  const focus: InstitutionReport | undefined = report.institutions.find((institution) => institution.root === focusRoot)
    ?? report.institutions.find((institution) => institution.hasPlan)
    ?? report.institutions[0];
  const own = focus ?? empty();
  const findings: CoverageReport['findings'] = {};
  const files: Record<string, number> = {};
  for (const file of own.files) {
    files[file.kind] = (files[file.kind] ?? 0) + 1;
    // The board counts every finding, those kept out of the Problems panel too.
    for (const diagnostic of [...file.diagnostics, ...file.aboveTarget]) {
      const entry = (findings[diagnostic.code] ??= { count: 0 });
      entry.count++;
      if (diagnostic.severity === 1) entry.errors = (entry.errors ?? 0) + 1;
      entry.first ??= { uri: file.id, range: diagnostic.range, message: diagnostic.message };
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
