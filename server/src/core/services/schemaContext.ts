import type { FileKind } from '../files/fileKinds';
import type { NodePath, PlainValue, SourceNode } from '../parse/sourceTree';
import { resolve, schemaAtPath, type SchemaNode } from '../schema/schemaInfo';
import { DATASET_SCHEMA, PLAN_SCHEMA } from '../schema/schemaValidator';

/** Where a file kind's shape starts: the schema document that holds it and the shape's node. */
export interface SchemaStart {
  root: SchemaNode;
  start: SchemaNode;
}

/** The schema a document of this kind follows. A CSV file has none. */
export function schemaStartOf(kind: FileKind): SchemaStart | undefined {
  switch (kind) {
    case 'plan':
      return { root: PLAN_SCHEMA, start: PLAN_SCHEMA };
    case 'catalog':
      return { root: DATASET_SCHEMA, start: DATASET_SCHEMA.$defs!.catalog! };
    case 'dataset':
      return { root: DATASET_SCHEMA, start: DATASET_SCHEMA.$defs!.dataset! };
    default:
      return undefined;
  }
}

/** The (resolved) schema at an instance path, with the nearest requirement on the way. */
export function schemaAt(start: SchemaStart, path: NodePath): { schema: SchemaNode; requirement: string | undefined } | undefined {
  return schemaAtPath(start.root, start.start, path);
}

/** The JSON types a schema node allows. */
export function typesOf(schema: SchemaNode): string[] {
  if (schema.type === undefined) return [];
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

export function isObjectSchema(schema: SchemaNode): boolean {
  return typesOf(schema).includes('object') || schema.properties !== undefined;
}

export function isArraySchema(schema: SchemaNode): boolean {
  return typesOf(schema)[0] === 'array';
}

/** The item schema of an array schema, resolved. */
export function itemSchema(start: SchemaStart, schema: SchemaNode): SchemaNode | undefined {
  return schema.items ? resolve(start.root, schema.items) : undefined;
}

/**
 * The fields an object must have given what it already holds: its `required`, plus those of the
 * `allOf` conditions our schemas use (`if`/`then`/`else`), evaluated on the object's value.
 */
export function requiredFields(schema: SchemaNode, value: PlainValue | undefined): Set<string> {
  const required = new Set(schema.required ?? []);
  for (const part of schema.allOf ?? []) {
    const branch = part as SchemaNode & { if?: SchemaNode; then?: SchemaNode; else?: SchemaNode };
    if (!branch.if) continue;
    const chosen = matches(branch.if, value) ? branch.then : branch.else;
    for (const field of chosen?.required ?? []) required.add(field);
  }
  return required;
}

/**
 * A small evaluator for the `if` conditions of our schemas: `required`, per-property `enum`,
 * `type` and nested `required`, and `anyOf`. It answers only what completion and fixes need.
 */
function matches(condition: SchemaNode & { anyOf?: SchemaNode[] }, value: PlainValue | undefined): boolean {
  if (condition.anyOf && !condition.anyOf.some((alternative) => matches(alternative, value))) return false;
  if (condition.type !== undefined && !typesOf(condition).includes(plainType(value))) return false;
  if (condition.enum && !condition.enum.includes(value)) return false;
  const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  for (const field of condition.required ?? []) if (!object || !(field in object)) return false;
  for (const [field, inner] of Object.entries(condition.properties ?? {})) {
    if (object && field in object && !matches(inner, object[field])) return false;
  }
  return true;
}

function plainType(value: PlainValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Fields that the portal or ADELA add, not people: offered last in completion and never suggested
 * as a did-you-mean, so that a typo of `title` does not become `@type`.
 */
export function isMachineField(name: string, schema: SchemaNode): boolean {
  if (name.startsWith('@') || name === '$schema') return true;
  return /\b(añade|Added by)\b/.test(schema.description ?? '');
}

/**
 * A node's plain value down to `depth` levels, deeper collections left empty: enough for the `if`
 * conditions above (which look two levels down at most) without converting a whole catalog.
 */
export function shallowValue(node: SourceNode | undefined, depth = 2): PlainValue | undefined {
  if (!node) return undefined;
  if (node.type === 'scalar') return node.value;
  if (node.type === 'array') return depth > 0 ? node.items.map((item) => shallowValue(item, depth - 1) ?? null) : [];
  const result = Object.create(null) as Record<string, PlainValue>;
  if (depth > 0) for (const property of node.properties) result[property.key] = shallowValue(property.value, depth - 1) ?? null;
  return result;
}
