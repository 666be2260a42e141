import { formatForWord, opennessOf, readFormatCell, type FormatReading, type Openness } from '../../catalog/formatWords';
import type { MediaTypeInfo } from '../../catalog/vocabularies';
import type { DistributionFacts } from '../../model/facts';
import { currentMessageLanguage, t } from '../../l10n';
import { stringValue, valueOf } from '../../parse/sourceTree';

/** A format read off a download URL's last path segment, e.g. `.csv`. */
export interface UrlExtension {
  extension: string;
  info: MediaTypeInfo;
}

/** What a resource's metadata says about its format, and how sure that is. */
export interface ResourceFormat {
  /** The format that decides the resource's openness and stars; undefined when nothing names one. */
  info?: MediaTypeInfo;
  openness: Openness;
  /** Which evidence decided: the IANA type or words of `mediaType`, ADELA's `format`, the URL's extension. */
  source: 'mediaType' | 'format' | 'url' | 'none';
  /** The declared cell that decided or was tried (`mediaType`, else `format`). */
  declared: FormatReading;
  extension?: UrlExtension;
  /** Set when the declared format and the URL's extension name different formats. */
  contradiction?: { declared: MediaTypeInfo; extension: UrlExtension };
}

/** Extensions that name a container or a page rather than the data's format: they contradict nothing. */
const NEUTRAL_EXTENSIONS = new Set(['zip', 'rar', 'gz', '7z', 'tar', 'tgz', 'html', 'htm']);
/** Extensions of programs that answer with whatever they generate: no evidence of a format at all. */
const PROGRAM_EXTENSIONS = new Set(['aspx', 'asp', 'php', 'jsp', 'do', 'cgi', 'ashx']);
/** Kinds whose files may legitimately carry the other open formats' text (a CSV served as `.txt`, JSON as XML's sibling). */
const LOOSE_KINDS = new Set(['texto', 'estructurado']);

/**
 * The format of a resource from the best evidence: an IANA `mediaType`, then the format words of
 * `mediaType` (`excel`, `csv/zip`) or of ADELA's `format`, then the download URL's extension.
 * A declared format that the extension contradicts is kept, and the contradiction is returned.
 */
export function resourceFormat(resource: DistributionFacts): ResourceFormat {
  let read = formatOfResource.get(resource);
  if (read === undefined) {
    read = formatOfCells(resource);
    formatOfResource.set(resource, read);
  }
  return read;
}

/**
 * Each resource's format, while its facts stand (they are made once per analysis of its file).
 * Five rules and the quality score ask about every resource: 45,000 questions for a big catalog.
 */
const formatOfResource = new WeakMap<DistributionFacts, ResourceFormat>();

function formatOfCells(resource: DistributionFacts): ResourceFormat {
  const format = stringValue(valueOf(resource.node, 'format'));
  // Of the URL only its extension counts: keyed on it, the 9,000 resources of a big catalog share a
  // few dozen readings instead of one each (every download URL differs).
  const extension = urlExtension(resource.downloadURL);
  const key = JSON.stringify([resource.mediaType, format, extension?.extension]);
  let read = formatsRead.get(key);
  if (read === undefined) {
    read = readResourceFormat(resource.mediaType, format, extension);
    if (formatsRead.size >= MAX_REMEMBERED_FORMATS) formatsRead.clear();
    formatsRead.set(key, read);
  }
  return read;
}

/**
 * Formats already read, by the two cells and the extension they were read from (shared: never
 * changed once read), so that the resources of every catalog share a few readings. Bounded:
 * forgotten at once when full.
 */
const formatsRead = new Map<string, ResourceFormat>();
const MAX_REMEMBERED_FORMATS = 20_000;

function readResourceFormat(mediaType: string | undefined, formatCell: string | undefined, extension: UrlExtension | undefined): ResourceFormat {
  let declared = readFormatCell(mediaType);
  let source: ResourceFormat['source'] = 'mediaType';
  if (declared.formats.length === 0) {
    const format = readFormatCell(formatCell);
    if (format.formats.length > 0 || !declared.text) {
      declared = format;
      source = 'format';
    }
  }
  if (declared.formats.length > 0) {
    const openness = opennessOf(declared.formats);
    // With several formats in one cell (`CSV, EXCEL`) the best one rates the resource, as ADELA did.
    const info = [...declared.formats].sort((a, b) => b.stars - a.stars)[0]!;
    const result: ResourceFormat = { info, openness, source, declared, ...(extension ? { extension } : {}) };
    if (extension && !declared.formats.some((entry) => compatible(entry, extension.info))) {
      result.contradiction = { declared: info, extension };
      // `Excel` declared on a `.csv` download: one says closed, the other open. Neither wins a
      // verdict on its own (real catalogs hold 50 such cells); the contradiction is the finding.
      if (extension.info.open !== (openness === 'open')) result.openness = 'unknown';
    }
    return result;
  }
  if (extension) return { info: extension.info, openness: extension.info.open ? 'open' : 'proprietary', source: 'url', declared, extension };
  return { openness: 'unknown', source: 'none', declared };
}

function compatible(declared: MediaTypeInfo, found: MediaTypeInfo): boolean {
  if (declared === found || NEUTRAL_EXTENSIONS.has(found.formats[0] ?? '')) return true;
  if (declared.open !== found.open) return false;
  return declared.kind === found.kind || LOOSE_KINDS.has(declared.kind) || LOOSE_KINDS.has(found.kind);
}

/** The format named by the extension of a URL's path (`…/datos.CSV?x=1` → CSV); undefined for none or an unknown one. */
export function urlExtension(url: string | undefined): UrlExtension | undefined {
  const path = (url ?? '').trim().split(/[?#]/)[0]!;
  const extension = /\/[^/]*\.([A-Za-z0-9]{2,7})$/.exec(path)?.[1]?.toLowerCase();
  if (!extension) return undefined;
  const info = PROGRAM_EXTENSIONS.has(extension) ? undefined : formatForWord(extension);
  return info ? { extension, info } : undefined;
}

/** A format's name in the language of the messages, e.g. «Excel (propietario)». */
export function formatName(info: MediaTypeInfo): string {
  return currentMessageLanguage() === 'en' ? info.en : info.es;
}

/** ADELA's openness stars of a resource: those of its format, or 1 for a format the guide does not rate. */
export function resourceStars(resource: DistributionFacts): number {
  return resourceFormat(resource).info?.stars ?? 1;
}

/** Open formats that fit what a closed one holds: a shapefile's map is not told to become a CSV. */
export function openAlternatives(kind: string | undefined): string {
  switch (kind) {
    case 'tabla':
      return t('CSV (text/csv)');
    case 'documento':
      return t('CSV (text/csv) si contiene tablas, o texto abierto (ODT o TXT) si es un documento');
    case 'geo':
      return t('GeoJSON (application/geo+json), KML o un shapefile comprimido (application/zip)');
    case 'base':
      return t('SQLite, un volcado SQL o un CSV por tabla');
    case 'imagen':
      return t('los datos que muestra la imagen, en CSV o JSON');
    case 'web':
      return t('un archivo descargable en CSV, JSON o XML');
    default:
      return t('CSV (text/csv), JSON o XML');
  }
}

/**
 * Whether a resource is a web service or feed rather than a file: a feed type (RSS, Atom), or a
 * service type (JSON, XML) served from an address that does not name a file. A static download
 * (`…/datos.json`, `…/datos.xml`, `…/datos.csv`) is a file whatever its type says.
 */
export function isWebService(resource: DistributionFacts): boolean {
  const { info } = resourceFormat(resource);
  if (!info?.service) return false;
  if (/rss|atom/.test(info.mediaType)) return true;
  const url = resource.downloadURL?.trim() ?? '';
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').pop() ?? '';
    return parsed.search !== '' || !last.includes('.');
  } catch {
    return false;
  }
}
