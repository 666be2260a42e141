import { requirementById } from '../../server/src/core/catalog/requirements';
import type { FileAnalysis } from '../../server/src/core/check/analyzeFile';
import type { WorkspaceReport } from '../../server/src/core/check/workspaceIndex';

/**
 * What must hold for any input, however broken: findings inside the text, tied to a requirement of
 * the catalog, with a finished message (no unfilled `{0}`, no `[object Object]`), and a report that
 * serialises (the server sends it as JSON). Returns the violations found, empty when all is well.
 */
export function invariantViolations(text: string, analysis: FileAnalysis, report: WorkspaceReport): string[] {
  const problems: string[] = [];
  for (const finding of analysis.findings) {
    if (!(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length)) {
      problems.push(`finding ${finding.data.rule} outside the text: ${finding.start}-${finding.end} of ${text.length}`);
    }
    if (!requirementById(finding.requirement)) problems.push(`finding ${finding.data.rule} names an unknown requirement ${finding.requirement}`);
    problems.push(...messageProblems(finding.message, text, finding.data.rule));
  }
  const lineCount = analysis.parsed.lines.lineCount;
  const file = report.files.find((candidate) => candidate.id === analysis.id);
  if (!file) problems.push('the analysed file is missing from the report');
  for (const diagnostic of file?.diagnostics ?? []) {
    const { start, end } = diagnostic.range;
    if (
      start.line < 0 ||
      end.line >= lineCount ||
      start.character < 0 ||
      end.character < 0 ||
      start.line > end.line ||
      (start.line === end.line && start.character > end.character)
    ) {
      problems.push(`diagnostic ${String(diagnostic.data.rule)} has a bad range ${JSON.stringify(diagnostic.range)} (${lineCount} lines)`);
    }
    if (![1, 2, 3, 4].includes(diagnostic.severity)) problems.push(`diagnostic with severity ${diagnostic.severity}`);
  }
  for (const [level, coverage] of Object.entries(report.coverage)) {
    if (!(coverage.ratio >= 0 && coverage.ratio <= 1 && coverage.met <= coverage.total)) problems.push(`coverage of ${level} is ${JSON.stringify(coverage)}`);
  }
  try {
    JSON.parse(JSON.stringify(report));
  } catch (error) {
    problems.push(`the report does not serialise: ${String(error)}`);
  }
  return problems;
}

function messageProblems(message: string, text: string, rule: string): string[] {
  const problems: string[] = [];
  if (typeof message !== 'string' || message.trim() === '') problems.push(`finding ${rule} has an empty message`);
  else {
    if (/\{\d+\}/.test(message) && !/\{\d+\}/.test(text)) problems.push(`finding ${rule} has an unfilled placeholder: ${message}`);
    if (message.includes('[object Object]')) problems.push(`finding ${rule} shows [object Object]: ${message}`);
    if (/\bundefined\b/.test(message) && !text.includes('undefined')) problems.push(`finding ${rule} shows "undefined": ${message}`);
  }
  return problems;
}
