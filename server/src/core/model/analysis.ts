import type { RequirementId } from '../catalog/requirements';
import type { FileKind } from '../files/fileKinds';
import type { Finding } from '../findings';
import type { ParsedDocument } from '../parse/parsedDocument';
import type { DatasetFacts } from './facts';

/** How much of a requirement's evidence a file holds, and how much of it fails. */
export interface RequirementEvidence {
  items: number;
  failed: number;
}

export type EvidenceTally = Partial<Record<RequirementId, RequirementEvidence>>;

/** Everything the core knows about one file, computed from its text alone. */
export interface FileAnalysis {
  /** The file's identity (a URI in the server, a path on the command line). */
  id: string;
  kind: FileKind;
  parsed: ParsedDocument;
  findings: Finding[];
  evidence: EvidenceTally;
  datasets: DatasetFacts[];
}

/**
 * The requirement a file kind is evidence for: its syntax errors, schema findings, a file that could
 * not be checked and its values left to fill are said under it. Written once here.
 */
const MAIN_REQUIREMENT: Record<FileKind, RequirementId> = {
  dataset: 'basico-2b',
  catalog: 'basico-2b',
  plan: 'basico-1c',
  csv: 'intermedio-3b',
};

export function mainRequirementOf(kind: FileKind): RequirementId {
  return MAIN_REQUIREMENT[kind];
}

/** Where analyses are kept by file id: a workspace's index, or one split by institution. */
export interface AnalysisStore {
  set(analysis: FileAnalysis): void;
  delete(id: string): boolean;
  get(id: string): FileAnalysis | undefined;
  all(): FileAnalysis[];
}
