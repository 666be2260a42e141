import { analyzeFile } from '../../../server/src/core/check/analyzeFile';
import type { GuideDiagnostic } from '../../../server/src/core/check/diagnostics';
import { WorkspaceIndex, type WorkspaceReport } from '../../../server/src/core/check/workspaceIndex';
import type { ServiceContext, ServiceSettings, TextEdit, WorkspaceEdit } from '../../../server/src/core/services/serviceTypes';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { roleFromName } from '../../support/analyze';

/** The folder every fixture workspace lives in; files are named relative to it. */
export const ROOT = 'file:///trabajo';

export const SETTINGS: ServiceSettings = {
  language: 'es',
  pagesRoot: 'file:///ext/docs/requisitos',
  targetLevel: 'basico',
  today: '2026-11-27',
  now: new Date(2026, 10, 27, 10, 15, 30),
};

export function uri(name: string): string {
  return `${ROOT}/${name}`;
}

/** Analyses in-memory files (name relative to ROOT → text) into an index, as the server does. */
export function workspace(files: Record<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [name, text] of Object.entries(files)) index.set(analyzeFile(uri(name), roleFromName(name), text));
  return index;
}

/** Splits a fixture with the cursor marked `|` into its text and the cursor's offset. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) throw new Error('mark the cursor with exactly one |');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/**
 * A service context for `name` in a workspace of `files`, where `name`'s text holds the cursor
 * mark `|`. Returns the context and the cursor's offset.
 */
export function atCursor(
  name: string,
  marked: string,
  others: Record<string, string> = {},
  settings: Partial<ServiceSettings> = {},
): { context: ServiceContext; offset: number; text: string } {
  const { text, offset } = withCursor(marked);
  const index = workspace({ ...others, [name]: text });
  return { context: { file: index.get(uri(name))!, index, settings: settingsFor(index, settings) }, offset, text };
}

export function contextOf(index: WorkspaceIndex, name: string, settings: Partial<ServiceSettings> = {}): ServiceContext {
  const file = index.get(uri(name));
  if (!file) throw new Error(`no file ${name}`);
  return { file, index, settings: settingsFor(index, settings) };
}

/** The fixture settings, with the target level the workspace's plan declares, as the server does. */
function settingsFor(index: WorkspaceIndex, settings: Partial<ServiceSettings>): ServiceSettings {
  return { ...SETTINGS, targetLevel: index.targetLevel(undefined).level, ...settings };
}

/** Applies LSP text edits to a text (edits may come in any order but must not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits
    .map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Error('overlapping edits');
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}

/** Expands a snippet's tab stops to their default text, as an editor shows it right after insertion. */
export function expandSnippet(snippet: string): string {
  let text = snippet;
  for (let guard = 0; guard < 50 && /\$\{\d+[:|]/.test(text); guard++) {
    text = text.replace(/\$\{\d+\|((?:\\.|[^|\\])*)\|\}/g, (_, choices: string) => choices.split(/(?<!\\),/)[0]!);
    text = text.replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1');
  }
  return text.replace(/\$\d+/g, '').replace(/\\([\\$}|,])/g, '$1');
}

/** Every diagnostic of a workspace (all levels shown), as the server publishes them. */
export function evaluate(index: WorkspaceIndex, today = SETTINGS.today): WorkspaceReport {
  return index.evaluate({ today, showAboveTarget: true, pagesRoot: SETTINGS.pagesRoot, language: 'es' });
}

export function diagnosticsOf(report: WorkspaceReport, name: string): GuideDiagnostic[] {
  return report.files.find((file) => file.id === uri(name))?.diagnostics ?? [];
}

/** Applies a workspace edit to in-memory files (names relative to ROOT), creating files it creates. */
export function applyWorkspaceEdit(files: Record<string, string>, edit: WorkspaceEdit): Record<string, string> {
  const result = { ...files };
  const nameOf = (target: string): string => {
    if (!target.startsWith(`${ROOT}/`)) throw new Error(`edit outside the workspace: ${target}`);
    return target.slice(ROOT.length + 1);
  };
  for (const [target, edits] of Object.entries(edit.changes ?? {})) {
    const name = nameOf(target);
    if (result[name] === undefined) throw new Error(`edit of a missing file: ${name}`);
    result[name] = applyEdits(result[name], edits);
  }
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      const name = nameOf(change.uri);
      if (result[name] !== undefined && !change.options?.overwrite) throw new Error(`file exists: ${name}`);
      result[name] = '';
    } else {
      const name = nameOf(change.textDocument.uri);
      result[name] = applyEdits(result[name] ?? '', change.edits);
    }
  }
  return result;
}

/** `file rule` of every diagnostic, counted: what a fix may remove but must never add to. */
export function diagnosticCounts(report: WorkspaceReport): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of report.files) {
    for (const diagnostic of file.diagnostics) {
      const key = `${file.id.slice(ROOT.length + 1)} ${String(diagnostic.data.rule)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}
