import { CST } from 'yaml';
import type { ArrayNode, ObjectNode, PropertyNode, ScalarNode, SourceNode } from './sourceTree';
import { IMPLICIT_KEY_LIMIT, RepeatedKeys, resolvePlainScalar, scalarValue, YAML_READING_DOCUMENT } from './yamlValues';

/** A tree read by one of the plain readers (this one, or `plainYamlText.ts`). */
export interface PlainYamlTree {
  root: SourceNode;
  /** Where the library says the root node ends, trailing comments included (its `range[2]`). */
  nodeEnd: number;
}

/** A node read, with where the composer's node would end with its trailing comment and line break (its `range[2]`). */
export interface ReadNode<T extends SourceNode = SourceNode> {
  node: T;
  end: number;
}

/** What `resolveProps` would find in the tokens before a node, when they are plain. */
interface PlainProps {
  found: CST.SourceToken | undefined;
  /** Where the tokens end (or the offset given when there are none). */
  end: number;
  hasNewline: boolean;
  hasComment: boolean;
}

const READING_OPTIONS = YAML_READING_DOCUMENT.options;

/**
 * Reads the YAML library's token tree straight into a source tree, without composing the library's
 * document first, when the text is plain block YAML: block mappings with one-line keys, block
 * sequences, scalars, comments, and flow lists and mappings of scalars (`keyword: [a, b]`); no tags,
 * anchors, aliases, explicit keys, tabs around the block structure, comments inside flow
 * collections or repeated keys. That is what catalogs and plans are made of, and composing took
 * about a fifth of reading a big catalog for none of its features (it is read one item at a time:
 * 2,000 documents, each with its own schema, nodes and pairs).
 *
 * The result is exactly what composing with the library and converting gives (the composer's steps
 * are followed one by one, named after its functions, and `test/unit/plainYaml.test.ts` compares
 * both on thousands of texts). Whenever the composer would have anything to say (an error, a
 * warning) or the text steps outside that subset, it gives undefined and the caller composes as
 * before, so every problem is still reported by the library, in its words.
 *
 * The tree of `tokens` (a whole text read by the library's `Parser`) with offsets moved by `shift`,
 * or undefined when it is not plain block YAML. Nodes deeper than `maxDepth` (counted from the
 * root at 0) also give undefined, so the caller reports the depth as it does.
 */
export function readPlainYaml(tokens: readonly CST.Token[], shift: number, maxDepth: number): PlainYamlTree | undefined {
  let document: CST.Document | undefined;
  for (const token of tokens) {
    // Comments and blank lines before the document are its prelude: nothing to say about them.
    if (document === undefined && (token.type === 'comment' || token.type === 'newline' || token.type === 'space')) continue;
    if (document !== undefined || token.type !== 'document') return undefined;
    document = token;
  }
  if (document?.value === undefined) return undefined;
  return new PlainReader(shift, maxDepth).document(document);
}

class PlainReader {
  constructor(
    private readonly shift: number,
    private readonly maxDepth: number,
  ) {}

  /** `composeDoc`. */
  document({ offset, start, value, end }: CST.Document): PlainYamlTree | undefined {
    const props = plainProps(start, 'doc-start', true, offset);
    if (props === undefined || value === undefined) return undefined;
    const isBlockCollection = value.type === 'block-map' || value.type === 'block-seq';
    if (props.found && isBlockCollection && !props.hasNewline) return undefined;
    // A block scalar at the root is indented by other rules than inside a collection.
    if (value.type === 'block-scalar') return undefined;
    const read = this.node(value, 0);
    if (read === undefined || endOffset(end, 0, false) === undefined) return undefined;
    return { root: read.node, nodeEnd: read.end };
  }

  /** `composeNode`, for the tokens the subset allows. */
  private node(token: CST.Token, depth: number): ReadNode | undefined {
    if (depth > this.maxDepth) return undefined;
    switch (token.type) {
      case 'block-map':
        return this.blockMap(token, depth);
      case 'block-seq':
        return this.blockSeq(token, depth);
      case 'flow-collection':
        return this.flowCollection(token, depth);
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return this.scalar(token, false);
      default:
        return undefined;
    }
  }

  /** `resolveBlockMap`. */
  private blockMap(map: CST.BlockMap, depth: number): ReadNode<ObjectNode> | undefined {
    const properties: PropertyNode[] = [];
    const keys = new RepeatedKeys();
    let offset = map.offset;
    let commentEnd: number | undefined;
    for (const { start, key, sep, value } of map.items) {
      const keyProps = plainProps(start, 'explicit-key-ind', true, offset);
      if (keyProps === undefined || keyProps.found !== undefined) return undefined;
      if (!key) {
        // Comment lines after the last pair: the mapping's own comment.
        if (sep || value) return undefined;
        commentEnd = keyProps.end;
        continue;
      }
      if (key.type !== 'scalar' && key.type !== 'single-quoted-scalar' && key.type !== 'double-quoted-scalar') return undefined;
      if (key.indent !== map.indent || !sep || key.source.includes('\n') || key.end?.some((token) => token.type === 'newline')) return undefined;
      const keyRead = this.scalar(key, true);
      if (keyRead === undefined) return undefined;
      const valueProps = plainProps(sep, 'map-value-ind', false, keyRead.end);
      if (valueProps?.found === undefined) return undefined;
      if (value?.type === 'block-map' && !valueProps.hasNewline) return undefined;
      if (keyProps.end < valueProps.found.offset - IMPLICIT_KEY_LIMIT) return undefined;
      const keyText = String(keyRead.resolved);
      if (keys.add(keyText)) return undefined;
      const valueRead = value ? this.node(value, depth + 1) : this.empty(valueProps.end, sep, valueProps, depth + 1);
      if (valueRead === undefined) return undefined;
      offset = valueRead.end;
      properties.push({ key: keyText, keyStart: keyRead.node.start, keyEnd: keyRead.node.end, value: valueRead.node });
    }
    // A comment between pairs is the composer's "map comment with trailing content" error.
    if (commentEnd !== undefined && commentEnd < offset) return undefined;
    return { node: { type: 'object', start: map.offset + this.shift, end: offset + this.shift, properties }, end: commentEnd ?? offset };
  }

  /** `resolveBlockSeq`. */
  private blockSeq(seq: CST.BlockSequence, depth: number): ReadNode<ArrayNode> | undefined {
    const items: SourceNode[] = [];
    let offset = seq.offset;
    let commentEnd: number | undefined;
    for (const { start, value } of seq.items) {
      const props = plainProps(start, 'seq-item-ind', true, offset);
      if (props === undefined) return undefined;
      if (props.found === undefined) {
        if (value) return undefined;
        commentEnd = props.end;
        continue;
      }
      const read = value ? this.node(value, depth + 1) : this.empty(props.end, start, props, depth + 1);
      if (read === undefined) return undefined;
      offset = read.end;
      items.push(read.node);
    }
    return { node: { type: 'array', start: seq.offset + this.shift, end: offset + this.shift, items }, end: commentEnd ?? offset };
  }

  /** `resolveFlowCollection`, for lists of values and mappings of `key: value` pairs, without comments. */
  private flowCollection(collection: CST.FlowCollection, depth: number): ReadNode | undefined {
    const isMap = collection.start.source === '{';
    const properties: PropertyNode[] = [];
    const items: SourceNode[] = [];
    const keys = new RepeatedKeys();
    let offset = collection.offset + collection.start.source.length;
    for (let i = 0; i < collection.items.length; i++) {
      const { start, key, sep, value } = collection.items[i]!;
      const props = flowProps(start, 'explicit-key-ind', offset);
      if (props === undefined || props.found !== undefined) return undefined;
      if (!sep && !value && !key) {
        // Only a trailing comma may leave an item empty: `[a, b, ]`.
        if ((i === 0 && props.comma) || i < collection.items.length - 1) return undefined;
        offset = props.end;
        continue;
      }
      if ((i === 0) === props.comma) return undefined;
      if (!isMap) {
        // `[clave: valor]` is a pair inside a list: left to the library.
        if (sep || key || !value) return undefined;
        const read = this.flowItem(value, depth + 1);
        if (read === undefined) return undefined;
        items.push(read.node);
        offset = read.end;
        continue;
      }
      if (!key || !sep || !value || (key.type !== 'scalar' && key.type !== 'single-quoted-scalar' && key.type !== 'double-quoted-scalar')) return undefined;
      const keyRead = this.scalar(key, true);
      if (keyRead === undefined) return undefined;
      const valueProps = flowProps(sep, 'map-value-ind', keyRead.end);
      if (valueProps?.found === undefined || valueProps.comma) return undefined;
      const keyText = String(keyRead.resolved);
      if (keys.add(keyText)) return undefined;
      const valueRead = this.flowItem(value, depth + 1);
      if (valueRead === undefined) return undefined;
      properties.push({ key: keyText, keyStart: keyRead.node.start, keyEnd: keyRead.node.end, value: valueRead.node });
      offset = valueRead.end;
    }
    const [closing, ...after] = collection.end;
    if (closing?.source !== (isMap ? '}' : ']')) return undefined;
    const closed = closing.offset + closing.source.length;
    const end = endOffset(after, closed, true);
    if (end === undefined) return undefined;
    const start = collection.offset + this.shift;
    return { node: isMap ? { type: 'object', start, end: closed + this.shift, properties } : { type: 'array', start, end: closed + this.shift, items }, end };
  }

  /** A value inside a flow collection: block collections are not allowed there. */
  private flowItem(token: CST.Token, depth: number): ReadNode | undefined {
    return token.type === 'block-map' || token.type === 'block-seq' ? undefined : this.node(token, depth);
  }

  /** `composeScalar`: the text as the token gives it, resolved by the first default tag whose test it passes. */
  private scalar(token: CST.FlowScalar | CST.BlockScalar, atKey: boolean): (ReadNode<ScalarNode> & { resolved: unknown }) | undefined {
    let failed = false;
    const { value: text, range } = CST.resolveAsScalar(token, READING_OPTIONS.strict, () => {
      failed = true;
    });
    if (failed) return undefined;
    const resolution = token.type === 'scalar' ? resolvePlainScalar(text, atKey) : { resolved: text };
    if (resolution === undefined) return undefined;
    return {
      node: { type: 'scalar', start: range[0] + this.shift, end: range[1] + this.shift, value: scalarValue(resolution.resolved, text) },
      end: range[2],
      resolved: resolution.resolved,
    };
  }

  /** `composeEmptyNode`: a value left empty, null in the core schema, placed after the tokens before it. */
  private empty(offset: number, before: readonly CST.SourceToken[], props: PlainProps, depth: number): ReadNode<ScalarNode> | undefined {
    if (depth > this.maxDepth) return undefined;
    const read = this.scalar({ type: 'scalar', offset: emptyScalarPosition(offset, before), indent: -1, source: '' }, false);
    if (read === undefined) return undefined;
    return props.hasComment ? { node: read.node, end: props.end } : read;
  }
}

/**
 * `resolveProps` on the tokens before a node, when they are only spaces (without tabs), line
 * breaks, comments and at most one `indicator`; undefined for anything else or anything it would
 * report.
 */
function plainProps(tokens: readonly CST.SourceToken[], indicator: CST.SourceToken['type'], startOnNewline: boolean, offset: number): PlainProps | undefined {
  let hasSpace = startOnNewline;
  let hasNewline = false;
  let hasComment = false;
  let found: CST.SourceToken | undefined;
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        // Tabs are allowed or not depending on where they are: leave them to the library.
        if (token.source.includes('\t')) return undefined;
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) return undefined;
        hasComment = true;
        break;
      case 'newline':
        hasNewline = true;
        hasSpace = true;
        break;
      default:
        if (token.type !== indicator || found !== undefined) return undefined;
        found = token;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  return { found, end: last ? last.offset + last.source.length : offset, hasNewline, hasComment };
}

/**
 * `resolveProps` inside a flow collection, when its tokens are only spaces, line breaks, at most
 * one comma and at most one `indicator`; undefined for anything else (comments included).
 */
function flowProps(
  tokens: readonly CST.SourceToken[],
  indicator: CST.SourceToken['type'],
  offset: number,
): { found: CST.SourceToken | undefined; comma: boolean; end: number } | undefined {
  let found: CST.SourceToken | undefined;
  let comma = false;
  for (const token of tokens) {
    if (token.type === 'space' || token.type === 'newline') continue;
    if (token.type === 'comma' && !comma) comma = true;
    else if (token.type === indicator && found === undefined) found = token;
    else return undefined;
  }
  const last = tokens[tokens.length - 1];
  return { found, comma, end: last ? last.offset + last.source.length : offset };
}

/**
 * `resolveEnd`: where the tokens after a node end, when they are only spaces, line breaks and
 * comments (after a space when `requireSpace`); undefined when it would report them.
 */
function endOffset(tokens: readonly CST.SourceToken[] | undefined, offset: number, requireSpace: boolean): number | undefined {
  let end = offset;
  let hasSpace = false;
  for (const token of tokens ?? []) {
    if (token.type === 'space' || token.type === 'newline') hasSpace = true;
    else if (token.type !== 'comment' || (requireSpace && !hasSpace)) return undefined;
    end += token.source.length;
  }
  return end;
}

/**
 * The library's `emptyScalarPosition`: an empty value sits right after the last token that is not
 * space, comment or line break before it, past the spaces that follow that token.
 */
function emptyScalarPosition(offset: number, before: readonly CST.SourceToken[]): number {
  let position = offset;
  for (let i = before.length - 1; i >= 0; --i) {
    const token = before[i]!;
    if (token.type === 'space' || token.type === 'comment' || token.type === 'newline') {
      position -= token.source.length;
      continue;
    }
    for (let next = i + 1; next < before.length && before[next]!.type === 'space'; next++) position += before[next]!.source.length;
    break;
  }
  return position;
}
