import { isLevelId, type LevelId, type RequirementId } from '../catalog/requirements';
import type { FileKind } from '../files/fileKinds';
import type { LocalDataView } from '../model/localDataView';
import type { Finding } from '../findings';
import type { LinkCheckReport } from '../model/linkResults';
import type { Language } from '../l10n';
import { stringValue, valueOf } from '../parse/sourceTree';
import { todayDayNumber } from '../text/dates';
import { mainRequirementOf, type AnalysisStore, type EvidenceTally, type FileAnalysis } from '../model/analysis';
import { addEvidence, computeCoverage, type Coverage } from './coverage';
import { fileDiagnostics, toDiagnostic, type AboveTargetTally, type GuideDiagnostic } from './diagnostics';
import { isOnPending, pendingSummary, pendingValues } from './pendingValues';
import type { WorkspaceRule, WorkspaceRuleInput, WorkspaceRuleOutput } from '../model/workspaceRule';
import { WORKSPACE_RULES } from '../rules/registry';

export interface EvaluationOptions {
  /** The user's target level setting; the plan's `nivelObjetivo` takes precedence. */
  targetLevel?: LevelId;
  /** The evaluation date `AAAA-MM-DD`; today when absent. */
  today?: string;
  /** The local data files found for resources (see `core/data/localData.ts`); absent: none looked for. */
  localData?: LocalDataView;
  /** The last link check, when the user ran one; absent: basico-3b rests on the plan alone. */
  linkCheck?: LinkCheckReport;
  /**
   * Whether findings of levels above the target go with the file's diagnostics (as Information).
   * When not, they are kept apart in `aboveTarget`: the board counts and reveals them, but the
   * Problems panel of a 586-dataset catalog is not flooded with thousands of them.
   */
  showAboveTarget: boolean;
  /**
   * In an editor: findings on values still marked «…» are hints, with one summary per file, so a
   * new template does not open full of errors. The command line leaves them errors (a CI gate
   * must not pass a file nobody filled in).
   */
  pendingAsHints?: boolean;
  pagesRoot: string;
  language: Language;
}

export interface FileReport {
  id: string;
  kind: FileKind;
  /** What the editor shows for the file (Problems, squiggles) and the command line prints. */
  diagnostics: GuideDiagnostic[];
  /** Findings of levels above the target that `showAboveTarget: false` keeps out of `diagnostics`, counted. */
  aboveTarget: AboveTargetTally;
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
  /** The findings the workspace rules placed on the file. */
  placed: readonly Finding[];
  /** The severity and link policy, serialised. */
  policy: string;
  diagnostics: GuideDiagnostic[];
  aboveTarget: AboveTargetTally;
}

/** A rule's last output and everything it was computed from (see `WorkspaceRule.reads`). */
interface CachedRuleOutput {
  inputs: readonly unknown[];
  output: WorkspaceRuleOutput;
}

/**
 * Every analysed file of a workspace, updated one file at a time. Per-file analysis is kept;
 * evaluating runs only the cross-file rules over it, so a change costs one file's analysis. The
 * diagnostics of files whose analysis and cross-file findings did not change are reused as they
 * were (the same array), so publishing can skip them without comparing their contents.
 */
export class WorkspaceIndex implements AnalysisStore {
  private readonly files = new Map<string, FileAnalysis>();
  /** Ids in report order; rebuilt only when a file is added or removed, not on every edit. */
  private sortedIds: string[] | undefined;
  private readonly reports = new Map<string, CachedReport>();
  private readonly ruleOutputs = new Map<WorkspaceRule, CachedRuleOutput>();
  /**
   * The last evaluation and what it was computed from: while no file changed and the options are
   * the same, evaluating again gives it back (a keystroke in one institution of 300 evaluates one).
   */
  private lastEvaluation: { inputs: readonly unknown[]; report: WorkspaceReport } | undefined;

  set(analysis: FileAnalysis): void {
    if (!this.files.has(analysis.id)) this.sortedIds = undefined;
    this.files.set(analysis.id, analysis);
    this.lastEvaluation = undefined;
  }

  delete(id: string): boolean {
    this.reports.delete(id);
    if (!this.files.delete(id)) return false;
    this.sortedIds = undefined;
    this.lastEvaluation = undefined;
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
    const plans = this.all()
      .filter((file) => file.kind === 'plan')
      .sort((a, b) => a.id.localeCompare(b.id));
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

  /**
   * Does ahead, one step at a time, the work on file `id` that `evaluate(options)` would do now
   * and the rules remember per dataset (see `WorkspaceRule.prepare`), so that evaluating a big
   * catalog can be spread over several turns of the server's event loop. Changes only what is
   * remembered, never what `evaluate` gives.
   */
  *prepare(options: EvaluationOptions, id: string): Generator<void> {
    const file = this.files.get(id);
    // Nothing changed since the last evaluation (a file opened as it was read): it stands.
    if (file === undefined || this.remembered(options) !== undefined) return;
    const input = this.ruleInput(options);
    for (const rule of WORKSPACE_RULES) {
      if (rule.prepare && rule.reads?.includes(file.kind)) yield* rule.prepare(input, file);
    }
  }

  private ruleInput(options: EvaluationOptions): WorkspaceRuleInput {
    return { files: this.sorted(), today: todayDayNumber(options.today), localData: options.localData, linkCheck: options.linkCheck };
  }

  evaluate(options: EvaluationOptions): WorkspaceReport {
    const remembered = this.remembered(options);
    if (remembered !== undefined) return remembered;
    const report = this.evaluateAfresh(options);
    const inputs = rememberedInputs(options);
    this.lastEvaluation = inputs && { inputs, report };
    return report;
  }

  /** The last evaluation, when no file changed since and it was made with the same options. */
  private remembered(options: EvaluationOptions): WorkspaceReport | undefined {
    const inputs = rememberedInputs(options);
    const last = this.lastEvaluation;
    if (inputs && last && last.inputs.length === inputs.length && last.inputs.every((value, i) => value === inputs[i])) return last.report;
    return undefined;
  }

  private evaluateAfresh(options: EvaluationOptions): WorkspaceReport {
    const input = this.ruleInput(options);
    const files = input.files;
    // Findings the workspace rules place on each file, next to the file's own (kept in its analysis).
    const placedByFile = new Map<string, Finding[]>();
    const evidence: EvidenceTally = {};
    for (const file of files) addEvidence(evidence, file.evidence);

    for (const rule of WORKSPACE_RULES) {
      const output = this.runRule(rule, input);
      addEvidence(evidence, output.evidence);
      for (const found of output.findings) {
        // About the workspace as a whole (no dataset reaches 4 stars…): about no line of the file
        // it is placed on, so it sits at the file's start with an empty range.
        const placed = isWorkspaceWide(found.finding) ? { fileId: found.fileId, finding: { ...found.finding, start: 0, end: 0 } } : found;
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
    const policy = { targetLevel: target.level };
    const links = { pagesRoot: options.pagesRoot, language: options.language };

    const policyKey = JSON.stringify([policy, links, options.showAboveTarget, options.pendingAsHints === true]);
    const reports: FileReport[] = files.map((file) => {
      const placed = placedByFile.get(file.id) ?? [];
      const cached = this.reports.get(file.id);
      if (cached && cached.analysis === file && cached.policy === policyKey && samePlacedFindings(cached.placed, placed)) {
        return { id: file.id, kind: file.kind, diagnostics: cached.diagnostics, aboveTarget: cached.aboveTarget };
      }
      // A value still marked «…» (a new file's template) is left to fill: its findings are hints,
      // summed up in one line at the top, and become errors once the user writes something wrong.
      const pending = options.pendingAsHints ? pendingValues(file.parsed.root) : [];
      const { diagnostics, aboveTarget } = fileDiagnostics([...file.findings, ...placed], file.parsed.lines, policy, links, {
        showAboveTarget: options.showAboveTarget,
        ...(pending.length > 0 ? { asHint: (finding: Finding) => isOnPending(finding, pending) } : {}),
      });
      if (pending.length > 0) {
        const summary: Finding = {
          requirement: mainRequirementOf(file.kind),
          weight: 'recommendation',
          start: 0,
          end: 0,
          message: pendingSummary(pending),
          data: { rule: 'valores-por-completar', pending: pending.length },
        };
        diagnostics.unshift(toDiagnostic(summary, file.parsed.lines, 3, links));
      }
      this.reports.set(file.id, { analysis: file, placed, policy: policyKey, diagnostics, aboveTarget });
      return { id: file.id, kind: file.kind, diagnostics, aboveTarget };
    });
    return { targetLevel: target.level, targetLevelSource: target.source, files: reports, coverage: computeCoverage(kinds, evidence, byRequirement) };
  }

  /**
   * Runs a rule, or reuses its last output when it declares what it reads and none of that changed:
   * the same analyses of the files of those kinds, in the same order, the same date, local data
   * and link check. Without a version to tell whether local data changed, it always runs.
   */
  private runRule(rule: WorkspaceRule, input: WorkspaceRuleInput): WorkspaceRuleOutput {
    const reads = rule.reads;
    if (reads === undefined || (input.localData !== undefined && input.localData.version === undefined)) return rule.check(input);
    const inputs: unknown[] = [input.today, input.localData, input.localData?.version, input.linkCheck];
    for (const file of input.files) if (reads.includes(file.kind)) inputs.push(file);
    const last = this.ruleOutputs.get(rule);
    if (last && last.inputs.length === inputs.length && last.inputs.every((value, i) => value === inputs[i])) return last.output;
    const output = rule.check(input);
    this.ruleOutputs.set(rule, { inputs, output });
    return output;
  }
}

/**
 * What an evaluation is remembered by (see `evaluationInputs`); undefined when it cannot be: without
 * a version to tell whether local data changed, it is evaluated again each time.
 */
function rememberedInputs(options: EvaluationOptions): unknown[] | undefined {
  return options.localData !== undefined && options.localData.version === undefined ? undefined : evaluationInputs(options);
}

/** Everything an evaluation reads besides the files, compared by identity. */
function evaluationInputs(options: EvaluationOptions): unknown[] {
  return [
    options.targetLevel,
    todayDayNumber(options.today),
    options.showAboveTarget,
    options.pendingAsHints === true,
    options.pagesRoot,
    options.language,
    options.localData,
    options.localData?.version,
    options.linkCheck,
  ];
}

function isWorkspaceWide(finding: Finding): boolean {
  return finding.data.scope === 'workspace';
}

/** Whether two lists of placed findings say the same (the same objects when a rule's output was reused). */
function samePlacedFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  if (a.every((finding, i) => finding === b[i])) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
