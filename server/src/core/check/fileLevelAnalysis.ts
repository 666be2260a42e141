import type { FileKind } from '../files/fileKinds';
import type { FindingData } from '../findings';
import { emptyParse } from '../parse/parsedDocument';
import { mainRequirementOf, type FileAnalysis } from '../model/analysis';

/**
 * The analysis of a file that could not be checked (too big, or its check failed): no text is kept
 * and one mandatory finding at the start of the file says why, under the requirement its kind is
 * evidence for, so nothing is skipped silently and coverage cannot read it as met.
 */
export function fileLevelAnalysis(id: string, kind: FileKind, message: string, data: FindingData): FileAnalysis {
  return {
    id,
    kind,
    parsed: emptyParse('', []),
    findings: [{ requirement: mainRequirementOf(kind), weight: 'mandatory', start: 0, end: 0, message, data }],
    evidence: {},
    datasets: [],
  };
}
