import datasetSchema from '../../../../schemas/dataset.schema.json';
import { foldText } from '../catalog/vocabularies';
import { isBlankRow, type CsvRow, type CsvTable } from './csvReader';

/** The spreadsheet templates of ADELA that the import recognises by their header row. */
export type TemplateKind = 'catalog' | 'plan' | 'inventory' | 'plan-export';

/** The plan template's fields, named as in our plan file (`enlace.nombre` is a nested key). */
export type PlanField =
  | 'vision'
  | 'enlace.nombre'
  | 'enlace.cargo'
  | 'enlace.correo'
  | 'administrador.nombre'
  | 'administrador.cargo'
  | 'administrador.correo'
  | 'conjunto'
  | 'descripcion'
  | 'periodicidad'
  | 'fechaPublicacion'
  | 'criterios';

/**
 * The inventory template's eight fields, named as in our plan file's `inventario` rows, and the
 * update frequency that ADELA's «Plan de Apertura Institucional» export adds to them.
 */
export type InventoryField = 'responsable' | 'conjunto' | 'recurso' | 'descripcion' | 'acceso' | 'fundamento' | 'fuente' | 'fechaEstimada' | 'periodicidad';

export interface TemplateHeader {
  kind: TemplateKind;
  /** The header row; data rows follow it. */
  header: CsvRow;
  /** Field of each recognised column, by column index (`ds:title`, `rs:downloadURL`, `vision`…). */
  columns: Map<number, string>;
  /** Header cells that name no field of the template, or a field another column already took. */
  ignored: Array<{ column: number; name: string }>;
}

const DATASET_KEYS = new Set(Object.keys(datasetSchema.$defs.dataset.properties));
const DISTRIBUTION_KEYS = new Set(Object.keys(datasetSchema.$defs.distribution.properties));

/** The catalog template's columns, version 3.0 (version 2 had `ds:dataDictionary`). */
export const CATALOG_COLUMNS = [
  'ds:identifier',
  'ds:title',
  'ds:description',
  'ds:keyword',
  'ds:modified',
  'ds:contactPoint',
  'ds:mbox',
  'ds:accessLevel',
  'ds:accessLevelComment',
  'ds:temporal',
  'ds:spatial',
  'ds:landingPage',
  'ds:accrualPeriodicity',
  'rs:title',
  'rs:description',
  'rs:downloadURL',
  'rs:mediaType',
  'rs:byteSize',
  'rs:temporal',
  'rs:spatial',
  'rs:accrualPeriodicity',
] as const;

/** How many leading rows may hold titles or notes above the header row. */
const HEADER_SEARCH_ROWS = 10;

/** The template a CSV table follows, found from its header row; undefined when none fits. */
export function detectTemplate(table: CsvTable): TemplateHeader | undefined {
  const candidates = table.rows.filter((row) => !isBlankRow(row)).slice(0, HEADER_SEARCH_ROWS);
  for (const row of candidates) {
    const match = catalogHeader(row) ?? bestNamedHeader(row);
    if (match) return match;
  }
  return undefined;
}

function catalogHeader(row: CsvRow): TemplateHeader | undefined {
  const template = headerColumns(row, templateField);
  if (template.taken.has('ds:identifier') && template.columns.size >= 3) return { kind: 'catalog', header: row, columns: template.columns, ignored: template.ignored };
  if (template.taken.size > 0) return undefined;
  const first = headerColumns(row, firstLayoutField);
  // Both the dataset's key and its file, so that no other table with a «title» column is taken for one.
  if (!first.taken.has('ds:identifier') || !first.taken.has('ds:title') || !first.taken.has('rs:downloadURL')) return undefined;
  return { kind: 'catalog', header: row, columns: first.columns, ignored: first.ignored };
}

/** The field of each header cell as `fieldOf` names it; a name no field has, or a field taken twice, is ignored. */
function headerColumns(row: CsvRow, fieldOf: (name: string) => string | undefined): Pick<TemplateHeader, 'columns' | 'ignored'> & { taken: Set<string> } {
  const columns = new Map<number, string>();
  const ignored: TemplateHeader['ignored'] = [];
  const taken = new Set<string>();
  row.cells.forEach((cell, column) => {
    const name = cell.trim();
    if (name === '') return;
    const field = fieldOf(name);
    if (field && !taken.has(field)) {
      taken.add(field);
      columns.set(column, field);
    } else {
      ignored.push({ column, name });
    }
  });
  return { columns, ignored, taken };
}

/** A column of the catalog template: `ds:title`, `rs:downloadURL`. */
function templateField(name: string): string | undefined {
  const match = /^(ds|rs)\s*:\s*(\S+)$/i.exec(name);
  if (!match) return undefined;
  const prefix = match[1]!.toLowerCase();
  // ADELA's v2 template called the documentation page dataDictionary; v3 landingPage.
  const key = prefix === 'ds' && match[2] === 'dataDictionary' ? 'landingPage' : match[2]!;
  const keys = prefix === 'ds' ? DATASET_KEYS : DISTRIBUTION_KEYS;
  const known = [...keys].find((candidate) => candidate.toLowerCase() === key.toLowerCase());
  return known && known !== 'distribution' ? `${prefix}:${known}` : undefined;
}

/**
 * The resource columns of ADELA's first catalog layout (2014, Project Open Data 1.0): names without
 * `ds:`/`rs:`, one row per dataset with its one file in `accessURL` and `format`. The other names are
 * the dataset's (`title`, `modified`, `identifier`…).
 */
const FIRST_LAYOUT_RESOURCE: Record<string, string> = {
  accessurl: 'rs:downloadURL',
  downloadurl: 'rs:downloadURL',
  format: 'rs:mediaType',
  mediatype: 'rs:mediaType',
  bytesize: 'rs:byteSize',
};

/** A column of ADELA's first layout (CONEVAL's 2014 catalog), named as the template's. */
function firstLayoutField(name: string): string | undefined {
  const resource = FIRST_LAYOUT_RESOURCE[name.toLowerCase()];
  if (resource) return resource;
  const key = [...DATASET_KEYS].find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key && key !== 'distribution' ? `ds:${key}` : undefined;
}

type Rule<F extends string> = [RegExp, F | ((header: string) => F | undefined)];

function officialField(header: string): PlanField | undefined {
  // ADELA's own export misspelt "Enalce"; both spellings name the Enlace.
  const role = /\b(enlace|enalce)\b/.test(header) ? 'enlace' : /administrador/.test(header) ? 'administrador' : undefined;
  if (!role) return undefined;
  if (/correo|e-?mail|\bmail\b/.test(header)) return `${role}.correo`;
  if (/titulo|cargo|puesto/.test(header)) return `${role}.cargo`;
  return `${role}.nombre`;
}

/** Order matters: the first rule whose words a header holds names its field. */
const PLAN_RULES: Array<Rule<PlanField>> = [
  [/vision/, 'vision'],
  [/enlace|enalce|administrador/, officialField],
  [/periodicidad|frecuencia/, 'periodicidad'],
  [/fecha/, 'fechaPublicacion'],
  [/descripcion/, 'descripcion'],
  [/criterio/, 'criterios'],
  [/conjunto|dataset/, 'conjunto'],
];

const INVENTORY_RULES: Array<Rule<InventoryField>> = [
  [/periodicidad|frecuencia/, 'periodicidad'],
  [/razon|fundamento|motivo|justificacion/, 'fundamento'],
  [/fecha/, 'fechaEstimada'],
  [/responsable|servidor/, 'responsable'],
  [/privad|acceso|clasificacion|restringid/, 'acceso'],
  [/fuente|sistema|manejador|dbms|sgbd|origen|base de datos/, 'fuente'],
  [/descripcion|que es/, 'descripcion'],
  [/recurso/, 'recurso'],
  [/conjunto/, 'conjunto'],
];

function namedHeader<F extends string>(row: CsvRow, kind: TemplateKind, rules: Array<Rule<F>>): TemplateHeader {
  const { columns, ignored } = headerColumns(row, (name) => {
    const folded = foldText(name).replace(/[¿?¡!]/g, '');
    for (const [pattern, target] of rules) {
      if (pattern.test(folded)) return typeof target === 'function' ? target(folded) : target;
    }
    return undefined;
  });
  return { kind, header: row, columns, ignored };
}

/** The plan or inventory reading of a header row, whichever recognises the row as its own. */
function bestNamedHeader(row: CsvRow): TemplateHeader | undefined {
  const plan = namedHeader(row, 'plan', PLAN_RULES);
  const inventory = namedHeader(row, 'inventory', INVENTORY_RULES);
  const planFields = new Set(plan.columns.values());
  const inventoryFields = new Set(inventory.columns.values());
  const isPlan = planFields.size >= 4 && planFields.has('conjunto') && ['vision', 'periodicidad', 'enlace.nombre', 'administrador.nombre'].some((field) => planFields.has(field));
  const isInventory = inventoryFields.size >= 5 && inventoryFields.has('recurso') && inventoryFields.has('acceso');
  if (isPlan && (!isInventory || planFields.size >= inventoryFields.size)) return plan;
  // ADELA exported the plan as the inventory's columns plus the update frequency (and the day in the date).
  if (isInventory) return inventoryFields.has('periodicidad') ? { ...inventory, kind: 'plan-export' } : inventory;
  return undefined;
}
