import { levelRank, requirementById, requirementPageUri, type LevelId, type RequirementId } from '../catalog/requirements';
import type { Finding, FindingData } from '../findings';
import { counted, t, type Language } from '../l10n';
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
    codeDescription: pageLink(links, finding.requirement),
    source: 'guía',
    message: finding.message,
    data: { ...finding.data, requirement: finding.requirement, ...(requirement ? { guideUrl: requirement.guideUrl } : {}) },
  };
}

/**
 * The link to a requirement's page, one read-only object per page shared by every diagnostic about
 * it: a national workspace keeps about 95,000 diagnostics in memory (to publish only what changed
 * and to count the board), and a copy of the same link in each was about 12 MB of its 600.
 */
function pageLink(links: LinkPolicy, requirement: RequirementId): { href: string } {
  const key = `${links.language}\n${links.pagesRoot}`;
  let pages = PAGE_LINKS.get(key);
  if (pages === undefined) {
    // A handful of keys in a process's life (the language and the pages folder rarely change).
    if (PAGE_LINKS.size >= 8) PAGE_LINKS.clear();
    PAGE_LINKS.set(key, (pages = new Map<RequirementId, { href: string }>()));
  }
  let link = pages.get(requirement);
  if (link === undefined) pages.set(requirement, (link = Object.freeze({ href: requirementPageUri(links.pagesRoot, requirement, links.language) })));
  return link;
}

const PAGE_LINKS = new Map<string, Map<RequirementId, { href: string }>>();

/**
 * Diagnostics shown per file. A generated catalog of 60,000 resources can carry two findings per
 * resource: past the first thousand they say nothing new, and publishing 120,000 of them stalls
 * the editor and floods the command line's output. Coverage still counts every finding.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

/** What a file shows: its diagnostics, and the findings above the target level kept apart when asked. */
export interface FileDiagnostics {
  diagnostics: GuideDiagnostic[];
  aboveTarget: AboveTargetTally;
}

/**
 * The findings above the target level that a file's diagnostics leave out (`showAboveTarget: false`),
 * counted per requirement with the first of each in text order: all that the board shows of them.
 * Counts rather than diagnostics: a national workspace has about 49,000 of them, and each kept as a
 * diagnostic was about 15 MB of the server's memory.
 */
export type AboveTargetTally = Record<string, { count: number; first: { range: Range; message: string } }>;

export interface FileDiagnosticsOptions {
  /** Whether findings above the target level go with `diagnostics` (else into `aboveTarget`). */
  showAboveTarget: boolean;
  /** Findings shown as hints whatever their weight (e.g. on a template value still to fill). */
  asHint?: (finding: Finding) => boolean;
}

/**
 * The diagnostics of one file in text order: the first `MAX_DIAGNOSTICS_PER_FILE` findings shown by
 * the policy, then, when there were more, one diagnostic where the first left out is that says how
 * many were left out (with the most severe of their severities). Findings above the target level
 * go to `aboveTarget` unless `showAboveTarget`, capped the same way. Only the kept findings are
 * placed on lines, so a huge list costs a sort, not a conversion per finding.
 */
export function fileDiagnostics(
  findings: readonly Finding[],
  lines: LineIndex,
  policy: SeverityPolicy,
  links: LinkPolicy,
  options: FileDiagnosticsOptions,
  limit = MAX_DIAGNOSTICS_PER_FILE,
): FileDiagnostics {
  const shown: SeverityOf[] = [];
  const above: SeverityOf[] = [];
  for (const finding of findings) {
    const severity = severityOf(finding, policy);
    const entry = { finding, severity: options.asHint?.(finding) === true ? 4 : severity };
    (severity === 3 && !options.showAboveTarget ? above : shown).push(entry);
  }
  return { diagnostics: capped(shown, lines, links, limit), aboveTarget: tallied(above, lines) };
}

/** Findings counted per requirement, with the first of each in text order (see `AboveTargetTally`). */
function tallied(entries: readonly SeverityOf[], lines: LineIndex): AboveTargetTally {
  const tally = new Map<string, { count: number; first: Finding }>();
  for (const { finding } of entries) {
    const entry = tally.get(finding.requirement);
    if (entry === undefined) tally.set(finding.requirement, { count: 1, first: finding });
    else {
      entry.count++;
      if (finding.start < entry.first.start) entry.first = finding;
    }
  }
  const result: AboveTargetTally = {};
  for (const [code, { count, first }] of tally) result[code] = { count, first: { range: lines.rangeOf(first.start, first.end), message: first.message } };
  return result;
}

interface SeverityOf {
  finding: Finding;
  severity: DiagnosticSeverity;
}

function capped(shown: SeverityOf[], lines: LineIndex, links: LinkPolicy, limit: number): GuideDiagnostic[] {
  shown.sort((a, b) => a.finding.start - b.finding.start);
  const diagnostics = shown.slice(0, limit).map(({ finding, severity }) => toDiagnostic(finding, lines, severity, links));
  const rest = shown.slice(limit);
  const first = rest[0];
  if (first !== undefined) {
    const severity = rest.reduce<DiagnosticSeverity>((most, entry) => (entry.severity < most ? entry.severity : most), first.severity);
    const summary: Finding = {
      requirement: first.finding.requirement,
      weight: first.finding.weight,
      start: first.finding.start,
      end: first.finding.end,
      message: counted(
        rest.length,
        t('Este archivo tiene 1 hallazgo más a partir de aquí; se muestran los primeros {0}. Corrige estos para verlo; la cobertura sí lo cuenta.', limit),
        t(
          'Este archivo tiene {0} hallazgos más a partir de aquí; se muestran los primeros {1}. Corrige estos (suelen repetirse) para ver los demás; la cobertura sí los cuenta todos.',
          rest.length,
          limit,
        ),
      ),
      data: { rule: 'demasiados-hallazgos', shown: limit, omitted: rest.length },
    };
    diagnostics.push(toDiagnostic(summary, lines, severity, links));
  }
  diagnostics.sort(byPosition);
  return diagnostics;
}

/** Text order of diagnostics: by line, then by character. */
export function byPosition(a: GuideDiagnostic, b: GuideDiagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
