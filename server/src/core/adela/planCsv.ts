import { CRITERIA, foldText } from '../catalog/vocabularies';
import { t } from '../l10n';
import { identifierFrom } from '../catalog/identifiers';
import { normaliseAccess, normalisePeriodicity } from './cellValues';
import { cleanCell } from './catalogCsv';
import type { CsvTable } from './csvReader';
import { normaliseDate, type CellValue } from './dateText';
import type { ImportedPlan, ImportLog, ImportPlace, PlainObject } from './importModel';
import { templateRows } from './templateRows';
import type { TemplateHeader } from './spreadsheetTemplates';

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
      log.skip(
        place,
        earlier.signature === signature
          ? t('Repite el conjunto «{0}» de la fila {1}.', name, earlier.row)
          : t('El conjunto «{0}» ya está en la fila {1} con otros datos; se conservó esa fila.', name, earlier.row),
      );
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
export function importInventoryCsv(file: string, table: CsvTable, template: TemplateHeader, plan: ImportedPlan, log: ImportLog, alsoRead?: RowVisitor): void {
  plan.files.push(file);
  const seen = new Map<string, { row: number; signature: string }>();
  forEachRow(file, table, template, log, (cell, place) => {
    alsoRead?.(cell, place);
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
      log.skip(
        place,
        earlier.signature === signature
          ? t('Repite el recurso «{0}» de la fila {1}.', resource, earlier.row)
          : t('El recurso «{0}» del conjunto «{1}» ya está en la fila {2} con otros datos; se conservó esa fila.', resource, dataset, earlier.row),
      );
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

/**
 * Reads ADELA's «Plan de Apertura Institucional» export: the inventory's columns, one row per
 * resource, plus «Fecha estimada de publicación» (day included) and «Frecuencia con la que
 * actualizan». Every row is an inventory row (its date kept to the month, as the inventory asks);
 * every dataset is also a plan entry with its description, its periodicity from the catalog and
 * the full date. What differs between the rows of one dataset is said, never dropped in silence.
 */
export function importPlanExportCsv(file: string, table: CsvTable, template: TemplateHeader, plan: ImportedPlan, log: ImportLog): void {
  const firstInventoryRow = plan.inventario.length;
  const columnName = (field: string): string => {
    for (const [column, name] of template.columns) if (name === field) return cleanCell(template.header.cells[column] ?? '');
    return field;
  };
  const byDataset = new Map<string, { index: number; row: number; frequency: string; date: string }>();
  importInventoryCsv(file, table, template, plan, log, (cell, place) => {
    const name = cell('conjunto');
    if (name === '' || cell('recurso') === '') return;
    const key = foldText(name);
    const frequency = cell('periodicidad');
    const date = cell('fechaEstimada');
    const earlier = byDataset.get(key);
    if (earlier) {
      if (frequency !== '' && foldText(frequency) !== foldText(earlier.frequency)) {
        log.warn(
          place,
          t(
            'Columna «{0}»: «{1}» difiere de «{2}» en la fila {3} del mismo conjunto «{4}»; el plan conserva la de la fila {3}.',
            columnName('periodicidad'),
            frequency,
            earlier.frequency,
            earlier.row,
            name,
          ),
        );
      }
      if (date !== '' && date !== earlier.date) {
        log.warn(
          place,
          t(
            'Columna «{0}»: «{1}» difiere de «{2}» en la fila {3} del mismo conjunto «{4}»; el plan conserva la de la fila {3} y el inventario guarda la de cada fila.',
            columnName('fechaEstimada'),
            date,
            earlier.date,
            earlier.row,
            name,
          ),
        );
      }
      return;
    }
    const index = plan.plan.length;
    byDataset.set(key, { index, row: place.row!, frequency, date });
    const entry: PlainObject = { conjunto: name };
    const description = cell('descripcion');
    if (description !== '') entry.descripcion = description;
    if (frequency !== '') entry.periodicidad = log.take(normalisePeriodicity(frequency), place, plan.comments, ['plan', index, 'periodicidad']);
    if (date !== '') entry.fechaPublicacion = log.take(normaliseDate(date, 'date'), place, plan.comments, ['plan', index, 'fechaPublicacion']);
    plan.plan.push({ entry, place });
  });
  if (plan.inventario.length > firstInventoryRow) {
    log.warn(
      { file },
      t(
        'Columna «{0}»: el inventario guarda el mes (AAAA-MM), como pide la guía; el día completo queda en «fechaPublicacion» del plan. Las exportaciones de ADELA no traen criterios de priorización: agrégalos en «criterios».',
        columnName('fechaEstimada'),
      ),
    );
  }
}

type CellOf = (field: string) => string;
type RowVisitor = (cell: CellOf, place: ImportPlace) => void;

function forEachRow(file: string, table: CsvTable, template: TemplateHeader, log: ImportLog, visit: RowVisitor): void {
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
  const names = text
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
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
