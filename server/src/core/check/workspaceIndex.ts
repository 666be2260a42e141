import { isLevelId, type LevelId, type RequirementId } from '../catalog/requirements';
import type { FileKind } from '../files/fileKinds';
import type { LocalDataView } from '../data/localDataView';
import type { Finding } from '../findings';
import type { LinkCheckReport } from '../links/linkResults';
import type { Language } from '../l10n';
import { stringValue, valueOf } from '../parse/sourceTree';
import { todayDayNumber } from '../text/dates';
import type { EvidenceTally, FileAnalysis } from './analyzeFile';
import { addEvidence, computeCoverage, type Coverage } from './coverage';
import { severityOf, toDiagnostic, type GuideDiagnostic } from './diagnostics';
import { WORKSPACE_RULES } from './workspaceRules';

export interface EvaluationOptions {
  /** The user's target level setting; the plan's `nivelObjetivo` takes precedence. */
  targetLevel?: LevelId;
  /** The evaluation date `AAAA-MM-DD`; today when absent. */
  today?: string;
  /** The local data files found for resources (see `core/data/localData.ts`); absent: none looked for. */
  localData?: LocalDataView;
  /** The last link check, when the user ran one; absent: basico-3b rests on the plan alone. */
  linkCheck?: LinkCheckReport;
  showAboveTarget: boolean;
  pagesRoot: string;
  language: Language;
}

export interface FileReport {
  id: string;
  kind: FileKind;
  diagnostics: GuideDiagnostic[];
}

export interface WorkspaceReport {
  targetLevel: LevelId;
  /** Where the target level came from, so the UI can say it. */
  targetLevelSource: 'plan' | 'setting' | 'default';
  files: FileReport[];
  coverage: Coverage;
}

/** A file's diagnostics as last built, reused while what they are built from is unchanged. */
interface CachedReport {
  analysis: FileAnalysis;
  /** The findings the workspace rules placed on the file, serialised. */
  placed: string;
  /** The severity and link policy, serialised. */
  policy: string;
  diagnostics: GuideDiagnostic[];
}

/**
 * Every analysed file of a workspace, updated one file at a time. Per-file analysis is kept;
 * evaluating runs only the cross-file rules over it, so a change costs one file's analysis. The
 * diagnostics of files whose analysis and cross-file findings did not change are reused as they
 * were (the same array), so publishing can skip them without comparing their contents.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, FileAnalysis>();
  /** Ids in report order; rebuilt only when a file is added or removed, not on every edit. */
  private sortedIds: string[] | undefined;
  private readonly reports = new Map<string, CachedReport>();

  set(analysis: FileAnalysis): void {
    if (!this.files.has(analysis.id)) this.sortedIds = undefined;
    this.files.set(analysis.id, analysis);
  }

  delete(id: string): boolean {
    this.reports.delete(id);
    if (!this.files.delete(id)) return false;
    this.sortedIds = undefined;
    return true;
  }

  get(id: string): FileAnalysis | undefined {
    return this.files.get(id);
  }

  all(): FileAnalysis[] {
    return [...this.files.values()];
  }

  get size(): number {
    return this.files.size;
  }

  /** The target level: the first plan's `nivelObjetivo`, else the setting, else `basico`. */
  targetLevel(setting: LevelId | undefined): { level: LevelId; source: WorkspaceReport['targetLevelSource'] } {
    const plans = this.all().filter((file) => file.kind === 'plan').sort((a, b) => a.id.localeCompare(b.id));
    for (const plan of plans) {
      const declared = stringValue(valueOf(plan.parsed.root, 'nivelObjetivo'));
      if (isLevelId(declared)) return { level: declared, source: 'plan' };
    }
    if (setting) return { level: setting, source: 'setting' };
    return { level: 'basico', source: 'default' };
  }

  /** The files in report order (by id). */
  private sorted(): FileAnalysis[] {
    this.sortedIds ??= [...this.files.keys()].sort((a, b) => a.localeCompare(b));
    return this.sortedIds.map((id) => this.files.get(id)!);
  }

  evaluate(options: EvaluationOptions): WorkspaceReport {
    const files = this.sorted();
    // Findings the workspace rules place on each file, next to the file's own (kept in its analysis).
    const placedByFile = new Map<string, Finding[]>();
    const evidence: EvidenceTally = {};
    for (const file of files) addEvidence(evidence, file.evidence);

    const today = todayDayNumber(options.today);
    for (const rule of WORKSPACE_RULES) {
      const output = rule.check({ files, today, localData: options.localData, linkCheck: options.linkCheck });
      addEvidence(evidence, output.evidence);
      for (const placed of output.findings) {
        if (!this.files.has(placed.fileId)) continue;
        const list = placedByFile.get(placed.fileId);
        if (list) list.push(placed.finding);
        else placedByFile.set(placed.fileId, [placed.finding]);
      }
    }

    const byRequirement = new Map<RequirementId, Finding[]>();
    const group = (findings: readonly Finding[]): void => {
      for (const finding of findings) {
        const list = byRequirement.get(finding.requirement);
        if (list) list.push(finding);
        else byRequirement.set(finding.requirement, [finding]);
      }
    };
    for (const file of files) {
      group(file.findings);
      group(placedByFile.get(file.id) ?? []);
    }
    const kinds = new Set(files.map((file) => file.kind));
    const target = this.targetLevel(options.targetLevel);
    const policy = { targetLevel: target.level, showAboveTarget: options.showAboveTarget };
    const links = { pagesRoot: options.pagesRoot, language: options.language };

    const policyKey = JSON.stringify([policy, links]);
    const reports: FileReport[] = files.map((file) => {
      const placed = placedByFile.get(file.id) ?? [];
      const placedKey = placed.length === 0 ? '' : JSON.stringify(placed);
      const cached = this.reports.get(file.id);
      if (cached && cached.analysis === file && cached.placed === placedKey && cached.policy === policyKey) {
        return { id: file.id, kind: file.kind, diagnostics: cached.diagnostics };
      }
      const diagnostics: GuideDiagnostic[] = [];
      for (const finding of [...file.findings, ...placed]) {
        const severity = severityOf(finding, policy);
        if (severity !== undefined) diagnostics.push(toDiagnostic(finding, file.parsed.lines, severity, links));
      }
      diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      this.reports.set(file.id, { analysis: file, placed: placedKey, policy: policyKey, diagnostics });
      return { id: file.id, kind: file.kind, diagnostics };
    });
    return { targetLevel: target.level, targetLevelSource: target.source, files: reports, coverage: computeCoverage(kinds, evidence, byRequirement) };
  }
}
