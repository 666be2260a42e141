import datasetSchema from '../../../../schemas/dataset.schema.json';
import { t } from '../l10n';
import { parseJson } from '../parse/jsonParser';
import { itemsOf, toPlainValue, valueOf, type PlainValue, type SourceNode } from '../parse/sourceTree';
import { normaliseIdentifier } from './cellValues';
import { readValue } from './catalogCsv';
import type { FieldComment, ImportedDataset, ImportLog, ImportPlace, PlainObject } from './importModel';

const DATASET_KEYS = Object.keys(datasetSchema.$defs.dataset.properties);
const DISTRIBUTION_KEYS = Object.keys(datasetSchema.$defs.distribution.properties);

/** The order datasets are written in: the guide's fields first, ADELA's additions after. */
const DATASET_ORDER = [
  'identifier',
  'title',
  'description',
  'keyword',
  'modified',
  'contactPoint',
  'mbox',
  'temporal',
  'spatial',
  'landingPage',
  'dataDictionary',
  'accrualPeriodicity',
  'quality',
];
const DISTRIBUTION_ORDER = ['title', 'description', 'downloadURL', 'mediaType', 'format', 'byteSize', 'temporal', 'spatial'];

/** Keys ADELA added for its own bookkeeping, with no meaning outside it. */
const ADELA_INTERNAL_KEYS = new Set(['id']);

/** Values that a JSON export writes for "no value": they are left out of the YAML. */
function isEmpty(value: PlainValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export interface CatalogJsonImport {
  datasets: ImportedDataset[];
  /** The catalog's own keys (title, homepage, license…), which dataset files have no place for. */
  catalog: PlainObject;
}

/**
 * Reads an ADELA `catalogo.json` export (or any JSON with its shape: a catalog with a `dataset`
 * list, a bare list of datasets, or one dataset). Returns a message when the file is not one.
 */
export function importCatalogJson(file: string, text: string, log: ImportLog): CatalogJsonImport | string {
  const parsed = parseJson(text);
  const root = parsed.root;
  if (!root) return t('No se pudo leer el JSON: {0}', parsed.problems[0]?.message ?? t('el archivo está vacío'));
  if (parsed.problems.some((problem) => problem.severity === 'error')) {
    const first = parsed.problems.find((problem) => problem.severity === 'error')!;
    log.warn({ file, line: parsed.lines.positionAt(first.start).line + 1 }, t('El JSON tiene errores de sintaxis; se importó lo que se pudo leer. {0}', first.message));
  }
  let nodes: SourceNode[];
  const catalog: PlainObject = {};
  if (root.type === 'object' && valueOf(root, 'dataset')?.type === 'array') {
    nodes = itemsOf(valueOf(root, 'dataset'));
    for (const property of root.properties) {
      const value = toPlainValue(property.value);
      if (property.key !== 'dataset' && !isEmpty(value)) catalog[property.key] = value;
    }
  } else if (root.type === 'array') {
    nodes = root.items;
  } else if (root.type === 'object' && (valueOf(root, 'distribution') || valueOf(root, 'identifier'))) {
    nodes = [root];
  } else {
    return t('El JSON no tiene la forma de un catálogo de ADELA (un objeto con la lista «dataset»).');
  }

  const datasets: ImportedDataset[] = [];
  const seen: Array<{ item: number; json: string; identifier: string | undefined }> = [];
  const unknownKeys = new Set<string>();
  let droppedInternal = false;
  nodes.forEach((node, index) => {
    const place: ImportPlace = { file, item: index + 1, line: parsed.lines.positionAt(node.start).line + 1 };
    if (node.type !== 'object') {
      log.skip(place, t('El conjunto número {0} no es un objeto JSON.', index + 1));
      return;
    }
    const raw = toPlainValue(node) as PlainObject;
    const json = JSON.stringify(raw);
    const twin = seen.find((candidate) => candidate.json === json);
    if (twin) {
      log.skip(place, t('Repite el conjunto número {0}.', twin.item));
      return;
    }
    const comments: FieldComment[] = [];
    const value: PlainObject = {};
    for (const key of ordered(Object.keys(raw), DATASET_ORDER)) {
      const field = raw[key];
      if (ADELA_INTERNAL_KEYS.has(key)) {
        droppedInternal = true;
        continue;
      }
      if (isEmpty(field)) continue;
      if (!DATASET_KEYS.includes(key)) unknownKeys.add(key);
      if (key === 'distribution' && Array.isArray(field)) value.distribution = field.map((item, position) => readDistribution(item, position, place, comments, log));
      else if (key === 'publisher' && isObject(field)) value.publisher = withoutEmpty(field);
      else if (key === 'identifier' && typeof field === 'string') value.identifier = log.take(normaliseIdentifier(field), place, comments, ['identifier']);
      else if (typeof field === 'string' && ['modified', 'issued', 'accrualPeriodicity'].includes(key)) value[key] = log.take(readValue(key, field), place, comments, [key]);
      else value[key] = field!;
    }
    if (Object.keys(value).length === 0) {
      log.skip(place, t('El conjunto número {0} está vacío.', index + 1));
      return;
    }
    const originalIdentifier = typeof raw.identifier === 'string' ? raw.identifier.trim() : undefined;
    if (originalIdentifier !== undefined && value.identifier !== originalIdentifier)
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the identifier was just written as ASCII text
      log.warn(place, t('El identificador «{0}» se escribió en ASCII como «{1}».', originalIdentifier, String(value.identifier)));
    const sameIdentifier = seen.find((candidate) => candidate.identifier !== undefined && candidate.identifier === originalIdentifier);
    if (sameIdentifier)
      log.warn(place, t('El identificador «{0}» ya lo usa el conjunto número {1}; cada conjunto necesita uno propio.', originalIdentifier ?? '', sameIdentifier.item));
    seen.push({ item: index + 1, json, identifier: originalIdentifier });
    datasets.push({ value, comments, file, rows: [index + 1], originalIdentifier });
  });
  if (droppedInternal) log.warn({ file }, t('Se omitió el campo «id» de los conjuntos y recursos: es el número interno de ADELA.'));
  for (const key of unknownKeys) log.warn({ file }, t('El campo «{0}» no es de los metadatos de la guía; se conservó para que lo revises.', key));
  return { datasets, catalog };
}

function readDistribution(item: PlainValue, position: number, place: ImportPlace, comments: FieldComment[], log: ImportLog): PlainValue {
  if (!isObject(item)) return item;
  const value: PlainObject = {};
  for (const key of ordered(Object.keys(item), DISTRIBUTION_ORDER)) {
    const field = item[key];
    if (ADELA_INTERNAL_KEYS.has(key) || isEmpty(field)) continue;
    if (typeof field === 'string' && ['modified', 'mediaType', 'byteSize', 'accrualPeriodicity'].includes(key) && DISTRIBUTION_KEYS.includes(key)) {
      value[key] = log.take(readValue(key, field), place, comments, ['distribution', position, key]);
    } else {
      value[key] = field!;
    }
  }
  return value;
}

function isObject(value: PlainValue | undefined): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutEmpty(object: PlainObject): PlainObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => !isEmpty(value)));
}

/** Keys in a preferred order first, then the rest in their own order. */
function ordered(keys: string[], preferred: readonly string[]): string[] {
  return [...preferred.filter((key) => keys.includes(key)), ...keys.filter((key) => !preferred.includes(key))];
}
