import { LEVELS, REQUIREMENTS, levelTitle, requirementById } from '../core/catalog/requirements';
import type { RequirementState } from '../core/check/coverage';
import type { GuideDiagnostic } from '../core/check/diagnostics';
import type { WorkspaceReport } from '../core/check/workspaceIndex';
import { institutionSummary, type InstitutionsReport } from '../core/institutions/institutionIndexes';
import { stateLabel } from '../core/report/boardModel';
import { counted, t, type Language } from '../core/l10n';
import type { LinkCheckReport } from '../core/model/linkResults';
import { meanScore, type DatasetQuality } from '../core/quality/datasetQuality';

const SEVERITY_WORDS: Record<number, () => string> = {
  1: () => t('error'),
  2: () => t('advertencia'),
  3: () => t('información'),
  4: () => t('sugerencia'),
};

const STATE_MARKS: Record<RequirementState, string> = { met: '✔', partial: '◐', unmet: '✘', 'no-evidence': '·' };

/**

 * `path:line:column: severity code: message`, one line per finding, then the board: one per
 * institution, each under its name, when the workspace holds several. Yields one piece per file, so
 * the command line writes as it goes instead of building the whole output first.
 */
export function* formatText(report: InstitutionsReport, language: Language): Generator<string> {
  let any = false;
  for (const file of report.files) {
    if (file.diagnostics.length === 0) continue;
    any = true;
    yield file.diagnostics
      .map((diagnostic) => {
        const { line, character } = diagnostic.range.start;
        return `${file.id}:${line + 1}:${character + 1}: ${SEVERITY_WORDS[diagnostic.severity]!()} ${diagnostic.code}: ${diagnostic.message}\n`;
      })
      .join('');
  }
  const several = report.institutions.length > 1;
  const boards = report.institutions.map((institution) =>
    [...(several ? [`== ${t('Institución: {0} ({1})', institution.name, institution.root)}`] : []), ...formatBoard(institution, language)].join('\n'),
  );
  // Without any file there is no institution: the board of an empty workspace, as before.
  if (boards.length === 0) boards.push(formatBoard(emptyReport(report), language).join('\n'));
  yield (any ? '\n' : '') + boards.join('\n\n') + '\n';
}

/** The board of a check that found no file at all: nothing met, at the default level. */
function emptyReport(report: InstitutionsReport): WorkspaceReport {
  return { targetLevel: 'basico', targetLevelSource: 'default', files: [], coverage: report.coverage };
}

/** «3 archivos revisados: 1 error, 0 advertencias, 2 avisos informativos.», each count in its number. */
function checkedSummary(files: number, errors: number, warnings: number, notices: number): string {
  return t(
    '{0}: {1}, {2}, {3}.',
    counted(files, t('1 archivo revisado'), t('{0} archivos revisados', files)),
    counted(errors, t('1 error'), t('{0} errores', errors)),
    counted(warnings, t('1 advertencia'), t('{0} advertencias', warnings)),
    counted(notices, t('1 aviso informativo'), t('{0} avisos informativos', notices)),
  );
}

/** The board: per level met/total and the state of each requirement. */
export function formatBoard(report: WorkspaceReport, language: Language): string[] {
  const counts = countBySeverity(report.files.flatMap((file) => file.diagnostics));
  const lines = [t('Tablero de la guía — nivel objetivo: {0}', levelTitle(report.targetLevel, language)), checkedSummary(report.files.length, counts[1], counts[2], counts[3])];
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

 * The documented JSON object: the evaluation date, files with their LSP diagnostics and their
 * datasets' metadata quality (MQA), `coverage` (what every institution reaches, see
 * `commonCoverage`), the mean quality of every dataset, and each institution with its own target
 * level, coverage, findings per requirement and quality (what `guia tablero` reads back). Yields one
 * piece per file; the pieces together are `JSON.stringify(object, null, 2)`.
 */
export function* formatJson(report: InstitutionsReport, evaluationDate: string, linkCheck?: LinkCheckReport): Generator<string> {
  // Grouped once: a country-sized run has tens of thousands of files and datasets.
  const byFile = new Map<string, Pick<DatasetQuality, 'identifier' | 'quality'>[]>();
  const datasets = report.institutions.flatMap((institution) => institution.quality?.datasets ?? []);
  for (const { file, identifier, quality: score } of datasets) {
    const list = byFile.get(file) ?? [];
    list.push({ identifier, quality: score });
    byFile.set(file, list);
  }
  const datasetsOf = (file: string) => byFile.get(file) ?? [];
  yield `{\n  "evaluationDate": ${JSON.stringify(evaluationDate)},\n  "files": [`;
  for (const [index, file] of report.files.entries()) {
    yield `${index === 0 ? '' : ','}\n    ${indented({ path: file.id, kind: file.kind, diagnostics: file.diagnostics, datasets: datasetsOf(file.id) }, '    ')}`;
  }
  yield `${report.files.length === 0 ? ']' : '\n  ]'},\n  "coverage": ${indented(report.coverage, '  ')}`;
  if (datasets.length > 0) yield `,\n  "quality": ${indented(meanScore(datasets.map((dataset) => dataset.quality)), '  ')}`;
  const institutions = report.institutions.map((institution) => ({ ...institutionSummary(institution), hasPlan: institution.hasPlan, files: institution.files.length }));
  yield `,\n  "institutions": ${indented(institutions, '  ')}`;
  // With --check-links: every URL asked, with its date and outcome (the CLI never writes them to a file).
  if (linkCheck) yield `,\n  "links": ${indented(linkCheck, '  ')}`;
  yield '\n}\n';
}

/** `value` as JSON indented by two spaces, its lines after the first moved right by `margin`. */
function indented(value: unknown, margin: string): string {
  return JSON.stringify(value, null, 2).split('\n').join(`\n${margin}`);
}

const SARIF_LEVELS: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };

/** SARIF 2.1.0, as code-scanning services read it: one rule per requirement (its findings are capped per file, so it is built whole). */
export function* formatSarif(report: Pick<WorkspaceReport, 'files'>, language: Language): Generator<string> {
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
  const results = report.files.flatMap((file) =>
    file.diagnostics.map((diagnostic) => ({
      ruleId: diagnostic.code,
      ruleIndex: used.indexOf(diagnostic.code),
      level: SARIF_LEVELS[diagnostic.severity],
      message: { text: diagnostic.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: file.id.split('\\').join('/') },
            region: {
              startLine: diagnostic.range.start.line + 1,
              startColumn: diagnostic.range.start.character + 1,
              endLine: diagnostic.range.end.line + 1,
              endColumn: diagnostic.range.end.character + 1,
            },
          },
        },
      ],
      properties: { rule: diagnostic.data.rule },
    })),
  );
  yield (
    JSON.stringify(
      {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'guia', informationUri: 'https://datos.gob.mx/guia/', rules } }, results }],
      },
      null,
      2,
    ) + '\n'
  );
}
