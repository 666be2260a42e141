/**
 * Finds, from the text alone, the top-level block lists of a YAML document and where each of their
 * items begins and ends: the `dataset:` list of a catalog, the `inventario:` and `plan:` lists of
 * an opening plan. Their items are independent, so the incremental parser can read each one alone.
 *
 * The scan is line-based and conservative. It only recognises the plain layout people write:
 *
 *     dataset:            ← a plain key at column 0, nothing after the colon but a comment
 *       - identifier: a   ← items start with "- " at one column n
 *         title: …        ← their lines are indented deeper than n
 *     # comments and blank lines anywhere belong to the item above them
 *       - identifier: b
 *     license: …          ← the list ends at the next line at column 0
 *
 * Anything that could change how the pieces read (a byte-order mark, lone CR line breaks, tabs
 * before content, directives or document markers, a line at an unexpected column) makes it give up
 * and return undefined, and the caller parses the whole text.
 */

export interface ListItemSpan {
  /** Offset of the start of the item's first line (its indentation included). */
  start: number;
  /** Offset where the next item or whatever follows the list begins (a line start, or the end of text). */
  end: number;
}

export interface TopLevelList {
  key: string;
  /** Offset of the key (column 0 of its line). */
  keyOffset: number;
  /** The column of the items' dashes. */
  column: number;
  /** The items in order; never empty. */
  items: ListItemSpan[];
}

const LIST_KEY = /^([A-Za-z_$@][\w$@.-]*)[ \t]*:[ \t]*(?:#.*)?$/;

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const DASH = 45;
const CR = 13;
const PERCENT = 37;
const DOT = 46;

type LineKind = 'blank' | 'comment' | 'content' | 'unusual';

interface Line {
  start: number;
  /** End of the line's content, before its line break. */
  end: number;
  /** Start of the next line (or the end of the text). */
  next: number;
  indent: number;
  kind: LineKind;
}

/** The top-level block lists of `text`, or undefined when there are none or the layout is unusual. */
export function findTopLevelLists(text: string): TopLevelList[] | undefined {
  if (text.charCodeAt(0) === 0xfeff || hasLoneCarriageReturn(text)) return undefined;
  const lists: TopLevelList[] = [];
  let current: { list: TopLevelList; column: number } | undefined;
  let pendingKey: { key: string; offset: number } | undefined;
  for (let start = 0; start < text.length;) {
    const line = readLine(text, start);
    start = line.next;
    if (line.kind === 'unusual') return undefined;
    if (line.kind !== 'content') continue; // blank and comment lines go with whatever is around them
    if (current) {
      const { list, column } = current;
      if (line.indent > column) continue;
      if (line.indent === column && isItemStart(text, line)) {
        list.items[list.items.length - 1]!.end = line.start;
        list.items.push({ start: line.start, end: text.length });
        continue;
      }
      // Only a new top-level key may end a list; anything else between columns is not plain.
      if (line.indent !== 0) return undefined;
      list.items[list.items.length - 1]!.end = line.start;
      current = undefined;
    }
    if (pendingKey) {
      const key = pendingKey;
      pendingKey = undefined;
      if (isItemStart(text, line)) {
        const list = { key: key.key, keyOffset: key.offset, column: line.indent, items: [{ start: line.start, end: text.length }] };
        lists.push(list);
        current = { list, column: line.indent };
        continue;
      }
    }
    if (line.indent === 0) {
      const match = LIST_KEY.exec(text.slice(line.start, line.end));
      if (match) pendingKey = { key: match[1]!, offset: line.start };
    }
  }
  return lists.length > 0 ? lists : undefined;
}

function readLine(text: string, start: number): Line {
  let newline = text.indexOf('\n', start);
  if (newline < 0) newline = text.length;
  const end = newline > start && text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
  let position = start;
  while (position < end && text.charCodeAt(position) === SPACE) position++;
  const line: Line = { start, end, next: Math.min(text.length, newline + 1), indent: position - start, kind: 'content' };
  if (position === end) line.kind = 'blank';
  else {
    const first = text.charCodeAt(position);
    if (first === HASH) line.kind = 'comment';
    else if (first === TAB) line.kind = isBlank(text, position, end) ? 'blank' : 'unusual';
    else if (position === start && (first === PERCENT || isMarker(text, start, end, DASH) || isMarker(text, start, end, DOT))) line.kind = 'unusual';
  }
  return line;
}

/**
 * Whether `text` from `start` to `end` is exactly one list item at `column` as `findTopLevelLists`
 * reads it: a first line starting with the dash at that column, then only blank lines, comments and
 * lines indented deeper. Lets the incremental parser re-scan just the item a keystroke touched.
 */
export function isOneItem(text: string, start: number, end: number, column: number): boolean {
  for (let cr = text.indexOf('\r', start); cr >= 0 && cr < end; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== 10) return false;
  }
  let first = true;
  for (let position = start; position < end;) {
    const line = readLine(text, position);
    position = line.next;
    if (line.next > end) return false;
    if (line.kind === 'unusual') return false;
    if (first) {
      if (line.kind !== 'content' || line.indent !== column || !isItemStart(text, line)) return false;
      first = false;
    } else if (line.kind === 'content' && line.indent <= column) {
      return false;
    }
  }
  return !first;
}

/** A CR not followed by LF is a line break of its own, which this line scan does not follow. */
function hasLoneCarriageReturn(text: string): boolean {
  for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== 10) return true;
  }
  return false;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== TAB) return false;
  }
  return true;
}

/** `---` or `...` at column 0: a document start or end marker. */
function isMarker(text: string, start: number, end: number, char: number): boolean {
  return end - start >= 3 && text.charCodeAt(start) === char && text.charCodeAt(start + 1) === char && text.charCodeAt(start + 2) === char;
}

/** A block sequence entry: `-` followed by a space or the end of the line. */
function isItemStart(text: string, line: Line): boolean {
  const dash = line.start + line.indent;
  if (text.charCodeAt(dash) !== DASH) return false;
  return dash + 1 === line.end || text.charCodeAt(dash + 1) === SPACE;
}
