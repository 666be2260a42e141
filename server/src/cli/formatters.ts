import { LEVELS, REQUIREMENTS, levelTitle, requirementById } from '../core/catalog/requirements';
import type { RequirementState } from '../core/check/coverage';
import type { GuideDiagnostic } from '../core/check/diagnostics';
import type { WorkspaceReport } from '../core/check/workspaceIndex';
import { institutionSummary, type InstitutionsReport } from '../core/institutions/institutionIndexes';
import { stateLabel } from '../core/report/boardModel';
import { t, type Language } from '../core/l10n';
import type { LinkCheckReport } from '../core/links/linkResults';

const SEVERITY_WORDS: Record<number, () => string> = {
  1: () => t('error'),
  2: () => t('advertencia'),
  3: () => t('información'),
  4: () => t('sugerencia'),
};

const STATE_MARKS: Record<RequirementState, string> = { met: '✔', partial: '◐', unmet: '✘', 'no-evidence': '·' };

/**
 * `path:line:column: severity code: message`, one line per finding, then the board: one per
 * institution, each under its name, when the workspace holds several.
 */
export function formatText(report: InstitutionsReport, language: Language): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const diagnostic of file.diagnostics) {
      const { line, character } = diagnostic.range.start;
      lines.push(`${file.id}:${line + 1}:${character + 1}: ${SEVERITY_WORDS[diagnostic.severity]!()} ${diagnostic.code}: ${diagnostic.message}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const several = report.institutions.length > 1;
  for (const [i, institution] of report.institutions.entries()) {
    if (i > 0) lines.push('');
    if (several) lines.push(`== ${t('Institución: {0} ({1})', institution.name, institution.root)}`);
    lines.push(...formatBoard(institution, language));
  }
  return lines.join('\n') + '\n';
}

/** The board: per level met/total and the state of each requirement. */
export function formatBoard(report: WorkspaceReport, language: Language): string[] {
  const counts = countBySeverity(report.files.flatMap((file) => file.diagnostics));
  const lines = [
    t('Tablero de la guía — nivel objetivo: {0}', levelTitle(report.targetLevel, language)),
    t('{0} archivo(s) revisado(s): {1} error(es), {2} advertencia(s), {3} aviso(s) informativo(s).', report.files.length, counts[1], counts[2], counts[3]),
  ];
  for (const level of LEVELS) {
    const coverage = report.coverage[level.id];
    lines.push('', `${level.title[language]}: ${coverage.met}/${coverage.total}`);
    for (const requirement of REQUIREMENTS.filter((candidate) => candidate.level === level.id)) {
      const state = coverage.requirements[requirement.id] ?? 'no-evidence';
      lines.push(`  ${STATE_MARKS[state]} ${requirement.id.padEnd(14)} ${requirement.title[language]} — ${stateLabel(state)}`);
    }
  }
  return lines;
}

function countBySeverity(diagnostics: readonly GuideDiagnostic[]): Record<1 | 2 | 3 | 4, number> {
  const counts = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}

/**
 * The documented JSON object: the evaluation date, files with their LSP diagnostics, each
 * institution with its own target level, coverage and findings per requirement (what
 * `guia tablero` reads back), and `coverage`: what every institution reaches (see `commonCoverage`).
 */
export function formatJson(report: InstitutionsReport, evaluationDate: string, linkCheck?: LinkCheckReport): string {
  return JSON.stringify({
    evaluationDate,
    files: report.files.map((file) => ({ path: file.id, kind: file.kind, diagnostics: file.diagnostics })),
    coverage: report.coverage,
    institutions: report.institutions.map((institution) => ({ ...institutionSummary(institution), hasPlan: institution.hasPlan, files: institution.files.length })),
    // With --check-links: every URL asked, with its date and outcome (the CLI never writes them to a file).
    ...(linkCheck ? { links: linkCheck } : {}),
  }, null, 2) + '\n';
}

const SARIF_LEVELS: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };

/** SARIF 2.1.0, as code-scanning services read it: one rule per requirement. */
export function formatSarif(report: Pick<WorkspaceReport, 'files'>, language: Language): string {
  const used = [...new Set(report.files.flatMap((file) => file.diagnostics.map((diagnostic) => diagnostic.code)))].sort();
  const rules = used.map((id) => {
    const requirement = requirementById(id);
    return {
      id,
      name: id,
      shortDescription: { text: requirement?.title[language] ?? id },
      fullDescription: { text: requirement?.summary[language] ?? id },
      helpUri: requirement?.guideUrl,
      properties: { level: requirement?.level, step: requirement?.step },
    };
  });
  const results = report.files.flatMap((file) => file.diagnostics.map((diagnostic) => ({
    ruleId: diagnostic.code,
    ruleIndex: used.indexOf(diagnostic.code),
    level: SARIF_LEVELS[diagnostic.severity],
    message: { text: diagnostic.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: file.id.split('\\').join('/') },
        region: {
          startLine: diagnostic.range.start.line + 1,
          startColumn: diagnostic.range.start.character + 1,
          endLine: diagnostic.range.end.line + 1,
          endColumn: diagnostic.range.end.character + 1,
        },
      },
    }],
    properties: { rule: diagnostic.data.rule },
  })));
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'guia', informationUri: 'https://datos.gob.mx/guia/', rules } }, results }],
  }, null, 2) + '\n';
}
