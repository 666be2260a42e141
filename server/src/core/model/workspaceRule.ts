import type { RequirementId } from '../catalog/requirements';
import type { LocalDataView } from './localDataView';
import type { FileKind } from '../files/fileKinds';
import type { Finding } from '../findings';
import type { LinkCheckReport } from './linkResults';
import type { EvidenceTally, FileAnalysis } from './analysis';

/** What a rule that looks across the workspace is given. */
export interface WorkspaceRuleInput {
  files: readonly FileAnalysis[];
  /** The evaluation date as days since 1970-01-01 (UTC), for time-based rules. */
  today: number;
  /** Where the local data files of resources are, when the command line or server looked for them. */
  localData?: LocalDataView;
  /** The last link check, when the user ran one (never automatic). */
  linkCheck?: LinkCheckReport;
}

/** A finding a workspace rule places on a given file. */
export interface PlacedFinding {
  fileId: string;
  finding: Finding;
}

export interface WorkspaceRuleOutput {
  findings: PlacedFinding[];
  evidence: EvidenceTally;
}

/**
 * A check across files (plan against metadata, identifiers unique across the workspace) or one that
 * depends on the evaluation date. These run on every evaluation over the index, so they must only
 * walk the already-parsed facts, never re-read text.
 */
export interface WorkspaceRule {
  requirement: RequirementId;
  /**
   * The kinds of files whose analyses the rule reads, if it declares them. A rule that does is not
   * run again while none of those files changed (nor the date, the local data or the link check):
   * its last output is reused, so typing in the plan does not re-check 1,000 dataset files.
   */
  reads?: readonly FileKind[];
  check(input: WorkspaceRuleInput): WorkspaceRuleOutput;
}
