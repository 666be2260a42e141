import type { NodePath } from '../parse/sourceTree';
import type { LineIndex } from '../text/lineIndex';

/**
 * The block structure of YAML read line by line from indentation alone. Completion runs on text
 * that is being typed and is often not valid YAML yet (`  acc` with no colon), where a parser's
 * tree goes astray; indentation, which the user has already typed, says where the cursor is.
 */

/** A structural token at the start of a line: a sequence marker `- ` or a key followed by `:`. */
export interface LineEntry {
  kind: 'marker' | 'key';
  column: number;
  /** The key's name (unquoted), for keys. */
  key?: string;
  /** Column right after the key's colon, for keys. */
  afterColon?: number;
}

/** A line's leading markers and key; `indent` is -1 for blank and comment-only lines. */
export interface LineShape {
  indent: number;
  entries: LineEntry[];
  /** Column where the text after the entries begins (a value, a flow collection, a comment). */
  rest: number;
}

const SPACE = 32;

/** Reads the markers and the key at the start of a line of text (`text` holds only that line). */
export function lineShape(text: string): LineShape {
  let i = 0;
  while (text.charCodeAt(i) === SPACE) i++;
  if (i >= text.length || text[i] === '#' || text.startsWith('---', i) || text.startsWith('...', i)) return { indent: -1, entries: [], rest: i };
  const indent = i;
  const entries: LineEntry[] = [];
  while (text[i] === '-' && (i + 1 === text.length || text[i + 1] === ' ' || text[i + 1] === '\t')) {
    entries.push({ kind: 'marker', column: i });
    i++;
    while (text[i] === ' ' || text[i] === '\t') i++;
  }
  const key = keyAt(text, i);
  if (key) {
    entries.push({ kind: 'key', column: i, key: key.name, afterColon: key.afterColon });
    i = key.afterColon;
    while (text[i] === ' ') i++;
  }
  return { indent, entries, rest: i };
}

/** A key starting at `start`: a plain or quoted word followed by `:` and a space or the line's end. */
export function keyAt(text: string, start: number): { name: string; afterColon: number } | undefined {
  const first = text[start];
  if (first === undefined || '{[]},#&*!|>%@`'.includes(first)) return undefined;
  if (first === '"' || first === "'") {
    const close = text.indexOf(first, start + 1);
    if (close < 0) return undefined;
    let colon = close + 1;
    while (text[colon] === ' ') colon++;
    if (text[colon] !== ':' || !isBreak(text, colon + 1)) return undefined;
    return { name: text.slice(start + 1, close), afterColon: colon + 1 };
  }
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === ':' && isBreak(text, i + 1)) return { name: text.slice(start, i).trimEnd(), afterColon: i + 1 };
    if (ch === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) return undefined;
  }
  return undefined;
}

function isBreak(text: string, index: number): boolean {
  return index >= text.length || text[index] === ' ' || text[index] === '\t';
}

/** Line access for the block reader: the indentation test runs on the raw text, before any slicing. */
export class BlockLines {
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  get count(): number {
    return this.lines.lineCount;
  }

  /** The indentation of a line, or -1 when it is blank or a comment; reads only its first characters. */
  indentOf(line: number): number {
    let i = this.lines.offsetAt({ line, character: 0 });
    const start = i;
    while (this.text.charCodeAt(i) === SPACE) i++;
    const ch = this.text[i];
    if (ch === undefined || ch === '\n' || ch === '\r' || ch === '#') return -1;
    return i - start;
  }

  shape(line: number): LineShape {
    return lineShape(this.lines.lineText(line));
  }
}

/** A structural entry somewhere in the document. */
export interface EntryRef {
  line: number;
  entries: LineEntry[];
  index: number;
}

interface ParentStep {
  parent: EntryRef | undefined;
  /** For a marker: how many items of the same sequence come before it. */
  siblingsBefore: number;
}

/** The entry that holds `ref` (the key whose value, or the marker whose item, contains it). */
function parentOf(lines: BlockLines, ref: EntryRef): ParentStep {
  const entry = ref.entries[ref.index]!;
  if (ref.index > 0) return { parent: { ...ref, index: ref.index - 1 }, siblingsBefore: 0 };
  let siblings = 0;
  for (let line = ref.line - 1; line >= 0; line--) {
    const indent = lines.indentOf(line);
    if (indent < 0 || indent > entry.column || (indent === entry.column && entry.kind === 'key')) continue;
    const shape = lines.shape(line);
    const before = shape.entries.filter((candidate) => candidate.column < entry.column);
    if (before.length > 0) return { parent: { line, entries: shape.entries, index: shape.entries.indexOf(before[before.length - 1]!) }, siblingsBefore: siblings };
    const first = shape.entries[0];
    if (entry.kind === 'marker' && first?.column === entry.column) {
      // A marker at the same column is an earlier item of the same sequence; a key there holds the
      // sequence in YAML's compact form (`plan:` with its `- ` items not indented).
      if (first.kind === 'marker') siblings++;
      else return { parent: { line, entries: shape.entries, index: 0 }, siblingsBefore: siblings };
    }
  }
  return { parent: undefined, siblingsBefore: siblings };
}

/**
 * Where an entry sits: the path of the object or sequence that holds it, and for a marker the
 * index of its item in that sequence.
 */
export function containerOf(lines: BlockLines, ref: EntryRef): { path: NodePath; index: number } {
  const first = parentOf(lines, ref);
  const path: Array<string | number> = [];
  let step = first;
  while (step.parent) {
    const parentEntry = step.parent.entries[step.parent.index]!;
    const next = parentOf(lines, step.parent);
    path.unshift(parentEntry.kind === 'key' ? parentEntry.key! : next.siblingsBefore);
    step = next;
  }
  return { path, index: first.siblingsBefore };
}

/**
 * The keys written at `column` in the same object as the entry on `line` (which is left out):
 * up to the line that opens the object and down to where the object ends.
 */
export function siblingKeys(lines: BlockLines, line: number, column: number, startsItem: boolean): string[] {
  const keys: string[] = [];
  if (!startsItem) {
    for (let current = line - 1; current >= 0; current--) {
      const indent = lines.indentOf(current);
      if (indent < 0 || indent > column) continue;
      const shape = lines.shape(current);
      const key = shape.entries.find((entry) => entry.kind === 'key' && entry.column === column);
      if (key) keys.push(key.key!);
      if (indent < column) break;
    }
  }
  for (let current = line + 1; current < lines.count; current++) {
    const indent = lines.indentOf(current);
    if (indent < 0 || indent > column) continue;
    if (indent < column) break;
    const first = lines.shape(current).entries[0];
    if (first?.kind === 'key') keys.push(first.key!);
  }
  return keys;
}
