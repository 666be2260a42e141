import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import datasetSchemaJson from '../../../../schemas/dataset.schema.json';
import planSchemaJson from '../../../../schemas/plan.schema.json';
import type { Finding } from '../findings';
import { currentMessageLanguage, t } from '../l10n';
import { nodeAtPath, propertyAtPath, stringValue, toPlainValue, type NodePath, type PlainValue, type SourceNode } from '../parse/sourceTree';
import { isPlaceholder } from '../text/placeholders';
import { FORMATS } from './formats';
import { fieldInfo, type SchemaNode } from './schemaInfo';
import { explainBlank, explainError } from './schemaMessages';

/** Schema errors turned into findings per validated document (each dataset of a catalog apart). */
const MAX_SCHEMA_ERRORS = 500;

export const DATASET_SCHEMA = datasetSchemaJson as unknown as SchemaNode;
export const PLAN_SCHEMA = planSchemaJson as unknown as SchemaNode;

/**
 * The shapes a document (or part of one) is validated against. `catalog` and `plan` are shells:
 * the catalog without its datasets, the plan without the rows of its lists (`PLAN_ROW_LISTS`), which
 * are validated one at a time so that a big document's parts can be checked, cached and re-checked
 * apart.
 */
export type SchemaShape = 'dataset' | 'catalog' | 'plan';

/** The plan's top-level lists of rows (`inventario`, `plan`, the logs), validated row by row. */
export const PLAN_ROW_LISTS: readonly string[] = Object.entries(PLAN_SCHEMA.properties ?? {})
  .filter(([, schema]) => schema.type === 'array' && schema.items !== undefined)
  .map(([key]) => key);

interface CompiledShape {
  validate: ValidateFunction;
  /** The schema document that holds the shape, for titles and annotations. */
  root: SchemaNode;
  /** The shape's own node inside that document. */
  start: SchemaNode;
}

let compiled: Record<SchemaShape, CompiledShape> | undefined;
let planRows: Map<string, ValidateFunction> | undefined;

/**
 * Compiles our schemas once per process. A catalog is validated as a "shell" (its own keys, with
 * the items left out) plus each dataset separately, so that a big catalog's datasets can be checked,
 * cached and re-checked one at a time.
 */
function shapes(): Record<SchemaShape, CompiledShape> {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
  ajv.addVocabulary(['x-title-en', 'x-description-en', 'x-requirement']);
  for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, { type: 'string', validate: check });
  ajv.addSchema(datasetSchemaJson);
  ajv.addSchema(planSchemaJson);
  const datasetDefs = DATASET_SCHEMA.$defs!;
  // The shell has an $id of its own: its local references (the publisher's) must name the dataset schema.
  const catalogShell: SchemaNode = JSON.parse(JSON.stringify(datasetDefs.catalog!).replaceAll('"#/$defs/', `"${DATASET_SCHEMA.$id}#/$defs/`)) as SchemaNode;
  catalogShell.properties!.dataset = { ...catalogShell.properties!.dataset!, items: {} };
  const shellSchema = { ...catalogShell, $id: 'urn:guia-datos-abiertos:catalog-shell' };
  const planShell: SchemaNode = structuredClone(PLAN_SCHEMA);
  for (const key of PLAN_ROW_LISTS) planShell.properties![key] = { ...planShell.properties![key]!, items: {} };
  compiled = {
    dataset: { validate: ajv.getSchema(`${DATASET_SCHEMA.$id}#/$defs/dataset`)!, root: DATASET_SCHEMA, start: datasetDefs.dataset! },
    catalog: { validate: ajv.compile(shellSchema), root: DATASET_SCHEMA, start: datasetDefs.catalog! },
    plan: { validate: ajv.compile({ ...planShell, $id: 'urn:guia-datos-abiertos:plan-shell' }), root: PLAN_SCHEMA, start: PLAN_SCHEMA },
  };
  planRows = new Map(PLAN_ROW_LISTS.map((key) => [key, ajv.getSchema(`${PLAN_SCHEMA.$id}#/properties/${key}/items`)!]));
  return compiled;
}

/** Compiles the schemas now rather than on the first keystroke. */
export function warmUpSchemas(): void {
  shapes();
}

/**
 * Validates `node` against a shape and returns findings at exact offsets. `node` may be a part of a
 * bigger document (a dataset inside a catalog); offsets are those of the whole text. `value` is the
 * node's plain value, or a stand-in for it (a catalog's shell leaves its datasets out).
 */
export function validateShape(shape: SchemaShape, node: SourceNode, value: PlainValue = toPlainValue(node)): Finding[] {
  const { validate, root, start } = shapes()[shape];
  validate(withoutPlaceholders(value));
  return explainErrors(validate.errors ?? [], node, root, start, []);
}

/**
 * Validates row `index` of the plan's list `key` (one of `PLAN_ROW_LISTS`) as part of the plan:
 * messages and `data.path` are those of the row inside the whole plan; offsets are `row`'s.
 */
export function validatePlanRow(key: string, index: number, row: SourceNode): Finding[] {
  shapes();
  const validate = planRows!.get(key);
  if (!validate) throw new Error(`${key} is not a list of rows of the plan`);
  validate(withoutPlaceholders(toPlainValue(row)));
  return explainErrors(validate.errors ?? [], row, PLAN_SCHEMA, PLAN_SCHEMA, [key, index]);
}

/**
 * The value as the schema judges it: blank text and placeholders (`pendiente`, `TODO`, the product's
 * own «Por completar»…) are empty, so a required text, a URL or a date holding one fails as empty
 * instead of passing as written. The same object when nothing changes.
 */
function withoutPlaceholders(value: PlainValue): PlainValue {
  if (typeof value === 'string') return value !== '' && isPlaceholder(value) ? '' : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: PlainValue[] | undefined;
    value.forEach((item, i) => {
      const cleaned = withoutPlaceholders(item);
      if (cleaned !== item) (copy ??= [...value])[i] = cleaned;
    });
    return copy ?? value;
  }
  let copy: { [key: string]: PlainValue } | undefined;
  for (const key of Object.keys(value)) {
    const item = value[key]!;
    const cleaned = withoutPlaceholders(item);
    if (cleaned !== item) (copy ??= Object.assign(Object.create(null) as { [key: string]: PlainValue }, value))[key] = cleaned;
  }
  return copy ?? value;
}

/** The text of a node that holds no value (null, blank or a placeholder), or undefined when it holds one. */
function blankText(node: SourceNode | undefined): string | undefined {
  if (node?.type !== 'scalar') return undefined;
  if (node.value === null) return '';
  const text = stringValue(node);
  return text !== undefined && typeof node.value === 'string' && isPlaceholder(text) ? text : undefined;
}

/**
 * Ajv's errors about `node` as findings. A field with no value (empty, blank or a placeholder) gets
 * one finding that says so, not one per keyword it then fails (empty and not an email, not a URL…). `basePath` is where `node` sits in the document that
 * `start` (inside the schema document `root`) describes: messages name fields by their whole path.
 */
function explainErrors(errors: readonly ErrorObject[], node: SourceNode, root: SchemaNode, start: SchemaNode, basePath: NodePath): Finding[] {
  const findings: Finding[] = [];
  const language = currentMessageLanguage();
  // Locating an error walks its object, so a hostile file with 100,000 unknown keys would cost
  // quadratic time; nobody reads that many diagnostics anyway. The rest is summed up in one.
  if (errors.length > MAX_SCHEMA_ERRORS) {
    findings.push({
      requirement: root['x-requirement'] ?? 'basico-2b',
      weight: 'mandatory',
      start: node.start,
      end: Math.min(node.end, node.start + 1),
      message: t('Este documento tiene {0} problemas de estructura; se muestran los primeros {1}. Corrígelos para ver los demás.', errors.length, MAX_SCHEMA_ERRORS),
      data: { rule: 'demasiados-problemas', count: errors.length },
    });
  }
  const blankPaths = new Set<string>();
  for (const error of errors.slice(0, MAX_SCHEMA_ERRORS)) {
    const within = instancePath(error, node);
    const path = basePath.length === 0 ? within : [...basePath, ...within];
    const key = lastKey(path);
    const info = fieldInfo(root, start, path, language);
    const missing = error.keyword === 'required' ? String((error.params as { missingProperty: string }).missingProperty) : undefined;
    const missingInfo = missing !== undefined ? fieldInfo(root, start, [...path, missing], language) : undefined;
    const last = path[path.length - 1];
    const blank = missing === undefined ? blankText(nodeAtPath(node, within)) : undefined;
    if (blank !== undefined) {
      const pathKey = JSON.stringify(within);
      if (blankPaths.has(pathKey)) continue;
      blankPaths.add(pathKey);
    }
    const explained =
      blank !== undefined
        ? explainBlank(blank, key, info, typeof last === 'number' ? last : undefined)
        : explainError(error, key, info, missingInfo, typeof last === 'number' ? last : undefined);
    if (!explained) continue;
    // A section missing from the plan itself is said where it is added, the end of the plan (as a
    // point), not stacked on its first key, a line that is fine.
    const planSection = explained.target === 'parent' && root === PLAN_SCHEMA && path.length === 0;
    const [from, to] = planSection ? [node.end, node.end] : locate(node, within, explained.target, error);
    findings.push({
      requirement: missingInfo?.requirement ?? info?.requirement ?? root['x-requirement'] ?? 'basico-2b',
      weight: explained.weight,
      start: from,
      end: to,
      message: explained.message,
      data: {
        rule: explained.rule,
        path: [...path],
        ...(missing !== undefined ? { field: missing } : {}),
        ...(error.keyword === 'additionalProperties' ? { field: (error.params as { additionalProperty: string }).additionalProperty } : {}),
      },
    });
  }
  return findings;
}

function instancePath(error: ErrorObject, root: SourceNode): NodePath {
  if (!error.instancePath) return [];
  const path: Array<string | number> = [];
  let current: SourceNode | undefined = root;
  for (const raw of error.instancePath.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step: string | number = current?.type === 'array' ? Number(segment) : segment;
    path.push(step);
    current = nodeAtPath(current, [step]);
  }
  return path;
}

function lastKey(path: NodePath): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/** The offsets a finding should underline. */
function locate(root: SourceNode, path: NodePath, target: 'value' | 'key' | 'parent', error: ErrorObject): [number, number] {
  const node = nodeAtPath(root, path) ?? root;
  if (target === 'key') {
    const extra = String((error.params as { additionalProperty?: string }).additionalProperty);
    const property = node.type === 'object' ? node.properties.find((candidate) => candidate.key === extra) : undefined;
    if (property) return [property.keyStart, property.keyEnd];
  }
  if (target === 'parent') {
    // A missing field is shown on the key that holds the incomplete object; an object in a list
    // (or the document itself) is shown on its first key, the line the user reads as its start.
    const holder = propertyAtPath(root, path);
    if (holder) return [holder.keyStart, holder.keyEnd];
    if (node.type === 'object' && node.properties.length > 0) return [node.properties[0]!.keyStart, node.properties[0]!.keyEnd];
    return [node.start, Math.min(node.end, node.start + 1)];
  }
  return [node.start, node.end];
}
