import type { RequirementId } from '../catalog/requirements';
import type { Language } from '../l10n';
import type { NodePath } from '../parse/sourceTree';

/** The subset of JSON Schema our schemas use, with our annotations. */
export interface SchemaNode {
  $id?: string;
  $ref?: string;
  type?: string | string[];
  title?: string;
  'x-title-en'?: string;
  description?: string;
  'x-description-en'?: string;
  /** Ids checked against the catalog by the unit tests (the schemas are shipped data). */
  'x-requirement'?: RequirementId;
  examples?: unknown[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
  minItems?: number;
  minLength?: number;
}

/** What a user is told about a field: its name in the guide's words, meaning, example, requirement. */
export interface FieldInfo {
  schema: SchemaNode;
  title: string | undefined;
  description: string | undefined;
  example: unknown;
  /** The nearest requirement annotated on the way from the root to this field. */
  requirement: RequirementId | undefined;
}

/**
 * Walks a schema along an instance path (properties, items and local `$ref`s), collecting the
 * deepest `x-requirement` on the way. Used to name fields in messages, for hovers and completions.
 */
export function schemaAtPath(root: SchemaNode, start: SchemaNode, path: NodePath): { schema: SchemaNode; requirement: RequirementId | undefined } | undefined {
  let current = resolve(root, start);
  let requirement = current['x-requirement'] ?? root['x-requirement'];
  for (const segment of path) {
    let next: SchemaNode | undefined;
    if (typeof segment === 'number') next = current.items;
    else next = current.properties?.[segment];
    if (!next) return undefined;
    current = resolve(root, next);
    requirement = next['x-requirement'] ?? current['x-requirement'] ?? requirement;
  }
  return { schema: current, requirement };
}

export function fieldInfo(root: SchemaNode, start: SchemaNode, path: NodePath, language: Language): FieldInfo | undefined {
  const found = schemaAtPath(root, start, path);
  if (!found) return undefined;
  const { schema, requirement } = found;
  return {
    schema,
    title: language === 'en' ? (schema['x-title-en'] ?? schema.title) : schema.title,
    description: language === 'en' ? (schema['x-description-en'] ?? schema.description) : schema.description,
    example: schema.examples?.[0],
    requirement,
  };
}

/** Follows `$ref`s of the form `#/$defs/name` inside the same schema document. */
export function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  let current = node;
  for (let hops = 0; current.$ref && hops < 10; hops++) {
    const match = /^#\/\$defs\/([^/]+)$/.exec(current.$ref);
    const target = match ? root.$defs?.[match[1]!] : undefined;
    if (!target) break;
    current = target;
  }
  return current;
}
