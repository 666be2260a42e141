import { createScanner, getLocation, type Node as JsonNode } from 'jsonc-parser';
import type { ParsedDocument } from '../parse/parsedDocument';
import { nodeAtPath, type NodePath, type SourceNode } from '../parse/sourceTree';
import { scanFlow } from './flowScan';
import { BlockLines, containerOf, lineShape, siblingKeys, type LineEntry } from './yamlBlocks';

/**
 * What the user is writing at the cursor:
 * - `key`: a property name of the object at `containerPath`;
 * - `value`: the value of property `key` of the object at `containerPath`;
 * - `item`: item `itemIndex` of the sequence at `containerPath` (a plain value, or in block YAML
 *   possibly the first key of an object item: `- con|`).
 */
export interface CursorContext {
  syntax: 'block' | 'flow' | 'json';
  position: 'key' | 'value' | 'item';
  containerPath: NodePath;
  key?: string;
  itemIndex?: number;
  /** What is written of the token so far (without an opening quote). */
  prefix: string;
  /** The span a completion replaces: the whole token under the cursor, quotes included. */
  replaceStart: number;
  replaceEnd: number;
  /** Keys already in the object being written into (key positions, and block items). */
  presentKeys: string[];
  /** Plain items already in the sequence (item positions). */
  presentItems: string[];
  /** Block YAML: the column where the keys of the object start, for multi-line insertions. */
  column: number;
  /** The token already has an opening quote. */
  quote?: '"' | "'";
  /** The key is already followed by a colon: insert only the name. */
  hasColon: boolean;
  /** A value is being started right after `key:` with no space yet. */
  needsSpace: boolean;
}

/** The path of the value being written at a value or item position. */
export function valuePathOf(context: CursorContext): NodePath {
  if (context.position === 'value') return [...context.containerPath, context.key!];
  if (context.position === 'item') return [...context.containerPath, context.itemIndex!];
  return context.containerPath;
}

/** Works out the cursor's context in a YAML (block or flow) or JSON document. */
export function cursorContext(parsed: ParsedDocument, offset: number, json: boolean): CursorContext | undefined {
  return json ? jsonContext(parsed, offset) : yamlContext(parsed, offset);
}

function yamlContext(parsed: ParsedDocument, offset: number): CursorContext | undefined {
  const { text, lines } = parsed;
  const position = lines.positionAt(offset);
  const lineStart = offset - position.character;
  const lineText = lines.lineText(position.line);
  const before = lineText.slice(0, position.character);
  const block = new BlockLines(text, lines);
  const shape = lineShape(before);
  if (shape.indent < 0) {
    // An empty line: the cursor's column says which object the new key goes in.
    if (before.trim() !== '') return undefined;
    return keyContext(block, position.line, [{ kind: 'key', column: position.character }], 0, offset, offset, '', lineText, position.character);
  }
  const entries = shape.entries;
  const last = entries[entries.length - 1];
  const rest = before.slice(shape.rest);

  if (last?.kind === 'key') {
    // After `key:`: a value, or a flow collection that is the key's value.
    const container = containerOf(block, { line: position.line, entries, index: entries.length - 1 });
    const valuePath = [...container.path, last.key!];
    if (rest.startsWith('{') || rest.startsWith('[')) return flowContext(text, lineStart + shape.rest, offset, valuePath);
    if (/^[|>]/.test(rest)) return undefined;
    const needsSpace = last.afterColon === position.character;
    return scalarContext(lineText, lineStart, position.character, rest, {
      syntax: 'block',
      position: 'value',
      containerPath: container.path,
      key: last.key!,
      column: last.column,
      needsSpace,
    });
  }

  if (rest.startsWith('{') || rest.startsWith('[')) {
    const marker = [...entries].reverse().find((entry) => entry.kind === 'marker');
    if (!marker) return undefined;
    const markerIndex = entries.lastIndexOf(marker);
    const container = containerOf(block, { line: position.line, entries, index: markerIndex });
    return flowContext(text, lineStart + shape.rest, offset, [...container.path, container.index]);
  }

  // A key being typed (`  acc`, `- con`), or a plain item after a marker (`- reg`).
  // Outside a sequence item, only a word can be the start of a key (not a continued text line).
  if (last?.kind !== 'marker' && !/^["']?[^\s:#{}[\],"']*$/.test(rest)) return undefined;
  const column = shape.rest;
  const wordEnd = position.character + (/^[^\s:#,{}[\]]*/.exec(lineText.slice(position.character))?.[0].length ?? 0);
  const tokenStart = lineStart + column;
  if (last?.kind === 'marker') {
    const markerIndex = entries.length - 1;
    const container = containerOf(block, { line: position.line, entries, index: markerIndex });
    const asKey = keyContext(block, position.line, [...entries, { kind: 'key', column }], entries.length, tokenStart, lineStart + wordEnd, rest, lineText, wordEnd);
    if (!asKey) return undefined;
    const quote = rest.startsWith('"') || rest.startsWith("'") ? (rest[0] as '"' | "'") : undefined;
    const scalar = scalarContext(lineText, lineStart, position.character, rest, { syntax: 'block', position: 'item', containerPath: container.path, column, needsSpace: false });
    return {
      ...asKey,
      position: 'item',
      containerPath: container.path,
      itemIndex: container.index,
      replaceEnd: asKey.hasColon ? asKey.replaceEnd : (scalar?.replaceEnd ?? asKey.replaceEnd),
      ...(quote ? { quote } : {}),
    };
  }
  return keyContext(block, position.line, [...entries, { kind: 'key', column }], entries.length, tokenStart, lineStart + wordEnd, rest, lineText, wordEnd);
}

function keyContext(
  block: BlockLines,
  line: number,
  entries: LineEntry[],
  index: number,
  replaceStart: number,
  replaceEnd: number,
  prefix: string,
  lineText: string,
  wordEnd: number,
): CursorContext | undefined {
  const column = entries[index]!.column;
  const container = containerOf(block, { line, entries, index });
  const startsItem = index > 0 && entries[index - 1]!.kind === 'marker';
  return {
    syntax: 'block',
    position: 'key',
    containerPath: container.path,
    prefix,
    replaceStart,
    replaceEnd,
    presentKeys: siblingKeys(block, line, column, startsItem),
    presentItems: [],
    column,
    hasColon: /^\s*:(\s|$)/.test(lineText.slice(wordEnd)),
    needsSpace: false,
  };
}

interface ScalarBase {
  syntax: 'block';
  position: 'value' | 'item';
  containerPath: NodePath;
  key?: string;
  column: number;
  needsSpace: boolean;
}

/** A plain or quoted scalar being written on a block line, replaced as a whole (up to a comment). */
function scalarContext(lineText: string, lineStart: number, character: number, typed: string, base: ScalarBase): CursorContext {
  const quote = typed.startsWith('"') || typed.startsWith("'") ? (typed[0] as '"' | "'") : undefined;
  const start = character - typed.length;
  let end: number;
  if (quote) {
    const close = lineText.indexOf(quote, character);
    end = close < 0 ? lineText.length : close + 1;
  } else {
    const comment = lineText.slice(character).search(/\s#/);
    end = comment < 0 ? lineText.length : character + comment;
    while (end > character && /\s/.test(lineText[end - 1]!)) end--;
  }
  return {
    ...base,
    prefix: quote ? typed.slice(1) : typed,
    replaceStart: lineStart + start,
    replaceEnd: lineStart + end,
    presentKeys: [],
    presentItems: [],
    hasColon: false,
    ...(quote ? { quote } : {}),
  };
}

function flowContext(text: string, flowStart: number, offset: number, basePath: NodePath): CursorContext | undefined {
  const found = scanFlow(text, flowStart, offset);
  if (!found) return undefined;
  const { frame } = found;
  const containerPath = [...basePath, ...frame.path];
  const common = {
    syntax: 'flow' as const,
    containerPath,
    prefix: found.prefix,
    replaceStart: found.tokenStart,
    replaceEnd: found.tokenEnd,
    presentKeys: frame.keys,
    presentItems: frame.items,
    column: 0,
    hasColon: false,
    needsSpace: false,
    ...(found.quote ? { quote: found.quote } : {}),
  };
  if (frame.type === 'seq') return { ...common, position: 'item', itemIndex: frame.index };
  if (frame.afterColon) return { ...common, position: 'value', key: frame.key ?? '', needsSpace: text[offset - 1] === ':' };
  return { ...common, position: 'key', hasColon: /^[^,{}[\]]*:/.test(text.slice(found.tokenEnd, found.tokenEnd + 1)) };
}

/**
 * JSON: jsonc-parser reads the tokens up to the cursor. Only the innermost collection of the cached
 * tree is scanned, so that a request deep in a big catalog does not rescan the whole file.
 */
function jsonContext(parsed: ParsedDocument, offset: number): CursorContext | undefined {
  const { text } = parsed;
  const base = innermostCollection(parsed.root, offset);
  const sliceStart = base?.node.start ?? 0;
  const lineEnd = endOfLine(text, offset);
  const location = getLocation(text.slice(sliceStart, lineEnd), offset - sliceStart);
  const path = [...(base?.path ?? []), ...location.path];
  const previous = location.previousNode && tokenUnderCursor(location.previousNode, offset - sliceStart) ? location.previousNode : undefined;
  const replaceStart = previous ? previous.offset + sliceStart : offset;
  const replaceEnd = previous ? previous.offset + previous.length + sliceStart : offset;
  const quote = previous && text[replaceStart] === '"' ? ('"' as const) : undefined;
  const prefix = previous ? text.slice(replaceStart + (quote ? 1 : 0), offset) : '';
  const common = { syntax: 'json' as const, prefix, replaceStart, replaceEnd, column: 0, needsSpace: false, ...(quote ? { quote } : {}) };
  if (location.isAtPropertyKey) {
    const containerPath = path.slice(0, -1);
    const object = nodeAtPath(parsed.root, containerPath);
    const presentKeys = object?.type === 'object' ? jsonKeys(text, object.start, object.end, replaceStart) : [];
    return { ...common, position: 'key', containerPath, presentKeys, presentItems: [], hasColon: /^\s*:/.test(text.slice(replaceEnd, replaceEnd + 40)) };
  }
  const last = path[path.length - 1];
  if (last === undefined) return undefined;
  const containerPath = path.slice(0, -1);
  if (typeof last === 'number') {
    const array = nodeAtPath(parsed.root, containerPath);
    const presentItems =
      array?.type === 'array' ? array.items.filter((item) => item.start !== replaceStart && item.type === 'scalar').map((item) => String((item as { value: unknown }).value)) : [];
    return { ...common, position: 'item', containerPath, itemIndex: last, presentKeys: [], presentItems, hasColon: false };
  }
  return { ...common, position: 'value', containerPath, key: last, presentKeys: [], presentItems: [], hasColon: false };
}

function tokenUnderCursor(node: JsonNode, offset: number): boolean {
  if (!['string', 'number', 'boolean', 'null', 'property'].includes(node.type)) return false;
  return offset >= node.offset && offset <= node.offset + node.length;
}

/** The deepest object or array of the tree that encloses the offset strictly inside its brackets. */
function innermostCollection(root: SourceNode | undefined, offset: number): { node: SourceNode; path: NodePath } | undefined {
  let current: { node: SourceNode; path: Array<string | number> } | undefined;
  let node = root;
  const path: Array<string | number> = [];
  while (node && (node.type === 'object' || node.type === 'array') && offset > node.start && offset < node.end) {
    current = { node, path: [...path] };
    let next: SourceNode | undefined;
    if (node.type === 'object') {
      const property = node.properties.find((candidate) => offset > candidate.value.start && offset < candidate.value.end);
      if (property) {
        path.push(property.key);
        next = property.value;
      }
    } else {
      const index = node.items.findIndex((item) => offset > item.start && offset < item.end);
      if (index >= 0) {
        path.push(index);
        next = node.items[index];
      }
    }
    node = next;
  }
  return current;
}

function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/**
 * The property names written directly in the JSON object spanning `[start, end)`, read from the
 * tokens rather than the tree: a key typed before another property often lacks its comma, and the
 * recovered tree then loses the next key.
 */
/** jsonc-parser's token kinds (a `const enum`, which isolated modules cannot read). */
const Token = { OpenBrace: 1, CloseBrace: 2, OpenBracket: 3, CloseBracket: 4, Colon: 6, String: 10, EOF: 17 } as const;

function jsonKeys(text: string, start: number, end: number, exclude: number): string[] {
  const scanner = createScanner(text.slice(start, end), true);
  const keys: string[] = [];
  let depth = 0;
  let pending: { name: string; offset: number } | undefined;
  for (let token: number = scanner.scan(); token !== Token.EOF; token = scanner.scan()) {
    if (token === Token.OpenBrace || token === Token.OpenBracket) depth++;
    else if (token === Token.CloseBrace || token === Token.CloseBracket) depth--;
    else if (token === Token.String && depth === 1) pending = { name: scanner.getTokenValue(), offset: start + scanner.getTokenOffset() };
    else if (token === Token.Colon && pending && depth === 1 && pending.offset !== exclude) keys.push(pending.name);
    if (token !== Token.String) pending = undefined;
  }
  return keys;
}
