import type { PlainObject } from '../adela/importModel';
import type { PlainValue } from '../parse/sourceTree';

/**
 * Writes the exporter's JSON-LD as Turtle. It reads only the JSON-LD the exporter writes (compact
 * names with the context's prefixes; node objects, `@id` references and `@value` literals), which
 * is why it needs no JSON-LD processor: a node with an `@id` and properties becomes a subject of
 * its own, a node without one an inline blank node.
 */
export function toTurtle(graph: PlainObject): string {
  const context = isObject(graph['@context']) ? graph['@context'] : {};
  const prefixes = Object.entries(context).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  const lines = prefixes.map(([prefix, iri]) => `@prefix ${prefix}: <${iri}> .`);
  const { '@context': _context, ...root } = graph;
  const subjects: PlainObject[] = [root];
  const blocks: string[] = [];
  const written = new Set<string>();
  for (let index = 0; index < subjects.length; index++) {
    // A node named many times (the licence of every distribution) is described once.
    const key = JSON.stringify(subjects[index]);
    if (written.has(key)) continue;
    written.add(key);
    blocks.push(subject(subjects[index]!, subjects));
  }
  return `${lines.join('\n')}\n\n${blocks.join('\n\n')}\n`;
}

function isObject(value: PlainValue | undefined): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A subject with an `@id`: its description as a block; the nodes it names are queued after it. */
function subject(node: PlainObject, queue: PlainObject[]): string {
  const id = typeof node['@id'] === 'string' ? iri(node['@id']) : '[]';
  return `${id}\n  ${predicates(node, queue, '  ')} .`;
}

function predicates(node: PlainObject, queue: PlainObject[], indent: string): string {
  const parts: string[] = [];
  const types = node['@type'] === undefined ? [] : Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- JSON-LD types are IRIs (strings) by construction
  if (types.length > 0) parts.push(`a ${types.map((type) => String(type)).join(', ')}`);
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@')) continue;
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) continue;
    parts.push(`${key} ${values.map((item) => object(item, queue, indent)).join(', ')}`);
  }
  return parts.join(` ;\n${indent}`);
}

function object(value: PlainValue, queue: PlainObject[], indent: string): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return quote(String(value));
  if (!isObject(value)) return quote('');
  if ('@value' in value) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a JSON-LD literal's @value is a string, number or boolean by construction
    const text = quote(String(value['@value']));
    if (typeof value['@language'] === 'string') return `${text}@${value['@language']}`;
    if (typeof value['@type'] === 'string') return `${text}^^${value['@type']}`;
    return text;
  }
  if (typeof value['@id'] === 'string') {
    if (Object.keys(value).some((key) => key !== '@id')) queue.push(value);
    return iri(value['@id']);
  }
  return `[\n${indent}  ${predicates(value, queue, `${indent}  `)}\n${indent}]`;
}

/** An IRI between angle brackets; the exporter's IRIs are already encoded, this only guards. */
function iri(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be percent-encoded in an IRI
  return `<${value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (character) => `%${character.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)}>`;
}

function quote(value: string): string {
  return `"${value.replace(/[\\"\n\r\t]/g, (character) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[character]!)}"`;
}
