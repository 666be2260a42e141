import { t } from '../../l10n';
import { nodeAtPath, property, type NodePath, type SourceNode } from '../../parse/sourceTree';
import { fieldTitle } from '../fieldDocs';
import { templateFor, type FieldHints } from '../placeholders';
import { schemaAt } from '../schemaContext';
import type { ServiceContext } from '../serviceTypes';
import { TemplateWriter, type Template } from '../valueTemplates';
import { datasetHints, resourceHints } from './fieldHints';
import { documentEdit, replaceSpan, type Fix, type FixInput } from './fixTypes';

/**
 * Adds a missing required field (rule `campo-obligatorio`, `data.field`) to the object at
 * `data.path`, with the object's indentation and a valid value: one the workspace already knows
 * (the plan's description, periodicity, contact…), today for dates, else the schema's example.
 * Not in "fix all": the value is a placeholder for the user to review.
 */
export function missingFieldFix(input: FixInput): Fix[] {
  const field = typeof input.target.data.field === 'string' ? input.target.data.field : undefined;
  return field ? addFieldFix(input, field, (title) => (title ? t('Agregar el campo obligatorio «{0}» ({1})', field, title) : t('Agregar el campo obligatorio «{0}»', field))) : [];
}

/**
 * Adds a section of the plan that a requirement reads and the plan lacks (rule `seccion-faltante`,
 * `data.section`, inside the object at `data.path` or the plan itself): its skeleton, every required
 * field with a stand-in value that the checks keep asking the user to replace.
 */
export function missingSectionFix(input: FixInput): Fix[] {
  const section = typeof input.target.data.section === 'string' ? input.target.data.section : undefined;
  return section ? addFieldFix({ ...input, target: { ...input.target, path: input.target.path ?? [] } }, section, () => t('Agregar «{0}»', section), true) : [];
}

/** Inserts `field` with a valid value into the object at the target's path, titled by `title` (given the field's schema title). */
function addFieldFix({ context, target, start }: FixInput, field: string, title: (schemaTitle: string | undefined) => string, stubs = false): Fix[] {
  if (!target.path) return [];
  const object = nodeAtPath(context.file.parsed.root, target.path);
  if (object?.type !== 'object' || property(object, field)) return [];
  const schema = schemaAt(start, [...target.path, field])?.schema;
  if (!schema) return [];
  const template = templateFor(start, schema, field, { settings: context.settings, snippet: false, stubs, hints: hintsFor(context, target.path, object) });
  const edit = insertField(context, object, field, template);
  if (!edit) return [];
  return [{ title: title(fieldTitle(schema, context.settings)), edit: documentEdit(context, [edit]), safe: false, preferred: true }];
}

function hintsFor(context: ServiceContext, path: NodePath, object: SourceNode): FieldHints {
  if (context.file.kind === 'plan') return {};
  const isDataset = context.file.kind === 'dataset' ? path.length === 0 : context.file.kind === 'catalog' && path.length === 2 && path[0] === 'dataset';
  if (isDataset) return datasetHints(context.index, object, context.file.id);
  return path[path.length - 2] === 'distribution' ? resourceHints(object) : {};
}

/** The edit that adds `field: value` as the object's last entry, in the object's own style. */
function insertField(context: ServiceContext, object: SourceNode & { type: 'object' }, field: string, template: Template) {
  const { text, lines } = context.file.parsed;
  const writer = new TemplateWriter(false);
  const json = /\.json$/i.test(context.file.id);
  const last = object.properties[object.properties.length - 1];
  const first = object.properties[0];
  if (text[object.start] === '{') {
    const syntax = json ? 'json' : 'flow';
    if (!last || !first)
      return replaceSpan(context, object.start, object.end, json ? `{${writer.entry('json', field, template, 0)}}` : `{ ${writer.entry('flow', field, template, 0)} }`);
    const objectLine = lines.positionAt(object.start).line;
    const keyPosition = lines.positionAt(first.keyStart);
    const multiline = keyPosition.line !== objectLine;
    const separator = multiline ? `,\n${lines.lineText(keyPosition.line).slice(0, keyPosition.character)}` : ', ';
    const end = contentEnd(text, last.value.end, last.keyEnd);
    return replaceSpan(context, end, end, separator + writer.entry(syntax, field, template, keyPosition.character));
  }
  if (!last || !first) return undefined;
  // Block YAML: a new line after the object's last line, with its keys' indentation.
  const column = lines.positionAt(first.keyStart).character;
  const end = contentEnd(text, deepestEnd(last), last.keyEnd);
  const line = lines.positionAt(end).line;
  const lineEnd = lines.offsetAt({ line, character: lines.lineText(line).length });
  return replaceSpan(context, lineEnd, lineEnd, `\n${' '.repeat(column)}${writer.blockEntry(field, template, column)}`);
}

/** Where a value's text really ends: parsers may count the line break and blank lines after it. */
function contentEnd(text: string, end: number, floor: number): number {
  let position = Math.min(end, text.length);
  while (position > floor && /\s/.test(text[position - 1]!)) position--;
  return position;
}

/** The end of the last value nested in a property (a block list's last item's last field…). */
function deepestEnd(entry: { value: SourceNode }): number {
  let node = entry.value;
  for (;;) {
    if (node.type === 'object' && node.properties.length > 0) node = node.properties[node.properties.length - 1]!.value;
    else if (node.type === 'array' && node.items.length > 0) node = node.items[node.items.length - 1]!;
    else return Math.max(node.end, entry.value.end);
  }
}
