import { readFormatCell } from '../catalog/formatWords';
import { findPeriodicity, foldText } from '../catalog/vocabularies';

/**
 * The EU controlled vocabularies DCAT-AP asks for (Publications Office authority tables), mapped
 * from the guide's own catalogs. Each mapping is one-to-one: a value with no unambiguous EU concept
 * gets none, and the exporter says so.
 */

export const EU_AUTHORITY = 'http://publications.europa.eu/resource/authority/';

/** An EU concept: its IRI and the authority table (concept scheme) it belongs to. */
export interface EuConcept {
  iri: string;
  scheme: string;
}

function concept(table: string, code: string): EuConcept {
  return { iri: `${EU_AUTHORITY}${table}/${code}`, scheme: `${EU_AUTHORITY}${table}` };
}

/** The guide's periodicity words as EU frequency codes. */
const FREQUENCIES: Record<string, string> = {
  irregular: 'IRREG',
  'tiempo real': 'CONT',
  horario: 'HOURLY',
  diario: 'DAILY',
  semanal: 'WEEKLY',
  quincenal: 'BIWEEKLY',
  mensual: 'MONTHLY',
  bimestral: 'BIMONTHLY',
  trimestral: 'QUARTERLY',
  cuatrimestral: 'ANNUAL_3',
  semestral: 'ANNUAL_2',
  anual: 'ANNUAL',
  bianual: 'BIENNIAL',
  quinquenal: 'QUINQUENNIAL',
  decenal: 'DECENNIAL',
};

/** The EU frequency of a periodicity (a catalog word, or the ISO repeat of one). */
export function euFrequency(periodicity: string): EuConcept | undefined {
  const entry = findPeriodicity(periodicity);
  const code = entry ? FREQUENCIES[entry.word] : undefined;
  return code ? concept('frequency', code) : undefined;
}

/** The inventory's access classes (and ADELA's English `accessLevel` words) as EU access rights. */
const ACCESS_RIGHTS: Record<string, string> = {
  publico: 'PUBLIC',
  public: 'PUBLIC',
  restringido: 'RESTRICTED',
  restricted: 'RESTRICTED',
  privado: 'NON_PUBLIC',
  'non-public': 'NON_PUBLIC',
};

export function euAccessRight(access: string): EuConcept | undefined {
  const code = ACCESS_RIGHTS[foldText(access)];
  return code ? concept('access-right', code) : undefined;
}

/** Languages by ISO 639-1 or 639-3 code or by name (Spanish or English); the EU table uses 639-3. */
const LANGUAGES: Record<string, string> = {
  es: 'SPA',
  spa: 'SPA',
  espanol: 'SPA',
  castellano: 'SPA',
  spanish: 'SPA',
  en: 'ENG',
  eng: 'ENG',
  ingles: 'ENG',
  english: 'ENG',
  fr: 'FRA',
  fra: 'FRA',
  frances: 'FRA',
  french: 'FRA',
  pt: 'POR',
  por: 'POR',
  portugues: 'POR',
  portuguese: 'POR',
  de: 'DEU',
  deu: 'DEU',
  aleman: 'DEU',
  german: 'DEU',
  nah: 'NAH',
  nahuatl: 'NAH',
  yua: 'YUA',
  maya: 'YUA',
};

export function euLanguage(language: string): EuConcept | undefined {
  const folded = foldText(language).split(/[-_]/)[0]!;
  const code = LANGUAGES[folded];
  return code ? concept('language', code) : undefined;
}

/** The EU file-type code of each media type in the guide's catalog. */
const FILE_TYPES: Record<string, string> = {
  'text/csv': 'CSV',
  'text/tab-separated-values': 'TSV',
  'application/json': 'JSON',
  'application/geo+json': 'GEOJSON',
  'application/xml': 'XML',
  'text/xml': 'XML',
  'application/vnd.google-earth.kml+xml': 'KML',
  'application/vnd.google-earth.kmz': 'KMZ',
  'application/x-shapefile': 'SHP',
  'application/vnd.shp': 'SHP',
  'application/zip': 'ZIP',
  'application/sql': 'SQL',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'text/plain': 'TXT',
  'application/rss+xml': 'RSS',
  'application/atom+xml': 'ATOM',
  'application/rdf+xml': 'RDF_XML',
  'text/turtle': 'RDF_TURTLE',
  'application/n-triples': 'RDF_N_TRIPLES',
  'application/ld+json': 'JSON_LD',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/pdf': 'PDF',
  'text/html': 'HTML',
};

/**
 * The IANA media type a distribution declares, or that its format word names (`CSV`, `.xlsx`,
 * `Excel `), read by the core's one reading of format cells. Only a cell that names exactly one
 * format counts: `excel, pdf` has no one media type.
 */
export function knownMediaType(mediaType: string | undefined, format: string | undefined): string | undefined {
  for (const cell of [mediaType, format]) {
    const { formats } = readFormatCell(cell);
    if (formats.length === 1 && formats[0]!.mediaType !== '') return formats[0]!.mediaType;
  }
  return undefined;
}

/** The EU file type of a media type of the guide's catalog. */
export function euFileType(mediaType: string): EuConcept | undefined {
  const code = FILE_TYPES[mediaType.split(';')[0]!.trim().toLowerCase()];
  return code ? concept('file-type', code) : undefined;
}

/** The IANA register's IRI of a media type, as DCAT-AP and data.europa.eu write it. */
export function ianaMediaTypeIri(mediaType: string): string {
  return `http://www.iana.org/assignments/media-types/${mediaType.split(';')[0]!.trim().toLowerCase()}`;
}

/** Words that name the whole country as the spatial coverage. */
const MEXICO = new Set(['nacional', 'mexico', 'republica mexicana', 'estados unidos mexicanos', 'national']);

export function euCountry(spatial: string): EuConcept | undefined {
  return MEXICO.has(foldText(spatial)) ? concept('country', 'MEX') : undefined;
}

/** The EU data themes with their Spanish labels in the authority table. */
const DATA_THEMES: Record<string, string> = {
  AGRI: 'Agricultura, pesca, silvicultura y alimentación',
  ECON: 'Economía y finanzas',
  EDUC: 'Educación, cultura y deporte',
  ENER: 'Energía',
  ENVI: 'Medio ambiente',
  GOVE: 'Gobierno y sector público',
  HEAL: 'Salud',
  INTR: 'Asuntos internacionales',
  JUST: 'Justicia, sistema judicial y seguridad pública',
  REGI: 'Regiones y ciudades',
  SOCI: 'Población y sociedad',
  TECH: 'Ciencia y tecnología',
  TRAN: 'Transporte',
};

/** An EU data theme named by its code, its IRI or its exact Spanish label; its label comes along. */
export function euDataTheme(theme: string): (EuConcept & { label: string }) | undefined {
  const trimmed = theme.trim();
  const byIri = trimmed.startsWith(`${EU_AUTHORITY}data-theme/`) ? trimmed.slice(`${EU_AUTHORITY}data-theme/`.length) : undefined;
  const code = Object.keys(DATA_THEMES).find((key) => key === (byIri ?? trimmed.toUpperCase()) || foldText(DATA_THEMES[key]!) === foldText(trimmed));
  return code ? { ...concept('data-theme', code), label: DATA_THEMES[code]! } : undefined;
}

/** The guide's periodicity word of an EU frequency IRI (`…/frequency/ANNUAL` → `anual`). */
export function periodicityOfEuFrequency(iri: string): string | undefined {
  const code = iri.trim().startsWith(`${EU_AUTHORITY}frequency/`) ? iri.trim().slice(`${EU_AUTHORITY}frequency/`.length) : undefined;
  return Object.entries(FREQUENCIES).find(([, value]) => value === code)?.[0];
}

/** The inventory's access class of an EU access-right IRI (`…/access-right/PUBLIC` → `publico`). */
export function accessOfEuRight(iri: string): string | undefined {
  const code = iri.trim().startsWith(`${EU_AUTHORITY}access-right/`) ? iri.trim().slice(`${EU_AUTHORITY}access-right/`.length) : undefined;
  return ({ PUBLIC: 'publico', RESTRICTED: 'restringido', NON_PUBLIC: 'privado' } as Record<string, string>)[code ?? ''];
}
