import { levelRank, requirementById, requirementPageUri, type LevelId } from '../catalog/requirements';
import type { Finding, FindingData } from '../findings';
import type { Language } from '../l10n';
import type { LineIndex, Range } from '../text/lineIndex';

/** 1 Error, 2 Warning, 3 Information, 4 Hint: the LSP's numbering, so the server passes them through. */
export type DiagnosticSeverity = 1 | 2 | 3 | 4;

/** A finding ready to show: the same shape as an LSP Diagnostic, built without importing the LSP. */
export interface GuideDiagnostic {
  range: Range;
  severity: DiagnosticSeverity;
  /** The requirement id, e.g. `basico-2b`. */
  code: string;
  codeDescription: { href: string };
  source: 'guía';
  message: string;
  data: FindingData & { requirement: string; guideUrl?: string };
}

export interface SeverityPolicy {
  targetLevel: LevelId;
}

export interface LinkPolicy {
  /** The `docs/requisitos` folder as a URI; requirement pages hang below it per language. */
  pagesRoot: string;
  language: Language;
}

/** The severity a finding shows with: Information above the target level, else by its weight. */
export function severityOf(finding: Finding, policy: SeverityPolicy): DiagnosticSeverity {
  const requirement = requirementById(finding.requirement);
  const above = requirement !== undefined && levelRank(requirement.level) > levelRank(policy.targetLevel);
  if (above) return 3;
  return finding.weight === 'mandatory' ? 1 : 2;
}

export function toDiagnostic(finding: Finding, lines: LineIndex, severity: DiagnosticSeverity, links: LinkPolicy): GuideDiagnostic {
  const requirement = requirementById(finding.requirement);
  return {
    range: lines.rangeOf(finding.start, finding.end),
    severity,
    code: finding.requirement,
    codeDescription: { href: requirementPageUri(links.pagesRoot, finding.requirement, links.language) },
    source: 'guía',
    message: finding.message,
    data: { ...finding.data, requirement: finding.requirement, ...(requirement ? { guideUrl: requirement.guideUrl } : {}) },
  };
}
