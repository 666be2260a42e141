import { foldText } from '../catalog/vocabularies';
import { t } from '../l10n';
import type { PlainValue } from '../parse/sourceTree';
import { writeCsv } from './csvWriter';
import type { PlainObject } from './importModel';
import { CATALOG_COLUMNS } from './spreadsheetTemplates';
import { distributionsOf, isPlainObject, text, type WorkspaceContent } from './workspaceContent';

export interface CsvExport {
  text: string;
  /** Fields of the workspace that the template has no column for, and other things to know. */
  warnings: string[];
}

/** The plan template's header, as ADELA wrote it (with its spelling mistakes mended). */
export const PLAN_CSV_HEADER = [
  'Visión institucional de datos abiertos',
  'Funcionario designado como Enlace',
  'Título del funcionario designado como Enlace',
  'Correo oficial del funcionario designado como Enlace',
  'Funcionario designado como Administrador',
  'Título del funcionario designado como Administrador',
  'Correo oficial del funcionario designado como Administrador',
  'Conjuntos de datos priorizados',
  'Descripción de los conjuntos',
  'Periodicidad de la actualización',
  'Fecha tentativa de publicación (AAAA-MM-DD)',
];

/** The inventory template's eight columns. */
export const INVENTORY_CSV_HEADER = [
  'Servidor público responsable (cargo)',
  'Nombre del conjunto de datos',
  'Nombre del recurso de datos',
  '¿Qué es? (descripción breve)',
  '¿Tiene datos privados? (público / privado / restringido)',
  'Razón o fundamento legal de la clasificación',
  'Sistema o manejador de base de datos de origen',
  'Fecha estimada de publicación en datos.gob.mx (AAAA-MM)',
];

const ACCESS_WORDS: Record<string, string> = { publico: 'público', privado: 'privado', restringido: 'restringido' };

/**
 * The workspace's datasets in ADELA's catalog template (`catalogo_v3.0.csv`): a row with each
 * dataset's `ds:` columns, then one row per resource repeating `ds:identifier`.
 */
export function exportCatalogCsv(content: WorkspaceContent): CsvExport {
  const datasetColumns = CATALOG_COLUMNS.filter((column) => column.startsWith('ds:')).map((column) => column.slice(3));
  const resourceColumns = CATALOG_COLUMNS.filter((column) => column.startsWith('rs:')).map((column) => column.slice(3));
  const lost = new Map<string, number>();
  const rows: string[][] = [[...CATALOG_COLUMNS]];
  for (const { value } of content.datasets) {
    const dataset = { ...value };
    // ADELA v2's name for the documentation page goes in v3's column.
    if (dataset.landingPage === undefined && dataset.dataDictionary !== undefined) {
      dataset.landingPage = dataset.dataDictionary;
      delete dataset.dataDictionary;
    }
    rows.push([...datasetColumns.map((key) => cell(dataset[key])), ...resourceColumns.map(() => '')]);
    tallyLost(dataset, [...datasetColumns, 'distribution', '$schema'], 'ds:', lost);
    for (const resource of distributionsOf(dataset)) {
      rows.push([cell(dataset.identifier), ...datasetColumns.slice(1).map(() => ''), ...resourceColumns.map((key) => cell(resource[key]))]);
      tallyLost(resource, resourceColumns, 'rs:', lost);
    }
  }
  const warnings = lostWarnings(lost, t('La plantilla CSV del catálogo no tiene columna para'));
  if (content.datasets.length === 0) warnings.push(t('El espacio de trabajo no tiene conjuntos de datos.'));
  return { text: writeCsv(rows), warnings };
}

/** The plan in ADELA's plan template: one row per prioritised dataset, the vision and officials on each. */
export function exportPlanCsv(content: WorkspaceContent): CsvExport | string {
  const plan = content.plan;
  if (!plan) return t('El espacio de trabajo no tiene plan de apertura.');
  const officials = isPlainObject(plan.responsables) ? plan.responsables : {};
  const official = (role: string, key: string): string => cell(isPlainObject(officials[role]) ? officials[role][key] : undefined);
  const shared = [cell(plan.vision), ...['enlace', 'administrador'].flatMap((role) => ['nombre', 'cargo', 'correo'].map((key) => official(role, key)))];
  const entries = Array.isArray(plan.plan) ? plan.plan.filter(isPlainObject) : [];
  const titles = datasetTitles(content);
  const rows = [
    PLAN_CSV_HEADER,
    ...entries.map((entry) => [...shared, datasetName(entry.conjunto, titles), cell(entry.descripcion), cell(entry.periodicidad), cell(entry.fechaPublicacion)]),
  ];
  if (entries.length === 0) rows.push([...shared, '', '', '', '']);
  const lost = new Map<string, number>();
  for (const entry of entries) tallyLost(entry, ['conjunto', 'descripcion', 'periodicidad', 'fechaPublicacion'], 'plan.', lost);
  tallyLost(plan, ['vision', 'responsables', 'plan', 'inventario', '$schema'], '', lost);
  const warnings = lostWarnings(lost, t('La plantilla CSV del plan no tiene columna para'));
  if (content.planFiles > 1) warnings.push(t('Hay {0} planes de apertura; se exportó solo el primero.', content.planFiles));
  return { text: writeCsv(rows), warnings };
}

/** The plan's inventory in the eight columns of ADELA's inventory template. */
export function exportInventoryCsv(content: WorkspaceContent): CsvExport | string {
  const plan = content.plan;
  if (!plan) return t('El espacio de trabajo no tiene plan de apertura.');
  const entries = Array.isArray(plan.inventario) ? plan.inventario.filter(isPlainObject) : [];
  const titles = datasetTitles(content);
  const rows = [
    INVENTORY_CSV_HEADER,
    ...entries.map((entry) => [
      cell(entry.responsable),
      datasetName(entry.conjunto, titles),
      cell(entry.recurso),
      cell(entry.descripcion),
      typeof entry.acceso === 'string' ? (ACCESS_WORDS[entry.acceso] ?? entry.acceso) : cell(entry.acceso),
      cell(entry.fundamento),
      cell(entry.fuente),
      cell(entry.fechaEstimada),
    ]),
  ];
  const warnings: string[] = [];
  if (entries.length === 0) warnings.push(t('El plan de apertura no tiene inventario.'));
  if (content.planFiles > 1) warnings.push(t('Hay {0} planes de apertura; se exportó solo el primero.', content.planFiles));
  return { text: writeCsv(rows), warnings };
}

/** A cell's text: lists joined with commas (as ADELA wrote keywords), numbers as digits. */
function cell(value: PlainValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value))
    return value
      .map((item) => cell(item))
      .filter((item) => item !== '')
      .join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Identifier → title of the workspace's datasets: the templates name datasets by title. */
function datasetTitles(content: WorkspaceContent): Map<string, string> {
  const titles = new Map<string, string>();
  for (const { value } of content.datasets) {
    const identifier = text(value, 'identifier');
    const title = text(value, 'title');
    if (identifier && title && !titles.has(foldText(identifier))) titles.set(foldText(identifier), title);
  }
  return titles;
}

function datasetName(conjunto: PlainValue | undefined, titles: Map<string, string>): string {
  const name = cell(conjunto);
  return titles.get(foldText(name)) ?? name;
}

function tallyLost(object: PlainObject, kept: readonly string[], prefix: string, lost: Map<string, number>): void {
  for (const [key, value] of Object.entries(object)) {
    if (kept.includes(key) || value === null || value === '') continue;
    lost.set(prefix + key, (lost.get(prefix + key) ?? 0) + 1);
  }
}

function lostWarnings(lost: Map<string, number>, lead: string): string[] {
  if (lost.size === 0) return [];
  const list = [...lost].map(([key, count]) => `${key} (${count})`).join(', ');
  return [t('{0}: {1}. Esos valores no van en el archivo exportado.', lead, list)];
}
