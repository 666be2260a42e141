import { t } from '../l10n';
import type { PlainValue } from '../parse/sourceTree';
import { normaliseByteSize, normaliseIdentifier, normaliseMediaType, normalisePeriodicity, splitKeywords } from './cellValues';
import type { CsvRow, CsvTable } from './csvReader';
import { normaliseDate, type CellValue } from './dateText';
import type { FieldComment, ImportedDataset, ImportLog, ImportPlace, PlainObject } from './importModel';
import { templateRows } from './templateRows';
import { CATALOG_COLUMNS, type TemplateHeader } from './spreadsheetTemplates';

interface ResourceDraft {
  row: number;
  signature: string;
  value: PlainObject;
  comments: FieldComment[];
}

interface DatasetDraft {
  rows: number[];
  signature: string;
  identifier: string;
  value: PlainObject;
  comments: FieldComment[];
  resources: ResourceDraft[];
}

/**
 * Reads the rows of ADELA's catalog template: a dataset row fills the `ds:` columns, and each of its
 * resources follows on a row that repeats `ds:identifier` and fills the `rs:` columns (a row may
 * carry both). A resource row with an empty identifier belongs to the dataset above it; one that
 * names a dataset defined further down is attached to it all the same.
 */
export function importCatalogCsv(file: string, table: CsvTable, template: TemplateHeader, log: ImportLog): ImportedDataset[] {
  const fields = [...template.columns].sort(([a], [b]) => a - b);
  const idColumn = fields.find(([, field]) => field === 'ds:identifier')![0];
  const datasetColumns = orderColumns(fields.filter(([, field]) => field.startsWith('ds:') && field !== 'ds:identifier'));
  const resourceColumns = orderColumns(fields.filter(([, field]) => field.startsWith('rs:')));
  const byIdentifier = new Map<string, DatasetDraft>();
  const drafts: DatasetDraft[] = [];
  const later: Array<{ row: CsvRow; identifier: string }> = [];
  let current: DatasetDraft | undefined;

  for (const { row, place } of templateRows(file, table, template, log)) {
    const cell = (column: number): string => cleanCell(row.cells[column] ?? '');
    const identifier = cell(idColumn);
    const hasDataset = datasetColumns.some(([column]) => cell(column) !== '');
    const hasResource = resourceColumns.some(([column]) => cell(column) !== '');
    if (!hasDataset && !hasResource) {
      log.skip(place, t('La fila solo tiene el identificador «{0}», sin datos del conjunto ni de un recurso.', identifier));
      continue;
    }
    if (hasDataset) {
      const signature = JSON.stringify(datasetColumns.map(([column]) => cell(column)));
      const earlier = identifier === '' ? undefined : byIdentifier.get(identifier);
      if (earlier) {
        log.skip(
          place,
          earlier.signature === signature
            ? t('Repite el conjunto «{0}» de la fila {1}.', identifier, earlier.rows[0]!)
            : t('El conjunto «{0}» ya está en la fila {1} con otros datos; se conservó esa fila.', identifier, earlier.rows[0]!),
        );
        continue;
      }
      current = readDataset(row, identifier, signature, datasetColumns, cell, place, log);
      drafts.push(current);
      if (identifier !== '') byIdentifier.set(identifier, current);
      else log.warn(place, t('El conjunto de esta fila no tiene identificador; escríbelo en el archivo que se generó.'));
    }
    if (!hasResource) continue;
    const owner = hasDataset ? current : identifier === '' ? current : byIdentifier.get(identifier);
    if (owner) addResource(owner, row, resourceColumns, cell, place, log);
    else if (identifier !== '') later.push({ row, identifier });
    else log.skip(place, t('El recurso de esta fila no tiene identificador de conjunto y no hay un conjunto antes de él.'));
    if (owner && identifier !== '') current = owner;
  }

  for (const { row, identifier } of later) {
    const place: ImportPlace = { file, row: row.row, line: row.line };
    const owner = byIdentifier.get(identifier);
    if (owner) addResource(owner, row, resourceColumns, (column) => cleanCell(row.cells[column] ?? ''), place, log);
    else log.skip(place, t('El recurso es del conjunto «{0}», que no tiene una fila con sus datos (ds:title, ds:description…).', identifier));
  }
  return drafts.map((draft) => finish(file, draft));
}

type Columns = Array<[number, string]>;

/** Columns in the template's own order, with any extra `ds:`/`rs:` columns after them. */
function orderColumns(columns: Columns): Columns {
  const rank = (field: string): number => {
    const index = (CATALOG_COLUMNS as readonly string[]).indexOf(field);
    return index < 0 ? CATALOG_COLUMNS.length : index;
  };
  return [...columns].sort((a, b) => rank(a[1]) - rank(b[1]) || a[0] - b[0]);
}

function readDataset(row: CsvRow, rawIdentifier: string, signature: string, columns: Columns, cell: (column: number) => string, place: ImportPlace, log: ImportLog): DatasetDraft {
  const draft: DatasetDraft = { rows: [row.row], signature, identifier: rawIdentifier, value: {}, comments: [], resources: [] };
  if (rawIdentifier !== '') {
    const identifier = log.take(normaliseIdentifier(rawIdentifier), place, draft.comments, ['identifier']);
    if (identifier !== rawIdentifier) log.warn(place, t('El identificador «{0}» se escribió en ASCII como «{1}».', rawIdentifier, identifier));
    draft.value.identifier = identifier;
  }
  for (const [column, field] of columns) {
    const text = cell(column);
    if (text === '') continue;
    const key = field.slice(3);
    draft.value[key] = log.take(readValue(key, text), place, draft.comments, [key]);
  }
  return draft;
}

function addResource(owner: DatasetDraft, row: CsvRow, columns: Columns, cell: (column: number) => string, place: ImportPlace, log: ImportLog): void {
  const signature = JSON.stringify(columns.map(([column]) => cell(column)));
  const twin = owner.resources.find((resource) => resource.signature === signature);
  if (twin) {
    log.skip(place, t('Repite el recurso de la fila {0}.', twin.row));
    return;
  }
  const resource: ResourceDraft = { row: row.row, signature, value: {}, comments: [] };
  for (const [column, field] of columns) {
    const text = cell(column);
    if (text === '') continue;
    const key = field.slice(3);
    resource.value[key] = log.take(readValue(key, text), place, resource.comments, [key]);
  }
  owner.resources.push(resource);
  if (!owner.rows.includes(row.row)) owner.rows.push(row.row);
}

/** The value of one cell for a DCAT key, converted where the meaning is certain. */
export function readValue(key: string, text: string): CellValue<PlainValue> {
  switch (key) {
    case 'keyword':
      return { value: splitKeywords(text), converted: false };
    case 'modified':
    case 'issued':
      return normaliseDate(text, 'datetime');
    case 'accrualPeriodicity':
      return normalisePeriodicity(text);
    case 'mediaType':
      return normaliseMediaType(text);
    case 'byteSize':
      return normaliseByteSize(text);
    default:
      return { value: text, converted: false };
  }
}

/**
 * Cell text without the spaces and line breaks spreadsheets leave around it, and without a pair of
 * quotes wrapping the whole value, which are not part of it: San Luis Potosí's catalog wrote
 * `""text/csv""` and `""2015""` in its cells (the CSV reader leaves `"text/csv"`).
 */
export function cleanCell(text: string): string {
  const value = text.replace(/\r\n?/g, '\n').trim();
  const quoted = /^"([^"]*)"$/.exec(value);
  return quoted ? quoted[1]!.trim() : value;
}

function finish(file: string, draft: DatasetDraft): ImportedDataset {
  const resources = [...draft.resources].sort((a, b) => a.row - b.row);
  const comments = [...draft.comments];
  resources.forEach((resource, index) => {
    for (const comment of resource.comments) comments.push({ path: ['distribution', index, ...comment.path], text: comment.text });
  });
  const value: PlainObject = { ...draft.value, distribution: resources.map((resource) => resource.value) };
  return { value, comments, file, rows: [...draft.rows].sort((a, b) => a - b), originalIdentifier: draft.identifier || undefined };
}
