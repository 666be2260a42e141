import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, YAMLParseError, type CST, type Node as YamlNode, type Document, type YAMLError } from 'yaml';
import { t } from '../l10n';
import { LineIndex } from '../text/lineIndex';
import type { ParsedDocument } from './parsedDocument';
import type { ParseProblem } from './parseProblem';
import type { ObjectNode, PropertyNode, SourceNode } from './sourceTree';
import { limitProblems, withoutStackTraces } from './problemLimit';
import { offsetBeyondDepth } from './yamlDepth';
import { readPlainYaml } from './plainYaml';
import { readPlainYamlText } from './plainYamlText';
import { RepeatedKeys, scalarValue, YAML_READING } from './yamlValues';

/**
 * Limits that keep hostile YAML bounded. An alias may be used legitimately a few times, but an
 * alias "billion laughs" multiplies nodes exponentially: we stop expanding after this many nodes
 * produced through aliases and say so.
 */
const MAX_ALIAS_EXPANDED_NODES = 10_000;
/**
 * Deeper than this no real metadata goes; beyond it we stop rather than risk the stack (the YAML
 * library composes recursively and overflows at some 800 levels of flow sequences).
 */
const MAX_DEPTH = 200;

/**
 * What the incremental parser needs to know about a piece of a document (one item of a top-level
 * list) read on its own. Passed to `parseYaml`, which fills in the results.
 */
export interface YamlFragment {
  /** How deep the piece's top node sits in the whole document, so depth limits apply as they would there. */
  depthOffset: number;
  /** Where the piece starts in the whole text: the tree's offsets are given there, not from 0. */
  offset?: number;
  /** Set when the piece defines an anchor (&) or uses an alias (*): then its meaning may depend on other pieces. */
  usesAnchors?: boolean;
  /** Where the piece's top node ends, trailing comments included (the library's `range[2]`). */
  nodeEnd?: number;
}

/**
 * Reads YAML text into a source tree. Never throws: every failure becomes a problem. `readPlain`
 * false composes with the library even plain block YAML (tests compare both ways; see `plainYaml.ts`).
 */
export function parseYaml(text: string, fragment?: YamlFragment, readPlain = true): ParsedDocument {
  const depthOffset = fragment?.depthOffset ?? 0;
  // A byte-order mark is not content; parse after it and shift offsets back by one.
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = new LineIndex(text);
  const problems: ParseProblem[] = [];
  let document: Document.Parsed | undefined;
  let tokens: CstToken[] = [];
  try {
    const source = bomLength ? text.slice(bomLength) : text;
    // The library's tokens, read at most once, and only when the text is not of the plainest kind.
    let read = false;
    const readTokens = (): CstToken[] => {
      if (!read) tokens = [...new Parser().parse(source)];
      read = true;
      return tokens;
    };
    const shift = bomLength + (fragment?.offset ?? 0);
    const maxDepth = MAX_DEPTH - depthOffset;
    // Plain block YAML, what catalogs and plans are made of, is read without composing the
    // library's document: from the text itself when it is the plainest kind, otherwise from the
    // library's tokens. Both readers stop at the depth limit on their own.
    const plain = readPlain ? (readPlainYamlText(source, shift, maxDepth) ?? readPlainYaml(readTokens(), shift, maxDepth)) : undefined;
    if (plain !== undefined) {
      if (fragment) {
        fragment.usesAnchors = false;
        fragment.nodeEnd = plain.nodeEnd;
      }
      return { text, lines, root: plain.root, problems };
    }
    const tooDeep = offsetBeyondDepth(readTokens(), maxDepth);
    if (tooDeep !== undefined) {
      problems.push({
        start: tooDeep + bomLength,
        end: tooDeep + bomLength + 1,
        rule: 'yaml-anidamiento',
        severity: 'error',
        message: t('El archivo está anidado a más de {0} niveles; no se revisó más adentro.', MAX_DEPTH),
      });
      return { text, lines, root: undefined, problems };
    }
    // What `parseDocument` does, on the tokens already read: the first document, and an error if more follow.
    const composer = new Composer(YAML_READING);
    withoutStackTraces(() => {
      for (const composed of composer.compose(tokens, true, source.length)) {
        if (document === undefined) {
          document = composed;
        } else {
          document.errors.push(new YAMLParseError([composed.range[0], composed.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
          break;
        }
      }
    });
    if (document === undefined) return { text, lines, root: undefined, problems };
  } catch (error) {
    problems.push({ start: 0, end: 0, rule: 'yaml-ilegible', severity: 'error', message: t('No se pudo leer el YAML: {0}', String(error)) });
    return { text, lines, root: undefined, problems };
  }
  for (const error of document.errors) problems.push(withinText(toProblem(error, 'error', bomLength), text.length));
  if (document.errors.length > 0) placeAtOpening(problems, tokens, bomLength, text.length);
  for (const warning of document.warnings) problems.push(withinText(toProblem(warning, 'warning', bomLength), text.length));
  const converter = new YamlConverter(document, bomLength + (fragment?.offset ?? 0), problems);
  // The library may already have stopped at the same excessive nesting: say it once.
  if (problems.some((problem) => problem.rule === 'yaml-anidamiento')) converter.depthReported = true;
  const root = document.contents ? converter.convert(document.contents, depthOffset) : undefined;
  if (fragment) {
    fragment.usesAnchors = converter.usesAnchors;
    fragment.nodeEnd = document.contents?.range?.[2];
  }
  return { text, lines, root, problems: limitProblems(problems) };
}

class YamlConverter {
  private aliasExpandedNodes = 0;
  private aliasLimitReported = false;
  private readonly aliasStack = new Set<YamlNode>();
  depthReported = false;
  /** Whether any anchor or alias was met (the incremental parser cannot read such a piece alone). */
  usesAnchors = false;

  constructor(
    private readonly document: Document.Parsed,
    private readonly shift: number,
    private readonly problems: ParseProblem[],
  ) {}

  convert(node: YamlNode, depth: number, viaAlias = false): SourceNode {
    const [start, end] = this.span(node);
    if (viaAlias && ++this.aliasExpandedNodes > MAX_ALIAS_EXPANDED_NODES) {
      if (!this.aliasLimitReported) {
        this.aliasLimitReported = true;
        this.problems.push({
          start,
          end,
          rule: 'yaml-alias-excesivo',
          severity: 'error',
          message: t('Los alias (*) de este archivo se expanden a demasiados nodos; se dejó de expandirlos. Escribe los valores sin alias.'),
        });
      }
      return { type: 'scalar', start, end, value: null };
    }
    if (depth > MAX_DEPTH) {
      // Once is enough: a wide tree would otherwise repeat it for every branch that goes too deep.
      if (!this.depthReported) {
        this.depthReported = true;
        this.problems.push({
          start,
          end,
          rule: 'yaml-anidamiento',
          severity: 'error',
          message: t('El archivo está anidado a más de {0} niveles; no se revisó más adentro.', MAX_DEPTH),
        });
      }
      return { type: 'scalar', start, end, value: null };
    }
    if ((node as { anchor?: string }).anchor) this.usesAnchors = true;
    if (isAlias(node)) return this.convertAlias(node, start, end, depth);
    if (isMap(node)) return this.convertMap(node, start, end, depth, viaAlias);
    if (isSeq(node)) {
      return { type: 'array', start, end, items: node.items.map((item) => this.convertItem(item, start, depth, viaAlias)) };
    }
    if (isScalar(node)) return { type: 'scalar', start, end, value: scalarValue(node.value, node.source) };
    // `[clave: valor]` inside a flow sequence is a one-pair mapping.
    if (isPair(node)) return this.convertMap({ items: [node] }, start, end, depth, viaAlias);
    return { type: 'scalar', start, end, value: null };
  }

  private convertAlias(node: YamlNode & { resolve(doc: Document): YamlNode | undefined }, start: number, end: number, depth: number): SourceNode {
    this.usesAnchors = true;
    const target = node.resolve(this.document);
    if (!target || this.aliasStack.has(target)) {
      // An alias inside its own anchor would expand forever.
      this.problems.push({ start, end, rule: 'yaml-alias-ciclico', severity: 'error', message: t('Este alias (*) apunta a su propio ancla o a un ancla inexistente.') });
      return { type: 'scalar', start, end, value: null };
    }
    this.aliasStack.add(target);
    const resolved = this.convert(target, depth + 1, true);
    this.aliasStack.delete(target);
    // Findings about aliased content point at the alias the user wrote here.
    return relocate(resolved, start, end);
  }

  private convertMap(node: { items: readonly unknown[] }, start: number, end: number, depth: number, viaAlias: boolean): ObjectNode {
    const properties: PropertyNode[] = [];
    const keys = new RepeatedKeys();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      if ((keyNode as { anchor?: string } | null)?.anchor || isAlias(keyNode)) this.usesAnchors = true;
      const [keyStart, keyEnd] = keyNode ? this.span(keyNode) : [start, start];
      const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
      // Content reached through an alias was already checked where its anchor is.
      if (keys.add(key) && !viaAlias) {
        this.problems.push({ start: keyStart, end: Math.max(keyEnd, keyStart + 1), rule: 'yaml-duplicate-key', severity: 'error', message: YAML_MESSAGES.DUPLICATE_KEY!() });
      }
      const valueNode = pair.value as YamlNode | null;
      const value: SourceNode = valueNode ? this.convert(valueNode, depth + 1, viaAlias) : { type: 'scalar', start: keyEnd, end: keyEnd, value: null };
      properties.push({ key, keyStart, keyEnd, value });
    }
    return { type: 'object', start, end, properties };
  }

  private convertItem(item: unknown, fallback: number, depth: number, viaAlias: boolean): SourceNode {
    if (item && typeof item === 'object') return this.convert(item as YamlNode, depth + 1, viaAlias);
    return { type: 'scalar', start: fallback, end: fallback, value: null };
  }

  private span(node: YamlNode): [number, number] {
    if (isPair(node)) {
      // A pair has no range of its own: it runs from its key to its value.
      const from = (node.key as YamlNode | null)?.range ?? (node.value as YamlNode | null)?.range;
      const to = (node.value as YamlNode | null)?.range ?? from;
      return from && to ? [from[0] + this.shift, to[1] + this.shift] : [this.shift, this.shift];
    }
    const range = node.range;
    if (!range) return [this.shift, this.shift];
    // range[1] ends the value itself; range[2] would include trailing comments.
    return [range[0] + this.shift, range[1] + this.shift];
  }
}

function relocate(node: SourceNode, start: number, end: number): SourceNode {
  return { ...node, start, end };
}

const YAML_MESSAGES: Partial<Record<YAMLError['code'], () => string>> = {
  BAD_INDENT: () => t('Sangría incorrecta: alinea esta línea con las demás claves del mismo nivel (usa espacios).'),
  TAB_AS_INDENT: () => t('YAML no admite tabuladores como sangría: usa espacios.'),
  DUPLICATE_KEY: () => t('Esta clave está repetida en el mismo objeto: deja una sola.'),
  MISSING_CHAR: () => t('Falta un carácter de cierre (comilla, corchete o llave).'),
  MULTIPLE_DOCS: () => t('El archivo contiene varios documentos YAML (separados por ---); solo se revisa el primero.'),
  MULTILINE_IMPLICIT_KEY: () => t('Una clave no puede ocupar varias líneas; revisa si falta «:» o una comilla de cierre.'),
  BLOCK_AS_IMPLICIT_KEY: () => t('Estructura no válida: revisa la sangría y los «:» de las líneas anteriores.'),
  UNEXPECTED_TOKEN: () => t('Texto inesperado: revisa la sangría, los «:» y las comillas.'),
  BAD_SCALAR_START: () => t('Un valor no puede empezar con este carácter; escríbelo entre comillas.'),
  BAD_DQ_ESCAPE: () => t('Secuencia de escape no válida dentro de comillas dobles.'),
  TAG_RESOLVE_FAILED: () => t('Etiqueta YAML (!) desconocida; el valor se lee como texto.'),
  KEY_OVER_1024_CHARS: () => t('Una clave implícita no puede pasar de 1024 caracteres.'),
  RESOURCE_EXHAUSTION: () => t('Los alias (*) de este archivo se expanden a demasiados nodos. Escribe los valores sin alias.'),
  BAD_ALIAS: () => t('Alias (*) no válido o sin ancla (&) previa.'),
};

type CstToken = CST.Token;

/** A quote or bracket that opens and never closes, with the text it took in. */
interface UnclosedConstruct {
  start: number;
  end: number;
  opener: string;
  closer: string;
}

/**
 * An unclosed quote or bracket makes the library complain where it gives up (often past the end of
 * the file). The first error after such a construct is placed on its opening character instead,
 * where the user must act, saying what is open; and it records the text the construct took in so
 * that checks do not report the keys written there as missing.
 */
function placeAtOpening(problems: ParseProblem[], tokens: readonly CstToken[], shift: number, length: number): void {
  const moved = new Set<ParseProblem>();
  for (const construct of unclosedConstructs(tokens)) {
    const start = construct.start + shift;
    const problem = problems.find((candidate) => candidate.severity === 'error' && !moved.has(candidate) && candidate.start >= start);
    if (!problem) continue;
    moved.add(problem);
    problem.start = start;
    problem.end = Math.min(start + 1, length);
    problem.rule = 'yaml-sin-cierre';
    problem.message =
      construct.closer === '"' || construct.closer === "'"
        ? t('Esta comilla ({0}) abre un texto que no se cierra: todo lo que sigue se lee como parte de él. Escribe la comilla de cierre al final del valor.', construct.opener)
        : t(
            'Este «{0}» abre una lista u objeto que no se cierra: todo lo que sigue se lee como parte de él. Escribe «{1}» al final del valor.',
            construct.opener,
            construct.closer,
          );
    problem.swallowed = { start, end: Math.min(Math.max(construct.end + shift, problem.start), length) };
  }
}

/** The quoted texts and flow collections of a token tree that never close, in text order. */
function unclosedConstructs(tokens: readonly CstToken[]): UnclosedConstruct[] {
  const found: UnclosedConstruct[] = [];
  const visit = (token: CstToken | undefined): void => {
    if (!token) return;
    switch (token.type) {
      case 'double-quoted-scalar':
      case 'single-quoted-scalar': {
        const quote = token.type === 'double-quoted-scalar' ? '"' : "'";
        if (!closesQuote(token.source, quote)) found.push({ start: token.offset, end: token.offset + token.source.length, opener: quote, closer: quote });
        return;
      }
      case 'flow-collection': {
        const closer = token.start.source === '[' ? ']' : '}';
        let end = token.start.offset + 1;
        for (const item of token.items) {
          for (const part of [item.key, item.value]) {
            visit(part ?? undefined);
            if (part) end = Math.max(end, tokenEnd(part));
          }
        }
        if (!token.end.some((part) => part.source === closer)) found.push({ start: token.start.offset, end, opener: token.start.source, closer });
        return;
      }
      case 'document':
        visit(token.value);
        return;
      case 'block-map':
      case 'block-seq':
        for (const item of token.items) {
          if ('key' in item) visit(item.key ?? undefined);
          visit(item.value);
        }
        return;
      default:
        return;
    }
  };
  for (const token of tokens) visit(token);
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a quoted scalar's source ends with its closing quote (not an escaped one). */
function closesQuote(source: string, quote: string): boolean {
  if (source.length < 2 || !source.endsWith(quote)) return false;
  let run = 0;
  if (quote === "'") {
    // Inside single quotes '' is an escaped quote: an odd run of quotes at the end closes the text.
    for (let i = source.length - 1; i > 0 && source[i] === "'"; i--) run++;
    return run % 2 === 1;
  }
  for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) run++;
  return run % 2 === 0;
}

/** Where a token's text ends (the furthest offset of what it holds). */
function tokenEnd(token: CstToken): number {
  if ('source' in token && typeof token.source === 'string' && 'offset' in token) return token.offset + token.source.length;
  return 'offset' in token ? token.offset + 1 : 0;
}

/** Errors at the end of the file are given one character past it; keep offsets inside the text. */
function withinText(problem: ParseProblem, length: number): ParseProblem {
  const start = Math.min(problem.start, length);
  return { ...problem, start, end: Math.max(start, Math.min(problem.end, length)) };
}

function toProblem(error: YAMLError, severity: 'error' | 'warning', shift: number): ParseProblem {
  // The library reports a stack overflow while composing deeply nested collections as "resource
  // exhaustion", the same code as an alias bomb: tell the user what actually happened.
  if (error.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(error.message)) {
    return {
      start: error.pos[0] + shift,
      end: Math.max(error.pos[1], error.pos[0] + 1) + shift,
      rule: 'yaml-anidamiento',
      severity: 'error',
      message: t('El archivo está anidado a demasiados niveles; no se revisó más adentro.'),
    };
  }
  const message = YAML_MESSAGES[error.code]?.() ?? t('Error de sintaxis YAML: {0}', error.message.split('\n')[0] ?? error.code);
  const rule = `yaml-${error.code.toLowerCase().replace(/_/g, '-')}`;
  return { start: error.pos[0] + shift, end: Math.max(error.pos[1], error.pos[0] + 1) + shift, message, rule, severity };
}
