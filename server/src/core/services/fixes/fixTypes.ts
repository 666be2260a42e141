import type { FindingData } from '../../findings';
import type { NodePath, SourceNode } from '../../parse/sourceTree';
import type { SchemaStart } from '../schemaContext';
import type { DiagnosticRef, ServiceContext, TextEdit, WorkspaceEdit } from '../serviceTypes';
import { yamlScalar } from '../valueTemplates';

/** One way to fix a diagnostic. */
export interface Fix {
  title: string;
  edit: WorkspaceEdit;
  /**
   * Safe fixes only restate what the user wrote in the form the guide asks for (an unambiguous date
   * in ISO 8601, `CSV` as `text/csv`); they are the ones "fix all" applies without asking.
   */
  safe: boolean;
  preferred?: boolean;
}

/** A diagnostic of the current text, located in it. */
export interface FixTarget {
  diagnostic: DiagnosticRef;
  data: FindingData & Record<string, unknown>;
  /** The diagnostic's span as offsets of the current text. */
  start: number;
  end: number;
  /** `data.path` from the document's root (a catalog's dataset paths are relative to the dataset). */
  path: NodePath | undefined;
  /** The node at the diagnostic's start, if any. */
  node: SourceNode | undefined;
}

export interface FixInput {
  context: ServiceContext;
  target: FixTarget;
  start: SchemaStart;
}

export type FixProvider = (input: FixInput) => Fix[];

/** A workspace edit of the request's document alone. */
export function documentEdit(context: ServiceContext, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [context.file.id]: edits } };
}

/** An edit that replaces the offsets `[start, end)` of the request's document. */
export function replaceSpan(context: ServiceContext, start: number, end: number, newText: string): TextEdit {
  return { range: context.file.parsed.lines.rangeOf(start, end), newText };
}

/** A string value written like the scalar it replaces: JSON, or YAML keeping the user's quotes. */
export function scalarText(context: ServiceContext, node: SourceNode, value: string): string {
  const first = context.file.parsed.text[node.start];
  if (/\.json$/i.test(context.file.id) || first === '"') return JSON.stringify(value);
  if (first === "'") return `'${value.replace(/'/g, "''")}'`;
  return yamlScalar(value, true);
}

/** An edit of the request's document that writes `value` in place of the scalar `node`, as `scalarText` spells it. */
export function valueEdit(context: ServiceContext, node: SourceNode, value: string): WorkspaceEdit {
  return documentEdit(context, [replaceSpan(context, node.start, node.end, scalarText(context, node, value))]);
}

/** The scalar string the fix is about: the node at the diagnostic, when it is a string. */
export function targetString(target: FixTarget): { node: SourceNode; value: string } | undefined {
  const node = target.node;
  if (node?.type !== 'scalar' || node.value === null) return undefined;
  return { node, value: String(node.value) };
}
