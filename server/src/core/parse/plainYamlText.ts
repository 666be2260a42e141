import type { PlainYamlTree, ReadNode } from './plainYaml';
import type { ArrayNode, ObjectNode, PropertyNode, ScalarNode, SourceNode } from './sourceTree';
import { IMPLICIT_KEY_LIMIT, RepeatedKeys, resolvePlainScalar, scalarValue } from './yamlValues';

/**
 * Reads the plainest YAML straight from its text, without the library's lexer: one `key: value` or
 * `- value` per line, no blank or comment-only lines except before the content and at the end, identifier-like
 * keys, one-line plain or quoted scalars without escapes, one-line flow lists of such scalars, and
 * comments after a value, lines ending in `\n` or `\r\n`. That is how a catalog's datasets are written, and the lexer's work,
 * character by character through generators, is most of the time a big catalog takes to open.
 *
 * Anything else gives undefined and the caller reads the text with the library (`plainYaml.ts`,
 * then the composer), so this reader only has to know the plainest layout, and know it exactly:
 * its trees, offsets included, are the library's (`test/unit/plainYaml.test.ts` compares them on
 * real, generated and edge-case files and thousands of random edits).
 */
export function readPlainYamlText(text: string, shift: number, maxDepth: number): PlainYamlTree | undefined {
  // Tabs, lone carriage returns, control and other line-breaking characters, byte-order marks: the library's.
  if (text.length === 0 || UNUSUAL_CHARACTER.test(text)) return undefined;
  const reader = new TextReader(text, shift, maxDepth);
  return reader.document();
}

/** What the core schema makes of an empty value (null), worked out once. */
const EMPTY_VALUE = resolvePlainScalar('', false);
const ONLY_BLANK_LINES = /^[ \r\n]*$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const UNUSUAL_CHARACTER = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]|\r(?!\n)/;
/** A key the reader takes: a letter or underscore, then letters, digits, `_`, `-` and `.`. */
const KEY = /[A-Za-z_][A-Za-z0-9_.-]*/y;
/** Characters that give a plain scalar's first character a meaning in YAML. */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');
const SPACE = 32;
const CARRIAGE_RETURN = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;

class TextReader {
  /** The current line: where it starts, where its content starts, where it ends (its line break or the end). */
  private lineStart = 0;
  private contentStart = 0;
  private lineEnd = 0;
  /** Where the current line's line break ends: the next line's start, or the end of the text. */
  private breakEnd = 0;
  /** Set once the reader has gone past the last line. */
  private ended = false;

  constructor(
    private readonly text: string,
    private readonly shift: number,
    private readonly maxDepth: number,
  ) {}

  document(): PlainYamlTree | undefined {
    // Comment and blank lines before the content are the document's own (a file's header).
    let start = 0;
    while (!this.enterLine(start)) {
      if (this.breakEnd >= this.text.length) return undefined;
      start = this.breakEnd;
    }
    const read = this.block(this.indent(), 0);
    // The whole text must have been read.
    if (read === undefined || !this.ended) return undefined;
    return { root: read.node, nodeEnd: read.end };
  }

  /** Moves to the line starting at `start`; false for a blank or comment-only line (or past the end). */
  private enterLine(start: number): boolean {
    const text = this.text;
    this.lineStart = start;
    let content = start;
    while (content < text.length && text.charCodeAt(content) === SPACE) content++;
    const lineFeed = text.indexOf('\n', content);
    this.contentStart = content;
    // A line ends before its `\n` or `\r\n`.
    this.lineEnd = lineFeed < 0 ? text.length : lineFeed > start && text.charCodeAt(lineFeed - 1) === CARRIAGE_RETURN ? lineFeed - 1 : lineFeed;
    this.breakEnd = lineFeed < 0 ? text.length : lineFeed + 1;
    return content < this.lineEnd && text.charCodeAt(content) !== HASH;
  }

  /** Moves to the next line. True when there is one, and it holds content; false at the end. Undefined for a line the reader does not take. */
  private nextLine(): boolean | undefined {
    const next = this.breakEnd;
    if (next >= this.text.length) {
      this.ended = true;
      return false;
    }
    if (this.enterLine(next)) return true;
    if (!ONLY_BLANK_LINES.test(this.text.slice(next))) return undefined;
    // Blank lines at the end are the document's: no node takes them in.
    this.ended = true;
    return false;
  }

  private indent(): number {
    return this.contentStart - this.lineStart;
  }

  /** Where the run of spaces at `at` on the current line ends. */
  private spacesEnd(at: number): number {
    let end = at;
    while (end < this.lineEnd && this.text.charCodeAt(end) === SPACE) end++;
    return end;
  }

  /** Whether the current line, from `at`, is a sequence entry (`- …` or a lone `-`). */
  private isEntry(at: number): boolean {
    if (this.text.charCodeAt(at) !== DASH) return false;
    return at + 1 === this.lineEnd || this.text.charCodeAt(at + 1) === SPACE;
  }

  /** The block collection whose first line is the current one, at column `column`. */
  private block(column: number, depth: number): ReadNode | undefined {
    if (depth > this.maxDepth) return undefined;
    if (this.isEntry(this.contentStart)) return this.sequence(column, depth);
    return this.mapping(this.contentStart, column, depth);
  }

  /** A block sequence whose first entry is on the current line, its dash at column `column`. */
  private sequence(column: number, depth: number): ReadNode<ArrayNode> | undefined {
    const start = this.contentStart;
    const items: SourceNode[] = [];
    let offset = start;
    for (;;) {
      const dash = this.contentStart;
      const content = this.spacesEnd(dash + 1);
      // An entry with nothing after its dash, or a list right after it: left to the library.
      if (content === this.lineEnd || this.isEntry(content)) return undefined;
      const item = this.keyLength(content) !== undefined ? this.mapping(content, content - this.lineStart, depth + 1) : this.inlineValue(content, column, depth + 1);
      if (item === undefined) return undefined;
      items.push(item.node);
      offset = item.end;
      // After the entry: the next entry at this column, or a line further out, or the end.
      if (this.ended || this.indent() < column) break;
      if (this.indent() > column || !this.isEntry(this.contentStart)) return undefined;
    }
    return { node: { type: 'array', start: start + this.shift, end: offset + this.shift, items }, end: offset };
  }

  /** A block mapping whose first key is at `first` on the current line, its keys at column `column`. */
  private mapping(first: number, column: number, depth: number): ReadNode<ObjectNode> | undefined {
    if (depth > this.maxDepth) return undefined;
    const properties: PropertyNode[] = [];
    const keys = new RepeatedKeys();
    let keyStart = first;
    let offset = first;
    for (;;) {
      const keyLength = this.keyLength(keyStart);
      if (keyLength === undefined) return undefined;
      const keyEnd = keyStart + keyLength;
      const keyText = this.text.slice(keyStart, keyEnd);
      const key = resolvePlainScalar(keyText, true);
      if (key === undefined) return undefined;
      const keyName = String(key.resolved);
      if (keys.add(keyName)) return undefined;
      const value = this.mappingValue(keyEnd + 1, column, depth + 1);
      if (value === undefined) return undefined;
      properties.push({ key: keyName, keyStart: keyStart + this.shift, keyEnd: keyEnd + this.shift, value: value.node });
      offset = value.end;
      // After the pair: the next key at this column, or a line further out, or the end.
      if (this.ended || this.indent() < column) break;
      if (this.indent() > column || this.isEntry(this.contentStart)) return undefined;
      keyStart = this.contentStart;
    }
    return { node: { type: 'object', start: first + this.shift, end: offset + this.shift, properties }, end: offset };
  }

  /**
   * The value after a key's colon (at `afterColon`), leaving the reader on the line after it: on
   * the same line, or a block collection on the lines below, or nothing.
   */
  private mappingValue(afterColon: number, column: number, depth: number): ReadNode | undefined {
    const at = this.spacesEnd(afterColon);
    if (at < this.lineEnd) {
      // A comment after an empty value moves where the library says the value ends.
      if (this.text.charCodeAt(at) === HASH) return undefined;
      return this.inlineValue(at, column, depth);
    }
    const next = this.nextLine();
    if (next === undefined) return undefined;
    if (next && this.indent() > column) return this.block(this.indent(), depth);
    // A list at the key's own column belongs to the key: left to the library.
    if (next && this.indent() === column && this.isEntry(this.contentStart)) return undefined;
    if (depth > this.maxDepth) return undefined;
    // An empty value is null, placed after the colon and the spaces that follow it.
    if (EMPTY_VALUE === undefined) return undefined;
    return { node: this.scalarNode(at, at, EMPTY_VALUE.resolved, ''), end: at };
  }

  /**
   * A one-line value starting at `start` on the current line (a plain or quoted scalar, or a flow
   * list), then an optional comment; leaves the reader on the next line, which must not be deeper
   * than `column` (it would continue the value).
   */
  private inlineValue(start: number, column: number, depth: number): ReadNode | undefined {
    if (depth > this.maxDepth) return undefined;
    const value = this.text.charCodeAt(start) === 0x5b /* [ */ ? this.flowList(start) : this.scalar(start, this.lineEnd, false);
    if (value === undefined || !this.onlyCommentFrom(value.next)) return undefined;
    // A one-line value ends, for the library, past its line's break.
    const end = this.breakEnd;
    const next = this.nextLine();
    if (next === undefined || (next && this.indent() > column)) return undefined;
    return { node: value.node, end };
  }

  /** Whether the line from `at` holds only spaces, then perhaps a comment after at least one space. */
  private onlyCommentFrom(at: number): boolean {
    const position = this.spacesEnd(at);
    return position === this.lineEnd || (position > at && this.text.charCodeAt(position) === HASH);
  }

  /** A flow list `[a, "b", 'c']` on one line, of scalars only. */
  private flowList(start: number): { node: ArrayNode; next: number } | undefined {
    const items: SourceNode[] = [];
    let at = start + 1;
    for (;;) {
      at = this.spacesEnd(at);
      if (this.text.charCodeAt(at) === 0x5d /* ] */ && items.length === 0) break;
      const item = this.scalar(at, this.lineEnd, true);
      if (item === undefined) return undefined;
      items.push(item.node);
      at = item.next;
      at = this.spacesEnd(at);
      const separator = this.text.charCodeAt(at);
      if (separator === 0x5d /* ] */) break;
      if (separator !== 0x2c /* , */) return undefined;
      at++;
      // An empty entry (`[a, ]`, `[a,, b]`) is the library's to read.
      at = this.spacesEnd(at);
      if (this.text.charCodeAt(at) === 0x5d /* ] */ || this.text.charCodeAt(at) === 0x2c /* , */) return undefined;
    }
    if (at >= this.lineEnd) return undefined;
    return { node: { type: 'array', start: start + this.shift, end: at + 1 + this.shift, items }, next: at + 1 };
  }

  /**
   * A scalar starting at `start` and ending before `limit`: quoted without escapes or line breaks,
   * or plain (inside a flow list, `inFlow`, it also ends at `,` and `]`). Gives the node and where
   * the text after it starts.
   */
  private scalar(start: number, limit: number, inFlow: boolean): { node: ScalarNode; next: number } | undefined {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first === 0x22 /* " */) {
      const close = text.indexOf('"', start + 1);
      if (close < 0 || close >= limit) return undefined;
      const inner = text.slice(start + 1, close);
      if (inner.includes('\\')) return undefined;
      return { node: this.scalarNode(start, close + 1, inner, inner), next: close + 1 };
    }
    if (first === 0x27 /* ' */) {
      let close = start + 1;
      for (;;) {
        close = text.indexOf("'", close);
        if (close < 0 || close >= limit) return undefined;
        if (text.charCodeAt(close + 1) !== 0x27) break;
        close += 2;
      }
      const inner = text.slice(start + 1, close).replaceAll("''", "'");
      return { node: this.scalarNode(start, close + 1, inner, inner), next: close + 1 };
    }
    // A plain scalar may not start with an indicator, except a minus sign before a digit (`-5`).
    if (INDICATORS.has(text[start]!) && !(first === DASH && isDigit(text.charCodeAt(start + 1)))) return undefined;
    let end = start;
    while (end < limit) {
      const code = text.charCodeAt(end);
      if (code === COLON) {
        // `a: b` inside a value is a mapping where none may start; `a:b` is text, but inside a flow
        // list the library's rules for it are subtler than this reader needs to know.
        if (inFlow || end + 1 >= limit || text.charCodeAt(end + 1) === SPACE) return undefined;
      } else if (code === HASH && text.charCodeAt(end - 1) === SPACE) {
        break;
      } else if (inFlow && (code === 0x2c || code === 0x5d || code === 0x5b || code === 0x7b || code === 0x7d || code === HASH)) {
        break;
      }
      end++;
    }
    // Trailing spaces are not part of the value.
    while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
    if (end === start) return undefined;
    const source = text.slice(start, end);
    const resolution = resolvePlainScalar(source, false);
    if (resolution === undefined) return undefined;
    return { node: this.scalarNode(start, end, resolution.resolved, source), next: end };
  }

  private scalarNode(start: number, end: number, resolved: unknown, source: string): ScalarNode {
    return { type: 'scalar', start: start + this.shift, end: end + this.shift, value: scalarValue(resolved, source) };
  }

  /** The length of the key at `at` when the line there is `key:` followed by a space or its end; otherwise undefined. */
  private keyLength(at: number): number | undefined {
    KEY.lastIndex = at;
    if (!KEY.test(this.text)) return undefined;
    const colon = KEY.lastIndex;
    if (this.text.charCodeAt(colon) !== COLON || at < colon - IMPLICIT_KEY_LIMIT) return undefined;
    if (colon + 1 < this.lineEnd && this.text.charCodeAt(colon + 1) !== SPACE) return undefined;
    return colon - at;
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
