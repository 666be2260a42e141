import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError, type ParseErrorCode } from 'jsonc-parser';
import { t } from '../l10n';
import { LineIndex } from '../text/lineIndex';
import type { ParsedDocument } from './parsedDocument';
import type { ParseProblem } from './parseProblem';
import { limitProblems } from './problemLimit';
import type { PropertyNode, SourceNode } from './sourceTree';

/** Deeper than this no real metadata goes (the same limit as for YAML). */
const MAX_DEPTH = 200;

/** Reads JSON text (such as an ADELA `catalogo.json` export) into a source tree. Never throws. */
export function parseJson(text: string): ParsedDocument {
  const lines = new LineIndex(text);
  const problems: ParseProblem[] = [];
  const errors: ParseError[] = [];
  let tree: JsonNode | undefined;
  // jsonc-parser builds its tree recursively: a file nested thousands of levels deep would overflow
  // the stack. No metadata nests that deep, so such a file is reported and not read any further.
  const tooDeep = offsetBeyondDepth(text, MAX_DEPTH);
  if (tooDeep !== undefined) {
    problems.push({
      start: tooDeep,
      end: Math.min(text.length, tooDeep + 1),
      rule: 'json-anidamiento',
      severity: 'error',
      message: t('El archivo está anidado a más de {0} niveles; no se revisó más adentro.', MAX_DEPTH),
    });
    return { text, lines, root: undefined, problems };
  }
  try {
    // jsonc-parser recovers after errors, so the rest of a broken file is still checked.
    // A byte-order mark (common in exports from Windows tools) is not content: read it as a space,
    // which keeps every offset where it is.
    const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
    tree = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: true });
  } catch (error) {
    problems.push({ start: 0, end: 0, rule: 'json-ilegible', severity: 'error', message: t('No se pudo leer el JSON: {0}', String(error)) });
  }
  for (const error of errors) problems.push(toProblem(error, text));
  const root = tree ? convert(tree, problems, 0) : undefined;
  return { text, lines, root, problems: limitProblems(problems) };
}

function convert(node: JsonNode, problems: ParseProblem[], depth: number): SourceNode {
  const start = node.offset;
  const end = node.offset + node.length;
  if (depth > MAX_DEPTH) {
    problems.push({ start, end, rule: 'json-anidamiento', severity: 'error', message: t('El archivo está anidado a más de {0} niveles; no se revisó más adentro.', MAX_DEPTH) });
    return { type: 'scalar', start, end, value: null };
  }
  switch (node.type) {
    case 'object': {
      const properties: PropertyNode[] = [];
      const seen = new Set<string>();
      for (const child of node.children ?? []) {
        const [keyNode, valueNode] = child.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        if (seen.has(key)) {
          problems.push({
            start: keyNode.offset,
            end: keyNode.offset + keyNode.length,
            rule: 'json-clave-duplicada',
            severity: 'error',
            message: t('Esta clave está repetida en el mismo objeto: deja una sola.'),
          });
        }
        seen.add(key);
        const keyEnd = keyNode.offset + keyNode.length;
        const value: SourceNode = valueNode ? convert(valueNode, problems, depth + 1) : { type: 'scalar', start: keyEnd, end: keyEnd, value: null };
        properties.push({ key, keyStart: keyNode.offset, keyEnd, value });
      }
      return { type: 'object', start, end, properties };
    }
    case 'array':
      return { type: 'array', start, end, items: (node.children ?? []).map((child) => convert(child, problems, depth + 1)) };
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return { type: 'scalar', start, end, value: (node.value as string | number | boolean | null | undefined) ?? null };
    default:
      return { type: 'scalar', start, end, value: null };
  }
}

/** The offset of the first `[` or `{` (outside strings) that opens more than `limit` levels. */
function offsetBeyondDepth(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: skip the escaped character
      else if (char === 0x22 || char === 0x0a) inString = false; // a newline ends a broken string too
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return i;
    } else if (char === 0x5d || char === 0x7d) {
      if (depth > 0) depth--;
    }
  }
  return undefined;
}

function toProblem(error: ParseError, text: string): ParseProblem {
  const start = Math.min(error.offset, text.length);
  const end = Math.min(text.length, error.offset + Math.max(1, error.length));
  return { start, end, rule: 'json-sintaxis', severity: 'error', message: jsonMessage(error.error) };
}

function jsonMessage(code: ParseErrorCode): string {
  switch (printParseErrorCode(code)) {
    case 'InvalidSymbol':
      return t('Símbolo no válido en JSON.');
    case 'InvalidNumberFormat':
      return t('Número mal escrito.');
    case 'PropertyNameExpected':
      return t('Se esperaba el nombre de una propiedad entre comillas dobles.');
    case 'ValueExpected':
      return t('Se esperaba un valor.');
    case 'ColonExpected':
      return t('Falta «:» entre la clave y su valor.');
    case 'CommaExpected':
      return t('Falta una coma «,» entre elementos.');
    case 'CloseBraceExpected':
      return t('Falta la llave de cierre «}».');
    case 'CloseBracketExpected':
      return t('Falta el corchete de cierre «]».');
    case 'EndOfFileExpected':
      return t('Hay texto después del final del documento JSON.');
    case 'InvalidCommentToken':
      return t('JSON no admite comentarios.');
    case 'UnexpectedEndOfComment':
      return t('Comentario sin cerrar.');
    case 'UnexpectedEndOfString':
      return t('Texto entre comillas sin cerrar.');
    case 'UnexpectedEndOfNumber':
      return t('Número incompleto.');
    case 'InvalidUnicode':
      return t('Secuencia Unicode no válida.');
    case 'InvalidEscapeCharacter':
      return t('Secuencia de escape no válida.');
    case 'InvalidCharacter':
      return t('Carácter no válido dentro del texto.');
    default:
      return t('Error de sintaxis JSON.');
  }
}
