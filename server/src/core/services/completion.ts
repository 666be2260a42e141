import { t } from '../l10n';
import { nodeAtPath, type NodePath } from '../parse/sourceTree';
import { resolve, type SchemaNode } from '../schema/schemaInfo';
import { cursorContext, valuePathOf, type CursorContext } from './cursorContext';
import { fieldMarkdown, fieldTitle, requirednessLabel, type FieldFacts } from './fieldDocs';
import { objectTemplate, templateFor } from './placeholders';
import { isArraySchema, isMachineField, isObjectSchema, itemSchema, requiredFields, schemaAt, schemaStartOf, shallowValue, typesOf, type SchemaStart } from './schemaContext';
import { CompletionKind, type CompletionItem, type CompletionList, type ServiceContext, type TextEdit } from './serviceTypes';
import { TemplateWriter, yamlScalar } from './valueTemplates';
import { valueCandidates, type ValueCandidate } from './valueCandidates';
import { snippetsAt } from './guideSnippets';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };
const TRIGGER_SUGGEST = { title: 'suggest', command: 'editor.action.triggerSuggest' };

/** Whether a document is JSON (an ADELA export) rather than YAML, as the parser decided. */
export function isJsonDocument(id: string): boolean {
  return /\.json$/i.test(id);
}

/**
 * Completion at an offset: the fields an object still lacks (with their meaning and whether the
 * target level requires them), values from the guide's catalogs and the workspace, whole objects.
 */
export function complete(context: ServiceContext, offset: number): CompletionList {
  const start = schemaStartOf(context.file.kind);
  if (!start) return EMPTY;
  const cursor = cursorContext(context.file.parsed, offset, isJsonDocument(context.file.id));
  if (!cursor) return EMPTY;
  const builder = new CompletionBuilder(context, start, cursor);
  return { isIncomplete: false, items: builder.items() };
}

class CompletionBuilder {
  private readonly range: TextEdit['range'];

  constructor(
    private readonly context: ServiceContext,
    private readonly start: SchemaStart,
    private readonly cursor: CursorContext,
  ) {
    this.range = context.file.parsed.lines.rangeOf(cursor.replaceStart, cursor.replaceEnd);
  }

  items(): CompletionItem[] {
    return [...this.snippetItems(), ...this.fieldItems()];
  }

  /** The guide's snippets that fit here: a whole file at the top of an empty one, a list item. */
  private snippetItems(): CompletionItem[] {
    return snippetsAt(this.context.file.kind, this.cursor).map(({ snippet }) => ({
      label: snippet.prefix,
      kind: CompletionKind.Snippet,
      detail: snippet.description,
      documentation: {
        kind: 'markdown',
        value:
          '```yaml\n' +
          snippet.body
            .join('\n')
            .replace(/\$\{\d+[:|]([^}|]*)[^}]*\}|\$\{(\w+)\}|\$\d+/g, (_, text: string | undefined, variable: string | undefined) => text ?? (variable ? `$${variable}` : '')) +
          '\n```',
      },
      sortText: '0000',
      insertTextFormat: 2,
      // Our snippets' lines are relative to the line they start on.
      insertTextMode: 2,
      textEdit: { range: this.range, newText: snippet.body.join('\n') },
    }));
  }

  private fieldItems(): CompletionItem[] {
    const { cursor } = this;
    if (cursor.position === 'key') {
      const found = schemaAt(this.start, cursor.containerPath);
      if (!found) return [];
      if (isObjectSchema(found.schema)) return this.keyItems(cursor.containerPath, found.schema);
      if (isArraySchema(found.schema) && cursor.syntax === 'block') return this.newItemSnippet(found.schema, true);
      // `key:` with its value on the next line.
      return this.valueItems(cursor.containerPath, found.schema, []);
    }
    if (cursor.position === 'value') {
      const path = valuePathOf(cursor);
      const found = schemaAt(this.start, path);
      return found ? this.valueItems(path, found.schema, cursor.presentItems) : [];
    }
    const list = schemaAt(this.start, cursor.containerPath);
    if (!list) return [];
    const items = itemSchema(this.start, list.schema);
    if (!items) return [];
    const path = valuePathOf(cursor);
    if (isObjectSchema(items)) {
      if (cursor.syntax !== 'block') return [];
      return [...this.newItemSnippet(list.schema, false), ...this.keyItems(path, items)];
    }
    return this.valueItems(path, items, this.presentItems());
  }

  /** The fields the object at `path` does not have yet. */
  private keyItems(path: NodePath, schema: SchemaNode): CompletionItem[] {
    const { cursor, context } = this;
    const node = nodeAtPath(context.file.parsed.root, path);
    const required = requiredFields(schema, node?.type === 'object' ? shallowValue(node) : undefined);
    const present = new Set(cursor.presentKeys);
    const items: CompletionItem[] = [];
    Object.entries(schema.properties ?? {}).forEach(([name, raw], position) => {
      if (present.has(name)) return;
      const field = resolve(this.start.root, raw);
      const requirement = schemaAt(this.start, [...path, name])?.requirement;
      const facts: FieldFacts = { name, schema: field, requirement, required: required.has(name) };
      const group = facts.required ? 0 : isMachineField(name, field) ? 2 : 1;
      const label = requirednessLabel(facts, context.settings);
      // The requirement is named when the field is required or carries a requirement of its own.
      const requirementNote = label && requirement ? `${label} (${requirement})` : (label ?? raw['x-requirement'] ?? field['x-requirement']);
      const detail = [fieldTitle(field, context.settings), requirementNote].filter(Boolean).join(' · ');
      const insertion = this.keyInsertion(path, name, field);
      items.push({
        label: name,
        kind: CompletionKind.Property,
        ...(detail ? { detail } : {}),
        documentation: { kind: 'markdown', value: fieldMarkdown(facts, context.settings) },
        sortText: `${group}${String(position).padStart(3, '0')}`,
        filterText: cursor.quote ? `${cursor.quote}${name}` : name,
        insertTextFormat: 2,
        insertTextMode: 1,
        textEdit: { range: this.range, newText: insertion.text },
        ...(insertion.suggest ? { command: TRIGGER_SUGGEST } : {}),
      });
    });
    return items;
  }

  /** What is inserted for a key: the name alone when a colon follows, else `name: value`. */
  private keyInsertion(path: NodePath, name: string, field: SchemaNode): { text: string; suggest: boolean } {
    const { cursor } = this;
    const writer = new TemplateWriter(true);
    if (cursor.hasColon) return { text: cursor.syntax === 'json' ? writer.literal(JSON.stringify(name)) : writer.literal(name), suggest: false };
    const structured = (isObjectSchema(field) && !typesOf(field).includes('string')) || isArraySchema(field);
    const separator = this.separatorAfter();
    if (structured) {
      const template = templateFor(this.start, field, name, { settings: this.context.settings, snippet: true });
      return { text: writer.entry(cursor.syntax, name, template, cursor.column) + separator, suggest: false };
    }
    // A scalar: write the key and open the value suggestions, which know the catalogs and the workspace.
    const hasValues = this.candidates([...path, name], field, []).length > 0;
    const key = cursor.syntax === 'json' ? JSON.stringify(name) : name;
    const value = cursor.syntax === 'json' && typesOf(field)[0] === 'string' ? '"$1"' : '$1';
    return { text: `${writer.literal(key)}: ${value}${separator}`, suggest: hasValues };
  }

  /** A comma when the key is inserted before another entry of a JSON or flow object. */
  private separatorAfter(): string {
    const { cursor } = this;
    if (cursor.syntax === 'block') return '';
    const next = /\S/.exec(this.context.file.parsed.text.slice(cursor.replaceEnd, cursor.replaceEnd + 200))?.[0];
    if (next === undefined || next === '}' || next === ']' || next === ',') return '';
    return cursor.syntax === 'json' ? ',' : ', ';
  }

  /** The snippet of a whole new item of a list of objects (a resource, a plan entry, a session). */
  private newItemSnippet(list: SchemaNode, needsMarker: boolean): CompletionItem[] {
    const items = itemSchema(this.start, list);
    if (!items || !isObjectSchema(items)) return [];
    const { cursor, context } = this;
    const writer = new TemplateWriter(true);
    const template = objectTemplate(this.start, items, { settings: context.settings, snippet: true });
    if (template.entries.length === 0) return [];
    const column = needsMarker ? cursor.column + 2 : cursor.column;
    const body = writer.blockMap(template, column, false);
    const title = fieldTitle(items, context.settings) ?? t('elemento');
    return [
      {
        label: title,
        kind: CompletionKind.Snippet,
        detail: t('Fragmento con sus campos obligatorios'),
        documentation: {
          kind: 'markdown',
          value: '```yaml\n' + new TemplateWriter(false).blockMap(objectTemplate(this.start, items, { settings: context.settings, snippet: false }), 0, false) + '\n```',
        },
        sortText: '0000',
        filterText: needsMarker ? `- ${template.entries[0]![0]}` : template.entries[0]![0],
        insertTextFormat: 2,
        insertTextMode: 1,
        textEdit: { range: this.range, newText: (needsMarker ? '- ' : '') + body + writer.end() },
      },
    ];
  }

  private candidates(path: NodePath, schema: SchemaNode, present: readonly string[]): ValueCandidate[] {
    return valueCandidates(this.context, path, schema, present);
  }

  /** Values for the value at `path`; for a list written as a value, each value as a one-item list. */
  private valueItems(path: NodePath, schema: SchemaNode, present: readonly string[]): CompletionItem[] {
    const types = typesOf(schema);
    const asList = types[0] === 'array' && !types.includes('string');
    const items = asList ? itemSchema(this.start, schema) : undefined;
    const candidates = asList ? (items ? this.candidates([...path, 0], items, present) : []) : this.candidates(path, schema, present);
    return candidates.map((candidate, position) => {
      const text = this.valueText(candidate);
      return {
        label: candidate.value,
        kind: candidate.kind,
        ...(candidate.detail ? { detail: candidate.detail } : {}),
        ...(candidate.documentation ? { documentation: { kind: 'markdown' as const, value: candidate.documentation } } : {}),
        sortText: String(position).padStart(4, '0'),
        filterText: this.cursor.quote ? `${this.cursor.quote}${candidate.value}` : candidate.value,
        insertTextFormat: 1 as const,
        textEdit: { range: this.range, newText: (this.cursor.needsSpace ? ' ' : '') + (asList ? `[${text}]` : text) },
        ...(candidate.preselect ? { preselect: true } : {}),
      };
    });
  }

  /** A value written in the document's syntax, keeping a quote the user already opened. */
  private valueText(candidate: ValueCandidate): string {
    const { cursor } = this;
    if (candidate.numeric && !cursor.quote) return candidate.value;
    if (cursor.syntax === 'json' || cursor.quote === '"') return JSON.stringify(candidate.value);
    if (cursor.quote === "'") return `'${candidate.value.replace(/'/g, "''")}'`;
    return yamlScalar(candidate.value, cursor.syntax === 'flow');
  }

  /** Plain items already in the block sequence being written into. */
  private presentItems(): string[] {
    if (this.cursor.syntax !== 'block') return this.cursor.presentItems;
    const list = nodeAtPath(this.context.file.parsed.root, this.cursor.containerPath);
    if (list?.type !== 'array') return [];
    return list.items
      .filter((item, position) => position !== this.cursor.itemIndex && item.type === 'scalar' && item.value !== null)
      .map((item) => String((item as { value: unknown }).value));
  }
}
