import vocabularies from '../../../../schemas/vocabularies.json';
import { isMediaType } from './vocabularies';
import { findMediaType, foldText, MEDIA_TYPES, mediaTypeForFormat, type MediaTypeInfo } from './vocabularies';

/**
 * How catalogs really write a format: `text/csv`, but also `excel`, `Excel `, `excel, pdf`,
 * `csv/zip`, `XLS`, `shp`, `Oracle`, `ArcGis Server`, `aspx`. This module reads such a cell once
 * for every user of it (rules, importer, quick fixes, CodeLens): it trims, folds case and accents,
 * splits lists, and maps each word to the format it names, or says it names none.
 */

/** Whether the formats a cell names let the data be reused freely. */
export type Openness = 'open' | 'proprietary' | 'unknown';

/** What one `mediaType` or `format` cell says. */
export interface FormatReading {
  /** The cell as written, trimmed. */
  text: string;
  /** True when the cell is one IANA media type (`text/csv`), known to us or not. */
  iana: boolean;
  /** The formats the cell names, in the order written, without repeats. */
  formats: MediaTypeInfo[];
  /** Words that name a database or system where data is kept (`Oracle`, `SQL Server`), not a format. */
  stores: string[];
  /** Words that name nothing we know. */
  unknown: string[];
}

const PROPRIETARY_SERVICES: readonly MediaTypeInfo[] = vocabularies.proprietaryServices.map((entry) => ({
  mediaType: '',
  formats: [],
  stars: 1,
  open: false,
  kind: entry.kind,
  words: entry.words,
  es: entry.es,
  en: entry.en,
}));

/**
 * Stores as folded words, longest first. `excel`, `access` and `sqlite` are also formats: a format
 * cell reads them as formats, so they are not taken out as stores here.
 */
const STORES: readonly RegExp[] = [...vocabularies.dataStores, 'base de datos', 'ms-sql', 'mssql', 'sap']
  .map(foldText)
  .filter((name) => formatForWord(name) === undefined)
  .sort((a, b) => b.length - a.length)
  .map((name) => new RegExp(`(^|[^a-z])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*')}(?=[^a-z]|$)`, 'g'));

/** Words around a format that do not change it: «formato CSV», «archivo .xlsx», «CSV comprimido». */
const FILLER = new Set(['formato', 'formatos', 'archivo', 'archivos', 'de', 'del', 'los', 'las', 'el', 'la', 'en', 'file', 'format', 'version', 'tipo']);

/** List separators of a cell that is not one IANA type: `excel, pdf`, `csv/zip`, `CSV y PDF`, `xls | csv`. */
const LIST_SEPARATOR = /\s*(?:[,;/|+&]|\s+y\s+|\s+o\s+|\s+and\s+|\s+or\s+)\s*/;

/** The format one word or phrase names: a format name (`xls`), a free word (`excel`) or a proprietary service. */
export function formatForWord(word: string): MediaTypeInfo | undefined {
  const folded = foldText(word).replace(/^\.+/, '').replace(/\s+/g, ' ');
  if (!folded) return undefined;
  return mediaTypeForFormat(folded) ?? MEDIA_TYPES.find((entry) => entry.words?.includes(folded)) ?? PROPRIETARY_SERVICES.find((entry) => entry.words?.includes(folded));
}

/** Reads a `mediaType` or `format` cell; an empty cell gives an empty reading. */
export function readFormatCell(cell: string | undefined): FormatReading {
  const text = (cell ?? '').trim();
  const reading: FormatReading = { text, iana: false, formats: [], stores: [], unknown: [] };
  if (!text) return reading;
  if (isMediaType(text)) {
    reading.iana = true;
    // An unregistered spelling such as `text/json` or `application/kml` still names its subtype.
    const known = findMediaType(text) ?? formatForWord(text.split(';')[0]!.trim()) ?? formatForWord(subtypeWord(text)) ?? formatForWord(suffixWord(text));
    if (known) reading.formats.push(known);
    else reading.unknown.push(text);
    return reading;
  }
  for (const part of foldText(text)
    .split(LIST_SEPARATOR)
    .map((piece) => piece.trim())
    .filter(Boolean))
    readPart(part, reading);
  return reading;
}

function subtypeWord(mediaType: string): string {
  const subtype = mediaType.split(';')[0]!.split('/')[1] ?? '';
  return subtype.replace(/^(x-|vnd\.)/, '').replace(/\+.*$/, '');
}

/** The structured-syntax suffix: `application/soap+xml` is XML. */
function suffixWord(mediaType: string): string {
  return /\+([a-z]+)\s*(;|$)/i.exec(mediaType)?.[1] ?? '';
}

function readPart(part: string, reading: FormatReading): void {
  const whole = formatForWord(part);
  if (whole) return addFormat(reading, whole);
  // A store's name may hold a format word (`SQL Server`, `Base de datos SQL`): read the words left once stores are taken out.
  let rest = part;
  for (const store of STORES) rest = rest.replace(store, ' ');
  const store = rest !== part;
  const words = rest
    .split(/[^a-z0-9.-]+/)
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter((word) => word && !FILLER.has(word));
  // Next to a store, `SQL` is the store's language (`Base de datos SQL`), not an SQL dump.
  const found = words.map((word) => formatForWord(word)).filter((entry): entry is MediaTypeInfo => entry !== undefined && !(store && entry.formats.includes('sql')));
  for (const entry of found) addFormat(reading, entry);
  if (found.length > 0) return;
  if (store) reading.stores.push(part);
  else reading.unknown.push(part);
}

function addFormat(reading: FormatReading, entry: MediaTypeInfo): void {
  if (!reading.formats.includes(entry)) reading.formats.push(entry);
}

/** Open when some named format is open; proprietary when all named formats are closed; else unknown. */
export function opennessOf(formats: readonly MediaTypeInfo[]): Openness {
  if (formats.some((entry) => entry.open)) return 'open';
  return formats.length > 0 ? 'proprietary' : 'unknown';
}

/** The IANA type to write for a reading that names exactly one format (`CSV` → `text/csv`, `shp` → `application/zip`). */
export function mediaTypeToWrite(reading: FormatReading): string | undefined {
  if (reading.formats.length !== 1 || reading.stores.length > 0 || reading.unknown.length > 0) return undefined;
  const entry = reading.formats[0]!;
  return entry.publishedAs?.[0] ?? (entry.mediaType || undefined);
}

/** The types a resource written as `entry` may declare, best first: a shapefile is published zipped. */
export function mediaTypesFor(entry: MediaTypeInfo): string[] {
  return entry.publishedAs ? [...entry.publishedAs] : entry.mediaType ? [entry.mediaType] : [];
}
