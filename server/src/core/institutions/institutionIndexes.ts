import type { AnalysisStore, FileAnalysis } from '../model/analysis';
import type { Coverage } from '../check/coverage';
import { WorkspaceIndex, type EvaluationOptions, type FileReport, type WorkspaceReport } from '../check/workspaceIndex';
import type { QualityScore, WorkspaceQuality } from '../quality/datasetQuality';
import { commonCoverage } from './commonCoverage';
import { findingCounts, type FindingCount } from './findingCounts';
import { institutionIdentity, type InstitutionIdentity } from './institutionName';
import { partitionInstitutions } from './scopes';

/** One institution's evaluation: its own target level, files and coverage, never mixed with another's. */
export interface InstitutionReport extends WorkspaceReport, InstitutionIdentity {
  /** The folder the institution starts at (its plan's folder, or a workspace root). */
  root: string;
  hasPlan: boolean;
  /** Its findings counted per requirement (what a board shows, even when `files` is let go). */
  findings: Record<string, FindingCount>;
  /** Its datasets' metadata quality (MQA), when it was scored. */
  quality?: WorkspaceQuality;
}

/** A workspace of one or more institutions, evaluated each on its own. */
export interface InstitutionsReport {
  institutions: InstitutionReport[];
  /** Every file's report, in id order, each judged within its own institution. */
  files: FileReport[];
  /** What all institutions reach together (see `commonCoverage`); one institution's own coverage when alone. */
  coverage: Coverage;
}

/** What an institution's evaluation may depend on besides the shared options (its local data). */
export type InstitutionOptions = (root: string, index: WorkspaceIndex) => Partial<EvaluationOptions>;

/** What every report of institutions says of each: who it is, its target level, coverage and findings per requirement. */
export interface InstitutionSummary extends InstitutionIdentity {
  root: string;
  targetLevel: InstitutionReport['targetLevel'];
  targetLevelSource: InstitutionReport['targetLevelSource'];
  coverage: Coverage;
  findings: Record<string, FindingCount>;
  /** The mean metadata quality (MQA) of its datasets, when they were scored. */
  quality?: QualityScore;
}

/** An institution's evaluation without its files: what `guia check --format json`, the server and the board list. */
export function institutionSummary(institution: InstitutionReport): InstitutionSummary {
  return {
    name: institution.name,
    ...(institution.acronym ? { acronym: institution.acronym } : {}),
    root: institution.root,
    targetLevel: institution.targetLevel,
    targetLevelSource: institution.targetLevelSource,
    coverage: institution.coverage,
    findings: institution.findings,
    ...(institution.quality?.workspace ? { quality: institution.quality.workspace } : {}),
  };
}

/** One institution's evaluation, with its name from its plan. */
export function evaluateInstitution(root: string, index: WorkspaceIndex, options: EvaluationOptions): InstitutionReport {
  return institutionReport(root, index, index.evaluate(options));
}

/** The institution's report of its index's evaluation `report`: its name, whether it has a plan, its findings counted. */
function institutionReport(root: string, index: WorkspaceIndex, report: WorkspaceReport): InstitutionReport {
  const own = index.all();
  return { ...institutionIdentity(root, own), root, hasPlan: own.some((file) => file.kind === 'plan'), ...report, findings: findingCounts(report.files) };
}

/** The institutions' evaluations side by side: every file once, in id order, and what all of them reach. */
export function combineInstitutions(institutions: InstitutionReport[]): InstitutionsReport {
  const files = institutions.flatMap((institution) => institution.files).sort((a, b) => a.id.localeCompare(b.id));
  return { institutions, files, coverage: commonCoverage(institutions.map((institution) => institution.coverage)) };
}

/**
 * The files of a workspace split by institution (see `partitionInstitutions`), one `WorkspaceIndex`
 * per institution, so cross-file rules, the target level and coverage see one institution only.
 * Files are added and removed one at a time, as in a `WorkspaceIndex`; adding or removing a plan
 * that starts or ends an institution moves the files concerned, and every other index keeps its
 * caches. Files an index gains by other means (the local data checks add `csv` analyses to it)
 * stay in it.
 */
export class InstitutionIndexes implements AnalysisStore {
  private readonly files = new Map<string, FileAnalysis>();
  private readonly indexes = new Map<string, WorkspaceIndex>();
  /** Which institution root each file was placed in. */
  private readonly placement = new Map<string, string>();
  private dirty = false;

  constructor(private workspaceRoots: readonly string[]) {}

  /** Changes the workspace roots (folders added to or removed from a multi-root workspace). */
  setWorkspaceRoots(roots: readonly string[]): void {
    this.workspaceRoots = [...roots];
    this.dirty = true;
  }

  set(analysis: FileAnalysis): void {
    const previous = this.files.get(analysis.id);
    this.files.set(analysis.id, analysis);
    // Only a plan appearing or disappearing moves institution borders; any other file goes where it belongs.
    if (this.dirty || previous === undefined || (previous.kind === 'plan') !== (analysis.kind === 'plan') || (analysis.kind === 'plan' && !this.placement.has(analysis.id))) {
      this.dirty = true;
      return;
    }
    this.indexes.get(this.placement.get(analysis.id)!)?.set(analysis);
  }

  delete(id: string): boolean {
    const previous = this.files.get(id);
    if (!previous) return false;
    this.files.delete(id);
    const root = this.placement.get(id);
    this.placement.delete(id);
    if (root !== undefined) this.indexes.get(root)?.delete(id);
    if (previous.kind === 'plan') this.dirty = true;
    return true;
  }

  get(id: string): FileAnalysis | undefined {
    return this.files.get(id);
  }

  /** Every file of every institution. */
  all(): FileAnalysis[] {
    return [...this.files.values()];
  }

  get size(): number {
    return this.files.size;
  }

  /** The institutions, each with its index, in root order. */
  institutions(): { root: string; index: WorkspaceIndex }[] {
    this.place();
    return [...this.indexes.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([root, index]) => ({ root, index }));
  }

  /** The index of the institution starting at `root` (as `institutions()` lists it). */
  indexAt(root: string): WorkspaceIndex | undefined {
    this.place();
    return this.indexes.get(root);
  }

  /** The index of the institution a file belongs to. */
  indexOf(id: string): WorkspaceIndex | undefined {
    const root = this.rootOf(id);
    return root === undefined ? undefined : this.indexes.get(root);
  }

  /** The root of the institution a file belongs to. */
  rootOf(id: string): string | undefined {
    this.place();
    return this.placement.get(id);
  }

  /** Evaluates each institution on its own; `perInstitution` adds what differs between them. */
  evaluate(options: EvaluationOptions, perInstitution?: InstitutionOptions): InstitutionsReport {
    return combineInstitutions(this.institutions().map(({ root, index }) => this.evaluateAt(root, index, { ...options, ...perInstitution?.(root, index) })));
  }

  /**
   * Evaluates the institution starting at `root` (whose index is `index`, as `institutions()` lists
   * it). An index gives back the same report while none of its files changed: so does this, without
   * reading its plan for its name or counting its findings again on every keystroke made in another
   * institution (nor working out again an analysis let go meanwhile, see `RestorableAnalysis`).
   */
  evaluateAt(root: string, index: WorkspaceIndex, options: EvaluationOptions): InstitutionReport {
    const report = index.evaluate(options);
    let institution = this.reports.get(report);
    if (institution?.root !== root) {
      institution = institutionReport(root, index, report);
      this.reports.set(report, institution);
    }
    return institution;
  }

  /** The last institution report made of each index's report (see `evaluateAt`). */
  private readonly reports = new WeakMap<WorkspaceReport, InstitutionReport>();

  /** Places every file in its institution again after a plan or a root came or went. */
  private place(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const scopes = partitionInstitutions([...this.files.values()], this.workspaceRoots);
    const kept = new Set<string>();
    for (const scope of scopes) {
      kept.add(scope.root);
      let index = this.indexes.get(scope.root);
      if (!index) {
        index = new WorkspaceIndex();
        this.indexes.set(scope.root, index);
      }
      for (const file of scope.files) {
        const before = this.placement.get(file.id);
        if (before !== undefined && before !== scope.root) this.indexes.get(before)?.delete(file.id);
        this.placement.set(file.id, scope.root);
        if (index.get(file.id) !== file) index.set(file);
      }
    }
    for (const root of [...this.indexes.keys()]) if (!kept.has(root)) this.indexes.delete(root);
  }
}
