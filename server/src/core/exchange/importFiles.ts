import { foldText } from '../catalog/vocabularies';
import { ckanPackages, importCkanPackages, isCkanJson } from '../ckan/importCkan';
import { safeFileName } from '../files/safeFileName';
import type { PlainValue } from '../parse/sourceTree';
import { t } from '../l10n';
import { importCatalogCsv } from '../adela/catalogCsv';
import { importCatalogJson } from '../adela/catalogJson';
import { identifierFrom } from '../catalog/identifiers';
import { normaliseIdentifier } from '../adela/cellValues';
import { readCsv } from '../adela/csvReader';
import { decodeText, garbledWord, type TextEncoding } from '../text/decodeText';
import { ImportLog, type ImportedDataset, type ImportedPlan, type ImportIssue, type PlainObject } from '../adela/importModel';
import { emptyPlan, importInventoryCsv, importPlanCsv, importPlanExportCsv } from '../adela/planCsv';
import { detectTemplate, type TemplateKind } from '../adela/spreadsheetTemplates';
import { importHeader, writeYaml } from '../adela/yamlOutput';

export interface ImportInput {
  /** The file's name or path as the person gave it; messages name the file this way. */
  name: string;
  bytes: Uint8Array;
}

/** A dataset already in the destination workspace, so plan rows can name it by title. */
export interface KnownDataset {
  identifier: string;
  title?: string;
}

export interface OutputFile {
  /** File name relative to the destination folder. */
  name: string;
  text: string;
  kind: 'dataset' | 'plan';
}

export interface ImportSource {
  name: string;
  kind: TemplateKind | 'catalog-json' | 'ckan';
  encoding: TextEncoding;
}

export interface ImportResult {
  files: OutputFile[];
  sources: ImportSource[];
  /** Inputs that could not be read as any of ADELA's formats; nothing should be written then. */
  failures: Array<{ name: string; message: string }>;
  datasets: number;
  resources: number;
  planEntries: number;
  inventoryEntries: number;
  skipped: ImportIssue[];
  warnings: ImportIssue[];
  conversions: number;
  blankRows: number;
}

export const PLAN_FILE_NAME = 'plan-de-apertura.yaml';

/**
 * Imports ADELA's catalog, plan and inventory templates and `catalogo.json` exports into the
 * product's YAML files: one `<identifier>.dcat.yaml` per dataset and one plan holding the plan and
 * the inventory. Pure: the caller reads the inputs and decides whether to write the outputs.
 */
export function importFiles(inputs: readonly ImportInput[], known: readonly KnownDataset[] = []): ImportResult {
  const log = new ImportLog();
  const datasets: ImportedDataset[] = [];
  const plan = emptyPlan();
  const sources: ImportSource[] = [];
  const failures: ImportResult['failures'] = [];
  const catalogKeys = new Set<string>();

  for (const input of inputs) {
    // An .xlsx or .ods template is a zip archive; .xls is an OLE2 compound file.
    if (isSpreadsheetBinary(input.bytes)) {
      failures.push({ name: input.name, message: t('Es un libro de hoja de cálculo (Excel u OpenDocument), no un CSV: guárdalo como CSV (UTF-8) y vuelve a importarlo.') });
      continue;
    }
    const { text, encoding } = decodeText(input.bytes);
    const garbled = garbledWord(text);
    if (garbled !== undefined) {
      log.warn(
        { file: input.name },
        t(
          'Los acentos de este archivo están mal codificados («{0}»): se guardó en una codificación y luego se leyó en otra. Se importó como venía: corrige los acentos en la hoja de cálculo, guárdala como CSV (UTF-8) y vuelve a importarla.',
          garbled,
        ),
      );
    }
    if (/^\s*[[{]/.test(text)) {
      const ckan = ckanInput(input.name, text, log);
      if (ckan !== undefined) {
        if (typeof ckan === 'string') failures.push({ name: input.name, message: ckan });
        else {
          sources.push({ name: input.name, kind: 'ckan', encoding });
          datasets.push(...ckan);
        }
        continue;
      }
      const result = importCatalogJson(input.name, text, log);
      if (typeof result === 'string') failures.push({ name: input.name, message: result });
      else {
        sources.push({ name: input.name, kind: 'catalog-json', encoding });
        datasets.push(...result.datasets);
        for (const key of Object.keys(result.catalog)) catalogKeys.add(key);
      }
      continue;
    }
    const table = readCsv(text);
    const template = detectTemplate(table);
    if (!template) {
      failures.push({
        name: input.name,
        message: t('No se reconoce el archivo: su encabezado no es el de la plantilla del catálogo, del plan de apertura ni del inventario de ADELA, y no es un catalogo.json.'),
      });
      continue;
    }
    sources.push({ name: input.name, kind: template.kind, encoding });
    for (const ignored of template.ignored)
      log.warn({ file: input.name, row: template.header.row, line: template.header.line }, t('Se ignoró la columna «{0}»: no es de la plantilla.', ignored.name));
    if (template.kind === 'catalog') datasets.push(...importCatalogCsv(input.name, table, template, log));
    else if (template.kind === 'plan') importPlanCsv(input.name, table, template, plan, log);
    else if (template.kind === 'plan-export') importPlanExportCsv(input.name, table, template, plan, log);
    else importInventoryCsv(input.name, table, template, plan, log);
  }
  if (catalogKeys.size > 0) {
    log.warn(
      { file: sources.find((source) => source.kind === 'catalog-json')?.name ?? '' },
      t(
        'Los datos del catálogo en sí ({0}) no se guardan: cada conjunto va en su propio archivo. Al exportar, el título y la página del catálogo salen de la institución del plan de apertura.',
        [...catalogKeys].join(', '),
      ),
    );
  }

  resolveDatasetNames(plan, datasets, known, log);
  const files = [...datasets.map((dataset, index) => ({ dataset, index }))].reduce<OutputFile[]>((written, { dataset, index }) => {
    written.push({ name: datasetFileName(dataset, index, written, log), text: datasetYaml(dataset), kind: 'dataset' });
    return written;
  }, []);
  const planFile = planYaml(plan);
  if (planFile !== undefined) files.push({ name: PLAN_FILE_NAME, text: planFile, kind: 'plan' });

  // Rows in file order, then in row order, whatever stage of the import noticed them.
  const order = (issue: ImportIssue): [number, number] => [inputs.findIndex((input) => input.name === issue.file), issue.row ?? issue.item ?? 0];
  const byPlace = (a: ImportIssue, b: ImportIssue): number => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1];
  return {
    files,
    sources,
    failures,
    datasets: datasets.length,
    resources: datasets.reduce((sum, dataset) => sum + (Array.isArray(dataset.value.distribution) ? dataset.value.distribution.length : 0), 0),
    planEntries: plan.plan.length,
    inventoryEntries: plan.inventario.length,
    skipped: [...log.skipped].sort(byPlace),
    warnings: [...log.warnings].sort(byPlace),
    conversions: log.conversions,
    blankRows: log.blankRows,
  };
}

/**
 * The plan and inventory templates name datasets by title; our plan names them by identifier.
 * A name that matches a dataset's identifier or title (ignoring case and accents) becomes that
 * identifier; any other is kept as written, and the person is told, so the checker's cross-file
 * rules can point at it.
 */
function resolveDatasetNames(plan: ImportedPlan, datasets: readonly ImportedDataset[], known: readonly KnownDataset[], log: ImportLog): void {
  const byName = new Map<string, string>();
  const remember = (name: unknown, identifier: string): void => {
    if (typeof name === 'string' && name.trim() !== '' && !byName.has(foldText(name))) byName.set(foldText(name), identifier);
  };
  for (const dataset of datasets) {
    const identifier = dataset.value.identifier;
    if (typeof identifier !== 'string') continue;
    remember(identifier, identifier);
    remember(dataset.originalIdentifier, identifier);
  }
  for (const dataset of known) remember(dataset.identifier, dataset.identifier);
  for (const dataset of datasets) if (typeof dataset.value.identifier === 'string') remember(dataset.value.title, dataset.value.identifier);
  for (const dataset of known) remember(dataset.title, dataset.identifier);

  const unresolved = new Map<string, { file: string; rows: number[] }>();
  for (const { entry, place } of [...plan.plan, ...plan.inventario]) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the plan CSV reader gives text cells
    const name = String(entry.conjunto);
    const identifier = byName.get(foldText(name));
    if (identifier !== undefined) {
      if (identifier !== name) log.conversions++;
      entry.conjunto = identifier;
    } else if (normaliseIdentifier(name).value !== name) {
      const key = `${place.file}\u0000${name}`;
      const list = unresolved.get(key) ?? { file: place.file, rows: [] };
      // One row of the CSV may give both an inventory entry and a plan entry: named once.
      const row = place.row ?? 0;
      if (!list.rows.includes(row)) list.rows.push(row);
      unresolved.set(key, list);
    }
  }
  for (const [key, { file, rows }] of unresolved) {
    const name = key.slice(key.indexOf('\u0000') + 1);
    const where = rows.length === 1 ? t('fila {0}', rows[0]!) : t('filas {0}', rows.join(', '));
    log.warn(
      { file, row: rows[0] },
      t('«{0}» ({1}) no coincide con ningún conjunto importado ni existente; se conservó el nombre en «conjunto»: cámbialo por el identificador del conjunto.', name, where),
    );
  }
}

/**
 * The datasets of a saved CKAN API answer, or of CKAN's JSON Lines (one dataset dict per line, as
 * `ckanapi dump datasets` and `guia export ckan` write); undefined when the JSON is not CKAN's.
 */
function ckanInput(file: string, text: string, log: ImportLog): ImportedDataset[] | string | undefined {
  let root: PlainValue;
  try {
    root = JSON.parse(text) as PlainValue;
  } catch {
    try {
      root = text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as PlainValue);
    } catch {
      return undefined;
    }
  }
  if (!isCkanJson(root)) return undefined;
  const packages = ckanPackages(root);
  return typeof packages === 'string' ? packages : importCkanPackages(file, packages, log);
}

function isSpreadsheetBinary(bytes: Uint8Array): boolean {
  const starts = (signature: number[]): boolean => signature.every((byte, index) => bytes[index] === byte);
  return starts([0x50, 0x4b, 0x03, 0x04]) || starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

const PLAIN_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * `<identifier>.dcat.yaml`, made safe on every system (see `safeFileName.ts`: a 300-character
 * identifier is cut, `CON` becomes `CON_`), and made unique among the files of this import.
 */
function datasetFileName(dataset: ImportedDataset, index: number, written: readonly OutputFile[], log: ImportLog): string {
  const identifier = typeof dataset.value.identifier === 'string' ? dataset.value.identifier : '';
  const title = typeof dataset.value.title === 'string' ? dataset.value.title : '';
  const fallback = `conjunto-${index + 1}`;
  const base = safeFileName((PLAIN_FILE_NAME.test(identifier) ? identifier : identifierFrom(identifier)) || identifierFrom(title) || fallback, fallback);
  let name = `${base}.dcat.yaml`;
  for (let suffix = 2; written.some((file) => file.name.toLowerCase() === name.toLowerCase()); suffix++) name = `${base}-${suffix}.dcat.yaml`;
  if (name !== `${base}.dcat.yaml`) log.warn({ file: dataset.file, row: dataset.rows[0] }, t('Otro conjunto ya se escribió en {0}.dcat.yaml; este va en {1}.', base, name));
  return name;
}

function datasetYaml(dataset: ImportedDataset): string {
  const rows = dataset.rows;
  const where =
    /\.json$/i.test(dataset.file) || rows.length === 0
      ? dataset.file
      : rows.length === 1
        ? t('{0} (fila {1})', dataset.file, rows[0]!)
        : t('{0} (filas {1} a {2})', dataset.file, rows[0]!, rows[rows.length - 1]!);
  return writeYaml(dataset.value, importHeader(t('Conjunto de datos'), [where], dataset.comments.length > 0), dataset.comments, new Set(['keyword']));
}

function planYaml(plan: ImportedPlan): string | undefined {
  if (plan.files.length === 0) return undefined;
  const value: PlainObject = {};
  if (plan.vision !== undefined) value.vision = plan.vision;
  const responsables: PlainObject = {};
  if (Object.keys(plan.enlace).length > 0) responsables.enlace = plan.enlace;
  if (Object.keys(plan.administrador).length > 0) responsables.administrador = plan.administrador;
  if (Object.keys(responsables).length > 0) value.responsables = responsables;
  if (plan.inventario.length > 0) value.inventario = plan.inventario.map(({ entry }) => entry);
  if (plan.plan.length > 0) value.plan = plan.plan.map(({ entry }) => entry);
  const header = importHeader(t('Plan de Apertura'), plan.files, plan.comments.length > 0);
  header.push(t('Las plantillas de ADELA no traen la institución ni el oficio de designación de los responsables: agrégalos.'));
  return writeYaml(value, header, plan.comments, new Set(['criterios']));
}
