import { analyzeFile } from '../../server/src/core/check/analyzeFile';
import { WorkspaceIndex, type WorkspaceReport } from '../../server/src/core/check/workspaceIndex';
import type { FileRole } from '../../server/src/core/files/fileKinds';

/** The files of a workspace for a test: path to text; the role comes from the name like in the product. */
export type TestWorkspace = Record<string, string>;

export function roleFromName(path: string): FileRole {
  return /plan/.test(path) ? 'plan' : 'metadata';
}

/** Runs the whole check on in-memory files, as the command line does on disk. */
export function checkWorkspace(files: TestWorkspace, options: { today?: string; targetLevel?: 'basico' | 'intermedio' | 'avanzado' } = {}): WorkspaceReport {
  const index = new WorkspaceIndex();
  for (const [path, text] of Object.entries(files)) index.set(analyzeFile(path, roleFromName(path), text));
  return index.evaluate({ today: options.today ?? '2026-11-27', targetLevel: options.targetLevel, showAboveTarget: true, pagesRoot: 'file:///docs/requisitos', language: 'es' });
}

/** `line:rule` of every diagnostic of one file (1-based lines, as a person reads them). */
export function findingsOf(report: WorkspaceReport, path: string): string[] {
  const file = report.files.find((candidate) => candidate.id === path);
  if (!file) throw new Error(`no report for ${path}`);
  return file.diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${String(diagnostic.data.rule)}`);
}
