/**
 * A format-independent tree of a YAML or JSON document that keeps the source offsets of every key
 * and value, so that any finding can point at the exact text the user wrote.
 */
export type SourceNode = ObjectNode | ArrayNode | ScalarNode;

export type ScalarValue = string | number | boolean | null;

export interface ObjectNode {
  type: 'object';
  start: number;
  end: number;
  properties: PropertyNode[];
}

export interface PropertyNode {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** An empty value (`key:` with nothing after it) is a null scalar placed right after the key. */
  value: SourceNode;
}

export interface ArrayNode {
  type: 'array';
  start: number;
  end: number;
  items: SourceNode[];
}

export interface ScalarNode {
  type: 'scalar';
  start: number;
  end: number;
  value: ScalarValue;
}

/** A JSON-pointer-like path: property names and array indexes. */
export type NodePath = ReadonlyArray<string | number>;

export type PlainValue = ScalarValue | PlainValue[] | { [key: string]: PlainValue };

/** The plain JavaScript value of a node, as a JSON Schema validator expects it. */
export function toPlainValue(node: SourceNode): PlainValue {
  switch (node.type) {
    case 'scalar':
      return node.value;
    case 'array':
      return node.items.map(toPlainValue);
    case 'object': {
      // An object literal, not a null-prototype object: V8 makes those dictionaries, three times
      // slower to build (a big catalog's 20,000 mappings). A key "__proto__" is defined as plain
      // data, never set (which would change the prototype).
      const result: { [key: string]: PlainValue } = {};
      for (const property of node.properties) {
        const value = toPlainValue(property.value);
        if (property.key === '__proto__') Object.defineProperty(result, property.key, { value, enumerable: true, writable: true, configurable: true });
        else result[property.key] = value;
      }
      return result;
    }
  }
}

export function property(node: SourceNode | undefined, key: string): PropertyNode | undefined {
  if (node?.type !== 'object') return undefined;
  // The last occurrence wins, as in YAML and JSON loaders; duplicates are reported by the parsers.
  for (let i = node.properties.length - 1; i >= 0; i--) {
    if (node.properties[i]!.key === key) return node.properties[i];
  }
  return undefined;
}

export function valueOf(node: SourceNode | undefined, key: string): SourceNode | undefined {
  return property(node, key)?.value;
}

export function stringValue(node: SourceNode | undefined): string | undefined {
  if (node?.type !== 'scalar' || node.value === null) return undefined;
  return typeof node.value === 'string' ? node.value : String(node.value);
}

export function itemsOf(node: SourceNode | undefined): SourceNode[] {
  return node?.type === 'array' ? node.items : [];
}

/** Follows a path from a root node; undefined when a step does not exist. */
export function nodeAtPath(root: SourceNode | undefined, path: NodePath): SourceNode | undefined {
  let current = root;
  for (const segment of path) {
    if (current === undefined) return undefined;
    if (typeof segment === 'number') current = current.type === 'array' ? current.items[segment] : undefined;
    else current = valueOf(current, segment);
  }
  return current;
}

/** The property whose value is the node at the path (the key a user sees), if the last step is a key. */
export function propertyAtPath(root: SourceNode | undefined, path: NodePath): PropertyNode | undefined {
  if (path.length === 0) return undefined;
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  return property(nodeAtPath(root, path.slice(0, -1)), last);
}
