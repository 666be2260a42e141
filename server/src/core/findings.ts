import type { RequirementId } from './catalog/requirements';

/**
 * Whether a finding is mandatory evidence of its requirement (an Error at or below the target level)
 * or a recommendation inside it (a Warning). Above the target level both become Information.
 */
export type FindingWeight = 'mandatory' | 'recommendation';

/** Extra facts about a finding that quick fixes and tests use; always carries the specific rule. */
export interface FindingData {
  rule: string;
  /** `workspace`: about the workspace as a whole, shown at the start of its file rather than on a line. */
  scope?: 'workspace';
  [key: string]: unknown;
}

/** Something the guide asks for that a file does not do, located by offsets in that file's text. */
export interface Finding {
  requirement: RequirementId;
  weight: FindingWeight;
  start: number;
  end: number;
  message: string;
  data: FindingData;
}

/** The findings moved `delta` characters further in their text (the same array when nothing moves). */
export function shiftFindings(findings: Finding[], delta: number): Finding[] {
  return delta === 0 || findings.length === 0 ? findings : findings.map((finding) => ({ ...finding, start: finding.start + delta, end: finding.end + delta }));
}
