import { CRITERIA, foldText } from '../catalog/vocabularies';
import { t } from '../l10n';
import { identifierFrom } from '../catalog/identifiers';
import { normaliseAccess, normalisePeriodicity } from './cellValues';
import { cleanCell } from './catalogCsv';
import type { CsvTable } from './csvReader';
import { normaliseDate, type CellValue } from './dateText';
import type { FieldComment, ImportedPlan, ImportLog, ImportPlace, PlainObject } from './importModel';
import { templateRows } from './templateRows';
import type { TemplateHeader } from './templates';

/** An empty plan that the plan and inventory templates of one import fill in. */
export function emptyPlan(): ImportedPlan {
  return { enlace: {}, administrador: {}, plan: [], inventario: [], comments: [], files: [] };
}

const SHARED_FIELDS = ['vision', 'enlace.nombre', 'enlace.cargo', 'enlace.correo', 'administrador.nombre', 'administrador.cargo', 'administrador.correo'];
const PLAN_ENTRY_FIELDS = ['conjunto', 'descripcion', 'periodicidad', 'fechaPublicacion', 'criterios'];
const INVENTORY_FIELDS = ['conjunto', 'recurso', 'descripcion', 'responsable', 'acceso', 'fundamento', 'fuente', 'fechaEstimada'];

/**
 * Reads the plan template: the vision and the two officials (usually on the first row only, or
 * repeated on every row) and one prioritised dataset per row. The dataset column holds a name or
 * an identifier; the import resolves it against the datasets it knows once every file is read.
 */
export function importPlanCsv(file: string, table: CsvTable, template: TemplateHeader, plan: ImportedPlan, log: ImportLog): void {
  plan.files.push(file);
  const firstSeen = new Map<string, number>();
  const seen = new Map<string, { row: number; signature: string }>();
  forEachRow(file, table, template, log, (cell, place) => {
    for (const field of SHARED_FIELDS) {
      const text = cell(field);
      if (text === '') continue;
      const [holder, key] = field.includes('.') ? (field.split('.') as [string, string]) : [undefined, field];
      const target: PlainObject | ImportedPlan = holder === 'enlace' ? plan.enlace : holder === 'administrador' ? plan.administrador : plan;
      const existing = (target as Record<string, unknown>)[key];
      if (existing === undefined) {
        (target as Record<string, unknown>)[key] = text;
        firstSeen.set(field, place.row!);
      } else if (existing !== text) {
        log.warn(place, t('La fila trae otro valor para «{0}»; se conservó el de la fila {1}.', field, firstSeen.get(field) ?? '?'));
      }
    }
    if (!PLAN_ENTRY_FIELDS.some((field) => cell(field) !== '')) return;
    const name = cell('conjunto');
    if (name === '') {
      log.skip(place, t('El conjunto priorizado de esta fila no tiene nombre.'));
      return;
    }
    const signature = JSON.stringify(PLAN_ENTRY_FIELDS.map(cell));
    const key = foldText(name);
    const earlier = seen.get(key);
    if (earlier) {
      log.skip(place, earlier.signature === signature
        ? t('Repite el conjunto «{0}» de la fila {1}.', name, earlier.row)
        : t('El conjunto «{0}» ya está en la fila {1} con otros datos; se conservó esa fila.', name, earlier.row));
      return;
    }
    seen.set(key, { row: place.row!, signature });
    const index = plan.plan.length;
    const entry: PlainObject = { conjunto: name };
    const read = (field: string, result: CellValue<string | string[]>): void => {
      entry[field] = log.take(result, place, plan.comments, ['plan', index, field]);
    };
    if (cell('descripcion') !== '') entry.descripcion = cell('descripcion');
    if (cell('periodicidad') !== '') read('periodicidad', normalisePeriodicity(cell('periodicidad')));
    if (cell('fechaPublicacion') !== '') read('fechaPublicacion', normaliseDate(cell('fechaPublicacion'), 'date'));
    if (cell('criterios') !== '') read('criterios', readCriteria(cell('criterios')));
    plan.plan.push({ entry, place });
  });
}

/**
 * Reads the inventory template: one row per data resource, public or not. A dataset name is
 * resolved later like the plan's; a resource named twice for the same dataset is taken once.
 */
export function importInventoryCsv(file: string, table: CsvTable, template: TemplateHeader, plan: ImportedPlan, log: ImportLog): void {
  plan.files.push(file);
  const seen = new Map<string, { row: number; signature: string }>();
  forEachRow(file, table, template, log, (cell, place) => {
    const dataset = cell('conjunto');
    const resource = cell('recurso');
    if (dataset === '' || resource === '') {
      log.skip(place, dataset === '' ? t('La fila del inventario no dice de qué conjunto de datos es.') : t('La fila del inventario no tiene el nombre del recurso.'));
      return;
    }
    const signature = JSON.stringify(INVENTORY_FIELDS.map(cell));
    const key = `${foldText(dataset)}\u0000${foldText(resource)}`;
    const earlier = seen.get(key);
    if (earlier) {
      log.skip(place, earlier.signature === signature
        ? t('Repite el recurso «{0}» de la fila {1}.', resource, earlier.row)
        : t('El recurso «{0}» del conjunto «{1}» ya está en la fila {2} con otros datos; se conservó esa fila.', resource, dataset, earlier.row));
      return;
    }
    seen.set(key, { row: place.row!, signature });
    const index = plan.inventario.length;
    const entry: PlainObject = {};
    for (const field of INVENTORY_FIELDS) {
      const text = cell(field);
      if (text === '') continue;
      const result: CellValue = field === 'acceso' ? normaliseAccess(text) : field === 'fechaEstimada' ? normaliseDate(text, 'month') : { value: text, converted: false };
      entry[field] = log.take(result, place, plan.comments, ['inventario', index, field]);
    }
    plan.inventario.push({ entry, place });
  });
}

type CellOf = (field: string) => string;

function forEachRow(file: string, table: CsvTable, template: TemplateHeader, log: ImportLog, visit: (cell: CellOf, place: ImportPlace) => void): void {
  const columnOf = new Map<string, number>([...template.columns].map(([column, field]) => [field, column]));
  for (const { row, place } of templateRows(file, table, template, log)) {
    visit((field) => {
      const column = columnOf.get(field);
      return column === undefined ? '' : cleanCell(row.cells[column] ?? '');
    }, place);
  }
}

/** The guide's prioritisation criteria named in a cell, by value or by their Spanish wording. */
function readCriteria(text: string): CellValue<string[]> {
  const names = text.split(/[,;]/).map((name) => name.trim()).filter((name) => name.length > 0);
  const values: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const slug = identifierFrom(name);
    const known = CRITERIA.find((criterion) => criterion.value === slug || foldText(criterion.es) === foldText(name));
    if (known) values.push(known.value);
    else {
      values.push(name);
      unknown.push(name);
    }
  }
  const converted = values.some((value, index) => value !== names[index]);
  if (unknown.length > 0) return { value: values, converted, kept: t('No son criterios de priorización de la guía: {0}.', unknown.map((name) => `«${name}»`).join(', ')) };
  return { value: values, converted };
}
