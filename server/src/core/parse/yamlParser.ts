import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type Document, type YAMLError } from 'yaml';
import { t } from '../l10n';
import { LineIndex } from '../text/lineIndex';
import type { ParsedDocument } from './parsedDocument';
import type { ParseProblem } from './parseProblem';
import type { ObjectNode, PropertyNode, SourceNode } from './sourceTree';

/**
 * Limits that keep hostile YAML bounded. An alias may be used legitimately a few times, but an
 * alias "billion laughs" multiplies nodes exponentially: we stop expanding after this many nodes
 * produced through aliases and say so.
 */
const MAX_ALIAS_EXPANDED_NODES = 10_000;
/** Deeper than this no real metadata goes; beyond it we stop descending rather than risk the stack. */
const MAX_DEPTH = 500;

/** Reads YAML text into a source tree. Never throws: every failure becomes a problem. */
export function parseYaml(text: string): ParsedDocument {
  // A byte-order mark is not content; parse after it and shift offsets back by one.
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = new LineIndex(text);
  const problems: ParseProblem[] = [];
  let document: Document.Parsed;
  try {
    document = parseDocument(bomLength ? text.slice(bomLength) : text, {
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      prettyErrors: false,
      keepSourceTokens: false,
    });
  } catch (error) {
    problems.push({ start: 0, end: 0, rule: 'yaml-ilegible', severity: 'error', message: t('No se pudo leer el YAML: {0}', String(error)) });
    return { text, lines, root: undefined, problems };
  }
  for (const error of document.errors) problems.push(toProblem(error, 'error', bomLength));
  for (const warning of document.warnings) problems.push(toProblem(warning, 'warning', bomLength));
  const converter = new YamlConverter(document, bomLength, problems);
  const root = document.contents ? converter.convert(document.contents, 0) : undefined;
  return { text, lines, root, problems };
}

class YamlConverter {
  private aliasExpandedNodes = 0;
  private aliasLimitReported = false;
  private readonly aliasStack = new Set<YamlNode>();

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
        this.problems.push({ start, end, rule: 'yaml-alias-excesivo', severity: 'error', message: t('Los alias (*) de este archivo se expanden a demasiados nodos; se dejó de expandirlos. Escribe los valores sin alias.') });
      }
      return { type: 'scalar', start, end, value: null };
    }
    if (depth > MAX_DEPTH) {
      this.problems.push({ start, end, rule: 'yaml-anidamiento', severity: 'error', message: t('El archivo está anidado a más de {0} niveles; no se revisó más adentro.', MAX_DEPTH) });
      return { type: 'scalar', start, end, value: null };
    }
    if (isAlias(node)) return this.convertAlias(node, start, end, depth);
    if (isMap(node)) return this.convertMap(node, start, end, depth, viaAlias);
    if (isSeq(node)) {
      return { type: 'array', start, end, items: node.items.map((item) => this.convertItem(item, start, depth, viaAlias)) };
    }
    if (isScalar(node)) return { type: 'scalar', start, end, value: scalarValue(node.value) };
    return { type: 'scalar', start, end, value: null };
  }

  private convertAlias(node: YamlNode & { resolve(doc: Document): YamlNode | undefined }, start: number, end: number, depth: number): SourceNode {
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

  private convertMap(node: YamlNode & { items: unknown[] }, start: number, end: number, depth: number, viaAlias: boolean): ObjectNode {
    const properties: PropertyNode[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const [keyStart, keyEnd] = keyNode ? this.span(keyNode) : [start, start];
      const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
      const valueNode = pair.value as YamlNode | null;
      const value: SourceNode = valueNode
        ? this.convert(valueNode, depth + 1, viaAlias)
        : { type: 'scalar', start: keyEnd, end: keyEnd, value: null };
      properties.push({ key, keyStart, keyEnd, value });
    }
    return { type: 'object', start, end, properties };
  }

  private convertItem(item: unknown, fallback: number, depth: number, viaAlias: boolean): SourceNode {
    if (item && typeof item === 'object') return this.convert(item as YamlNode, depth + 1, viaAlias);
    return { type: 'scalar', start: fallback, end: fallback, value: null };
  }

  private span(node: YamlNode): [number, number] {
    const range = node.range;
    if (!range) return [this.shift, this.shift];
    // range[1] ends the value itself; range[2] would include trailing comments.
    return [range[0] + this.shift, range[1] + this.shift];
  }
}

function relocate(node: SourceNode, start: number, end: number): SourceNode {
  return { ...node, start, end };
}

function scalarValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number(value);
  // Custom tags (e.g. !!binary) resolve to other objects; keep their text.
  return String(value);
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

function toProblem(error: YAMLError, severity: 'error' | 'warning', shift: number): ParseProblem {
  const message = YAML_MESSAGES[error.code]?.() ?? t('Error de sintaxis YAML: {0}', error.message.split('\n')[0] ?? error.code);
  const rule = `yaml-${error.code.toLowerCase().replace(/_/g, '-')}`;
  return { start: error.pos[0] + shift, end: Math.max(error.pos[1], error.pos[0] + 1) + shift, message, rule, severity };
}
