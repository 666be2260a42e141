import { LineIndex } from '../text/lineIndex';
import type { ParsedDocument } from './parsedDocument';
import type { ObjectNode, PropertyNode, SourceNode } from './sourceTree';
import { findTopLevelLists, isOneItem, type TopLevelList } from './yamlLayout';
import { parseYaml, type YamlFragment } from './yamlParser';

/** One item of a top-level list, read on its own; kept as long as its text does not change. */
export interface ParsedListItem {
  readonly text: string;
  /** Where the text was in the document when it was read (moving it elsewhere shifts every offset). */
  readonly base: number;
  /** The item's node, with the offsets it had at `base`. */
  readonly node: SourceNode;
  /**
   * The one-item sequence the text reads as, relative to the start of `text`: where it starts (its
   * dash), ends, and ends with trailing comments.
   */
  readonly sequenceStart: number;
  readonly sequenceEnd: number;
  readonly nodeEnd: number;
}

/** A list item placed in the current text. */
export interface PlacedListItem {
  readonly item: ParsedListItem;
  /** Offset of the item's text in the whole document. */
  readonly offset: number;
  /** `item.node` moved to its place in the whole document. */
  readonly node: SourceNode;
}

/** A parse that may say which list items it read piecewise (and so which results can be reused). */
export interface IncrementalParse extends ParsedDocument {
  /** Per top-level list key, its items in order; absent when the whole text was parsed at once. */
  readonly lists?: ReadonlyMap<string, readonly PlacedListItem[]>;
}

interface CachedItem {
  /** Undefined when the item cannot be read alone (a syntax problem, anchors or aliases). */
  readonly parsed: ParsedListItem | undefined;
  /** The last placement, reused while the item does not move. */
  placed?: PlacedListItem;
}

/** Where the lists' items are in a text, and (when known) which cached item each one is. */
interface Layout {
  lists: readonly TopLevelList[];
  /** Per list, the cached item of each item whose text is known unchanged; undefined for the others. */
  known?: ReadonlyArray<ReadonlyArray<CachedItem | undefined>>;
  /** The edit from the last text, when known: `[start, oldEnd)` there is `[start, newEnd)` here. */
  edit?: { start: number; oldEnd: number; newEnd: number };
}

/**
 * Parses successive versions of one YAML document, re-reading only what changed. The items of its
 * top-level lists (a catalog's datasets, a plan's rows) are independent, so each is read alone and
 * cached by its text; the rest of the document (the "shell") is read without them. A keystroke in a
 * 2,000-dataset catalog then re-reads one dataset instead of 28,000 lines.
 *
 * The result is exactly what `parseYaml` gives for the whole text. Whenever that cannot be
 * guaranteed it parses the whole text instead: when the layout is unusual (see `yamlLayout.ts`),
 * when any piece has a syntax problem (whose message or position could depend on the context), when
 * an item uses anchors or aliases (which may refer across items), or when the shell does not hold
 * the lists where the line scan found them.
 */
export class IncrementalYamlParser {
  private items = new Map<string, CachedItem>();
  private shell: { text: string; parsed: ParsedDocument } | undefined;
  /** The last text read piecewise, with its layout and items, for the next keystroke. */
  private last: { text: string; lines: LineIndex; lists: readonly TopLevelList[]; entries: CachedItem[][] } | undefined;

  parse(text: string): IncrementalParse {
    const layout = this.relayout(text) ?? fullLayout(text);
    const parsed = layout && this.assemble(text, layout);
    if (!parsed) this.last = undefined;
    return parsed ?? parseYaml(text);
  }

  /**
   * Reads ahead, one item per step, the items of `text` that `parse` would read now, so that a
   * caller can spread the reading of a big document over several turns of its event loop (see the
   * server's `runSliced`) and then `parse` it with every item found in the cache. Steps give each
   * item read with the key of its list (undefined for an item that cannot be read alone). Nothing
   * to do for an edit inside one item (the keystroke `parse` handles alone). Changes only what is
   * cached, never what `parse` gives.
   */
  *readAhead(text: string): Generator<{ key: string; item: ParsedListItem | undefined }> {
    if (this.relayout(text) !== undefined) return;
    const lists = findTopLevelLists(text);
    if (lists === undefined) return;
    for (const list of lists) {
      for (const span of list.items) {
        const itemText = text.slice(span.start, span.end);
        let cached = this.items.get(itemText);
        if (cached === undefined) {
          cached = { parsed: readItem(itemText, span.start) };
          this.items.set(itemText, cached);
        }
        yield { key: list.key, item: cached.parsed };
      }
    }
  }

  /**
   * The layout of `text` derived from the last one, when the change between them lies inside one
   * item and leaves it one item (the common keystroke): only that item's lines are scanned again,
   * the others keep their cached items and move by the change in length. Undefined otherwise.
   */
  private relayout(text: string): Layout | undefined {
    const last = this.last;
    if (last === undefined) return undefined;
    const old = last.text;
    const prefix = commonPrefixLength(old, text);
    if (prefix === old.length && prefix === text.length) return { lists: last.lists, known: last.entries, edit: { start: prefix, oldEnd: prefix, newEnd: prefix } };
    const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - prefix);
    const oldChangeEnd = old.length - suffix;
    const delta = text.length - old.length;
    for (let listIndex = 0; listIndex < last.lists.length; listIndex++) {
      const list = last.lists[listIndex]!;
      const itemIndex = itemAt(list, prefix);
      if (itemIndex < 0) continue;
      const item = list.items[itemIndex]!;
      // The item's last character (its line break) must be untouched, so the next item starts where it did.
      if (oldChangeEnd >= item.end || !isOneItem(text, item.start, item.end + delta, list.column)) return undefined;
      // The item's old text will not be needed again (or is cheap to read again, on undo).
      this.items.delete(old.slice(item.start, item.end));
      const lists = last.lists.map((each, i): TopLevelList => {
        if (i < listIndex) return each;
        if (i > listIndex) return { ...each, keyOffset: each.keyOffset + delta, items: each.items.map((span) => ({ start: span.start + delta, end: span.end + delta })) };
        return {
          ...each,
          items: each.items.map((span, j) =>
            j < itemIndex ? span : j === itemIndex ? { start: span.start, end: span.end + delta } : { start: span.start + delta, end: span.end + delta },
          ),
        };
      });
      const known = last.entries.map((entries, i) => (i === listIndex ? entries.map((entry, j) => (j === itemIndex ? undefined : entry)) : entries));
      return { lists, known, edit: { start: prefix, oldEnd: oldChangeEnd, newEnd: oldChangeEnd + delta } };
    }
    return undefined;
  }

  private assemble(text: string, { lists, known, edit }: Layout): IncrementalParse | undefined {
    const shell = this.readShell(text, lists);
    if (shell === undefined) return undefined;

    // Items whose text is known unchanged are not sliced nor looked up again.
    const used = known ? this.items : new Map<string, CachedItem>();
    const placed = new Map<string, PlacedListItem[]>();
    const entries: CachedItem[][] = [];
    for (let listIndex = 0; listIndex < lists.length; listIndex++) {
      const list = lists[listIndex]!;
      const knownItems = known?.[listIndex];
      const items: PlacedListItem[] = [];
      const listEntries: CachedItem[] = [];
      for (let itemIndex = 0; itemIndex < list.items.length; itemIndex++) {
        const span = list.items[itemIndex]!;
        let cached = knownItems?.[itemIndex];
        if (cached === undefined) {
          const itemText = text.slice(span.start, span.end);
          cached = used.get(itemText) ?? this.items.get(itemText) ?? { parsed: readItem(itemText, span.start) };
          used.set(itemText, cached);
        }
        if (cached.parsed === undefined) {
          // Keep what was read so far for the next version, when the problem may be gone.
          for (const [key, value] of used) this.items.set(key, value);
          return undefined;
        }
        items.push(placeAt(cached, cached.parsed, span.start));
        listEntries.push(cached);
      }
      placed.set(list.key, items);
      entries.push(listEntries);
    }
    // After a full scan only the items of this version are kept, so memory stays proportional to
    // the document; between keystrokes the edited item's old versions stay until then.
    this.items = used;
    const previous = this.last;
    const lines = previous && edit ? LineIndex.afterEdit(previous.lines, text, edit.start, edit.oldEnd, edit.newEnd) : new LineIndex(text);
    this.last = { text, lines, lists, entries };

    const root = shell as ObjectNode;
    const properties = [...root.properties];
    for (const list of lists) {
      const items = placed.get(list.key)!;
      const index = properties.findIndex((property) => property.keyStart === list.keyOffset);
      const holder = properties[index];
      // The scan and the parser must agree: the key holds an empty value once its items are cut out.
      if (!holder || holder.key !== list.key || holder.value.type !== 'scalar' || holder.value.value !== null) return undefined;
      if (properties.some((property, i) => i !== index && property.key === list.key)) return undefined;
      const first = items[0]!;
      const last = items[items.length - 1]!;
      properties[index] = {
        ...holder,
        value: {
          type: 'array',
          start: first.offset + first.item.sequenceStart,
          end: last.offset + last.item.sequenceEnd,
          items: items.map((item) => item.node),
        },
      };
    }
    // A block mapping ends where its last value ends, trailing comments included.
    const lastProperty = properties[properties.length - 1]!;
    const lastList = lists.find((list) => list.keyOffset === lastProperty.keyStart);
    let end = root.end;
    if (lastList) {
      const last = placed.get(lastList.key)!.at(-1)!;
      end = last.offset + last.item.nodeEnd;
    }
    return { text, lines, root: { type: 'object', start: root.start, end, properties }, problems: [], lists: placed };
  }

  /**
   * The document read without its lists' items, with offsets mapped back to the whole text, or
   * undefined if it has problems or is not a mapping.
   */
  private readShell(text: string, lists: readonly TopLevelList[]): SourceNode | undefined {
    const cuts: Array<{ at: number; length: number }> = [];
    let shellText = '';
    let from = 0;
    for (const list of lists) {
      const start = list.items[0]!.start;
      const end = list.items[list.items.length - 1]!.end;
      shellText += text.slice(from, start);
      cuts.push({ at: shellText.length, length: end - start });
      from = end;
    }
    shellText += text.slice(from);
    const parsed = this.shell?.text === shellText ? this.shell.parsed : parseYaml(shellText);
    this.shell = { text: shellText, parsed };
    if (parsed.problems.length > 0 || parsed.root?.type !== 'object') return undefined;
    // An offset at or after a cut moves by the length of the items cut out there.
    return moveNode(parsed.root, (offset) => {
      let moved = offset;
      for (const cut of cuts) if (offset >= cut.at) moved += cut.length;
      return moved;
    });
  }
}

function fullLayout(text: string): Layout | undefined {
  const lists = findTopLevelLists(text);
  return lists && { lists };
}

/** The index of the item of `list` whose span holds `offset`, or -1. */
function itemAt(list: TopLevelList, offset: number): number {
  let low = 0;
  let high = list.items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = list.items[middle]!;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Characters `a` and `b` share at their start; compared in blocks, which the engine does natively. */
function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  for (let block = 4096; block >= 1; block >>= 3) {
    while (length + block <= limit && a.slice(length, length + block) === b.slice(length, length + block)) length += block;
  }
  return length;
}

/** Characters `a` and `b` share at their end, at most `limit`. */
function commonSuffixLength(a: string, b: string, limit: number): number {
  let length = 0;
  for (let block = 4096; block >= 1; block >>= 3) {
    while (length + block <= limit && a.slice(a.length - length - block, a.length - length) === b.slice(b.length - length - block, b.length - length)) length += block;
  }
  return length;
}

/** Reads an item's text alone, with offsets as in the document where it starts at `base`. */
function readItem(text: string, base: number): ParsedListItem | undefined {
  // The item is a sequence inside a mapping in the whole document: one level deeper than here.
  const fragment: YamlFragment = { depthOffset: 1, offset: base };
  const parsed = parseYaml(text, fragment);
  const root = parsed.root;
  if (parsed.problems.length > 0 || fragment.usesAnchors || fragment.nodeEnd === undefined) return undefined;
  if (root?.type !== 'array' || root.items.length !== 1) return undefined;
  // `nodeEnd` comes from the library, before our offset is added.
  return { text, base, node: root.items[0]!, sequenceStart: root.start - base, sequenceEnd: root.end - base, nodeEnd: fragment.nodeEnd };
}

function placeAt(cached: CachedItem, item: ParsedListItem, offset: number): PlacedListItem {
  if (cached.placed?.offset === offset) return cached.placed;
  cached.placed = { item, offset, node: offset === item.base ? item.node : shiftNode(item.node, offset - item.base) };
  return cached.placed;
}

/**
 * A copy of a tree with every offset `delta` further. This runs for every item after an edit, on
 * every keystroke, so it is a plain loop with no callbacks.
 */
function shiftNode(node: SourceNode, delta: number): SourceNode {
  switch (node.type) {
    case 'scalar':
      return { type: 'scalar', start: node.start + delta, end: node.end + delta, value: node.value };
    case 'array': {
      const items = new Array<SourceNode>(node.items.length);
      for (let i = 0; i < items.length; i++) items[i] = shiftNode(node.items[i]!, delta);
      return { type: 'array', start: node.start + delta, end: node.end + delta, items };
    }
    case 'object': {
      const properties = new Array<PropertyNode>(node.properties.length);
      for (let i = 0; i < properties.length; i++) {
        const property = node.properties[i]!;
        properties[i] = { key: property.key, keyStart: property.keyStart + delta, keyEnd: property.keyEnd + delta, value: shiftNode(property.value, delta) };
      }
      return { type: 'object', start: node.start + delta, end: node.end + delta, properties };
    }
  }
}

/** A copy of a tree with every offset passed through `move`. */
function moveNode(node: SourceNode, move: (offset: number) => number): SourceNode {
  switch (node.type) {
    case 'scalar':
      return { type: 'scalar', start: move(node.start), end: move(node.end), value: node.value };
    case 'array':
      return { type: 'array', start: move(node.start), end: move(node.end), items: node.items.map((item) => moveNode(item, move)) };
    case 'object':
      return {
        type: 'object',
        start: move(node.start),
        end: move(node.end),
        properties: node.properties.map((property): PropertyNode => ({
          key: property.key,
          keyStart: move(property.keyStart),
          keyEnd: move(property.keyEnd),
          value: moveNode(property.value, move),
        })),
      };
  }
}
