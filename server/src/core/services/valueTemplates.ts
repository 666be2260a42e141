/**
 * Values to insert into a document, written in its syntax (block YAML, flow YAML or JSON) with the
 * right indentation, either as a snippet with tab stops (completion) or as plain text (quick fixes).
 */

export type Template = ScalarTemplate | SlotTemplate | ListTemplate | MapTemplate;

export interface ScalarTemplate {
  kind: 'scalar';
  value: string | number | boolean;
}

/** A value the user is expected to review or type: a tab stop in a snippet, its text otherwise. */
export interface SlotTemplate {
  kind: 'slot';
  text: string;
  /** Values to choose from (a snippet choice); the first one is the plain text when `text` is empty. */
  choices?: string[];
  /** A number: written without quotes. */
  numeric?: boolean;
}

export interface ListTemplate {
  kind: 'list';
  items: Template[];
}

export interface MapTemplate {
  kind: 'map';
  entries: Array<[string, Template]>;
}

export const scalar = (value: string | number | boolean): ScalarTemplate => ({ kind: 'scalar', value });
export const slot = (text: string, choices?: string[]): SlotTemplate => (choices && choices.length > 0 ? { kind: 'slot', text, choices } : { kind: 'slot', text });
export const numberSlot = (value: number): SlotTemplate => ({ kind: 'slot', text: String(value), numeric: true });

export type Syntax = 'block' | 'flow' | 'json';

/** Renders templates; one renderer per insertion so that tab stops are numbered 1, 2, 3… in order. */
export class TemplateWriter {
  private tabStop = 0;

  constructor(private readonly snippet: boolean) {}

  /** `key: value` lines in block YAML with keys at `column` (the first line carries no indentation). */
  blockEntry(key: string, value: Template, column: number): string {
    const name = yamlKey(key);
    if (value.kind === 'map' && value.entries.length > 0) return `${name}:\n${this.blockMap(value, column + 2, true)}`;
    if (value.kind === 'list' && value.items.some((item) => item.kind === 'map')) return `${name}:\n${this.blockList(value, column + 2, true)}`;
    return `${name}: ${this.flow(value)}`;
  }

  /** The entries of a map in block YAML at `column`; `indentFirst` whether the first line is indented. */
  blockMap(map: MapTemplate, column: number, indentFirst: boolean): string {
    return map.entries.map(([key, value], position) => `${position > 0 || indentFirst ? ' '.repeat(column) : ''}${this.blockEntry(key, value, column)}`).join('\n');
  }

  /** The items of a list in block YAML, `- ` at `column`. */
  blockList(list: ListTemplate, column: number, indentFirst: boolean): string {
    return list.items
      .map((item, position) => {
        const lead = `${position > 0 || indentFirst ? ' '.repeat(column) : ''}- `;
        return item.kind === 'map' ? lead + this.blockMap(item, column + 2, false) : lead + this.flow(item);
      })
      .join('\n');
  }

  /** A value in flow YAML: `[a, b]`, `{ a: 1 }` or a scalar. */
  flow(value: Template): string {
    switch (value.kind) {
      case 'scalar':
        return this.literal(typeof value.value === 'string' ? yamlScalar(value.value, true) : String(value.value));
      case 'slot':
        return this.slot(value, (text) => (value.numeric ? text : yamlScalar(text, true)));
      case 'list':
        return `[${value.items.map((item) => this.flow(item)).join(', ')}]`;
      case 'map':
        return value.entries.length === 0 ? '{}' : `{ ${value.entries.map(([key, inner]) => `${yamlKey(key)}: ${this.flow(inner)}`).join(', ')} }`;
    }
  }

  /** A value in JSON, on one line. */
  json(value: Template): string {
    switch (value.kind) {
      case 'scalar':
        return this.literal(JSON.stringify(value.value));
      case 'slot':
        return value.numeric ? this.slot(value, (text) => text) : this.slot(value, (text) => JSON.stringify(text), true);
      case 'list':
        return `[${value.items.map((item) => this.json(item)).join(', ')}]`;
      case 'map':
        return `{${value.entries.map(([key, inner]) => `${JSON.stringify(key)}: ${this.json(inner)}`).join(', ')}}`;
    }
  }

  /** A `key: value` pair in the given syntax, for flow and JSON objects and first block lines. */
  entry(syntax: Syntax, key: string, value: Template, column: number): string {
    if (syntax === 'json') return `${this.literal(JSON.stringify(key))}: ${this.json(value)}`;
    if (syntax === 'flow') return `${this.literal(yamlKey(key))}: ${this.flow(value)}`;
    return this.blockEntry(key, value, column);
  }

  value(syntax: Syntax, value: Template): string {
    return syntax === 'json' ? this.json(value) : this.flow(value);
  }

  /** Text that is not a tab stop: escaped in a snippet. */
  literal(text: string): string {
    return this.snippet ? escapeSnippet(text) : text;
  }

  /** The final cursor position of a snippet (nothing in plain text). */
  end(): string {
    return this.snippet ? '$0' : '';
  }

  private slot(value: SlotTemplate, quote: (text: string) => string, alwaysQuoted = false): string {
    const plain = value.text || value.choices?.[0] || '';
    if (!this.snippet) return quote(plain);
    const n = ++this.tabStop;
    // The quotes stay outside the tab stop so that typing over it keeps the value a string.
    const open = alwaysQuoted ? '"' : '';
    if (value.choices && value.choices.length > 1 && !value.text) {
      return `${open}\${${n}|${value.choices.map(escapeChoice).join(',')}|}${open}`;
    }
    if (!plain) return `${open}$${n}${open}`;
    if (alwaysQuoted) return `"\${${n}:${escapeSnippet(JSON.stringify(plain).slice(1, -1))}}"`;
    const text = quote(plain);
    return text ? `\${${n}:${escapeSnippet(text)}}` : `$${n}`;
  }
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}

function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (ch) => `\\${ch}`);
}

const NON_STRING = /^(?:~|null|true|false|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/i;

/** A string as a YAML scalar: plain when YAML reads it back as the same string, quoted otherwise. */
export function yamlScalar(text: string, inFlow: boolean): string {
  const plain =
    text.length > 0 &&
    text === text.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) &&
    !/: |:$| #|[\n\r\t]/.test(text) &&
    !(inFlow && /[,[\]{}]/.test(text)) &&
    !NON_STRING.test(text);
  return plain ? text : JSON.stringify(text);
}

function yamlKey(key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
}
