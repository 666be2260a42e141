import { findPeriodicity, foldText } from '../catalog/vocabularies';
import type { PlainValue } from '../parse/sourceTree';
import { isWebUrl } from '../schema/formats';
import { isIsoDate, isIsoDateOrDateTime } from '../text/dates';
import { splitKeywords } from './cellValues';
import { LIBRE_USO_MX } from './exportCatalogJson';
import type { PlainObject } from './importModel';
import { distributionsOf, isPlainObject, text, type WorkspaceContent } from './workspaceContent';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  dqv: 'http://www.w3.org/ns/dqv#',
  oa: 'http://www.w3.org/ns/oa#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
};

const EU = 'http://publications.europa.eu/resource/authority/';

/** The guide's periodicity words as EU frequency concepts, which DCAT-AP asks for. */
const EU_FREQUENCIES: Record<string, string> = {
  irregular: 'IRREG', 'tiempo real': 'CONT', horario: 'HOURLY', diario: 'DAILY', semanal: 'WEEKLY', quincenal: 'BIWEEKLY',
  mensual: 'MONTHLY', bimestral: 'BIMONTHLY', trimestral: 'QUARTERLY', cuatrimestral: 'ANNUAL_3', semestral: 'ANNUAL_2',
  anual: 'ANNUAL', bianual: 'BIENNIAL', quinquenal: 'QUINQUENNIAL', decenal: 'DECENNIAL',
};

const ACCESS_RIGHTS: Record<string, string> = { publico: 'PUBLIC', public: 'PUBLIC', restringido: 'RESTRICTED', restricted: 'RESTRICTED', privado: 'NON_PUBLIC', 'non-public': 'NON_PUBLIC' };

/** The frequency of a periodicity: an EU concept for the catalog's words, else the ISO repeat. */
export function frequencyOf(periodicity: string): PlainObject {
  const entry = findPeriodicity(periodicity);
  const code = entry ? EU_FREQUENCIES[entry.word] : undefined;
  if (code) return { '@id': `${EU}frequency/${code}` };
  return { '@type': 'dct:Frequency', 'rdf:value': periodicity.trim() };
}

/**
 * The workspace as DCAT-AP JSON-LD: a `dcat:Catalog` of `dcat:Dataset`s with `dcat:Distribution`s,
 * described with `dct:` terms, EU vocabularies (frequency, language, access rights) and the
 * Términos de Libre Uso MX as licence.
 */
export function exportDcatAp(content: WorkspaceContent): PlainObject {
  const institution = isPlainObject(content.plan?.institucion) ? content.plan.institucion : undefined;
  const name = text(institution, 'nombre');
  const homepage = text(content.catalog, 'homepage') ?? text(institution, 'sitio');
  const catalog: PlainObject = {
    '@context': CONTEXT,
    '@id': 'urn:guia-datos-abiertos:catalogo',
    '@type': 'dcat:Catalog',
    'dct:title': literal(text(content.catalog, 'title') ?? (name ? `Catálogo de datos abiertos de ${name}` : 'Catálogo de datos abiertos')),
  };
  const description = text(content.catalog, 'description');
  if (description) catalog['dct:description'] = literal(description);
  if (homepage) catalog['foaf:homepage'] = { '@id': homepage };
  const publisher = text(institution, 'siglas') ?? name;
  if (name || publisher) catalog['dct:publisher'] = agent(name ?? publisher!);
  catalog['dct:license'] = { '@id': LIBRE_USO_MX };
  catalog['dct:language'] = { '@id': `${EU}language/SPA` };
  const modified = text(content.catalog, 'modified');
  if (modified) catalog['dct:modified'] = date(modified);
  catalog['dcat:dataset'] = content.datasets.map(({ value }, index) => dataset(value, index, name));
  return catalog;
}

function dataset(value: PlainObject, index: number, institution: string | undefined): PlainObject {
  const identifier = text(value, 'identifier') ?? `conjunto-${index + 1}`;
  const id = `urn:guia-datos-abiertos:conjunto:${encodeURIComponent(identifier)}`;
  const result: PlainObject = { '@id': id, '@type': 'dcat:Dataset', 'dct:identifier': identifier };
  set(result, 'dct:title', text(value, 'title'), literal);
  set(result, 'dct:description', text(value, 'description'), literal);
  const keywords = Array.isArray(value.keyword) ? value.keyword.filter((word): word is string => typeof word === 'string') : typeof value.keyword === 'string' ? splitKeywords(value.keyword) : [];
  if (keywords.length > 0) result['dcat:keyword'] = keywords.map(literal);
  set(result, 'dct:issued', text(value, 'issued'), date);
  set(result, 'dct:modified', text(value, 'modified'), date);
  const contactName = text(value, 'contactPoint');
  const mbox = text(value, 'mbox') ?? (isPlainObject(value.publisher) ? text(value.publisher, 'mbox') : undefined);
  if (contactName || mbox) {
    const contact: PlainObject = { '@type': 'vcard:Kind' };
    if (contactName) contact['vcard:fn'] = contactName;
    if (mbox) contact['vcard:hasEmail'] = { '@id': mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}` };
    result['dcat:contactPoint'] = contact;
  }
  const publisher = isPlainObject(value.publisher) ? text(value.publisher, 'name') : typeof value.publisher === 'string' ? value.publisher : institution;
  if (publisher) result['dct:publisher'] = agent(publisher);
  set(result, 'dct:temporal', text(value, 'temporal'), period);
  set(result, 'dct:spatial', text(value, 'spatial'), location);
  set(result, 'dcat:landingPage', text(value, 'landingPage') ?? text(value, 'dataDictionary'), (page) => ({ '@id': page }));
  set(result, 'dct:accrualPeriodicity', text(value, 'accrualPeriodicity'), frequencyOf);
  const access = text(value, 'accessLevel');
  const right = access ? ACCESS_RIGHTS[foldText(access)] : undefined;
  if (right) result['dct:accessRights'] = { '@id': `${EU}access-right/${right}` };
  set(result, 'dcat:theme', text(value, 'theme'), (theme): PlainObject => (isWebUrl(theme) ? { '@id': theme } : { '@type': 'skos:Concept', 'skos:prefLabel': literal(theme) }));
  set(result, 'dqv:hasQualityAnnotation', text(value, 'quality'), (quality) => ({ '@type': 'dqv:QualityAnnotation', 'oa:hasBody': { '@type': 'oa:TextualBody', 'rdf:value': literal(quality) } }));
  result['dcat:distribution'] = distributionsOf(value).map((item, position) => distribution(item, `${id}:recurso:${position + 1}`));
  return result;
}

function distribution(value: PlainObject, id: string): PlainObject {
  const result: PlainObject = { '@id': id, '@type': 'dcat:Distribution' };
  set(result, 'dct:title', text(value, 'title'), literal);
  set(result, 'dct:description', text(value, 'description'), literal);
  const download = text(value, 'downloadURL');
  set(result, 'dcat:downloadURL', download, (url) => ({ '@id': url }));
  // DCAT-AP requires an access URL on every distribution; the download URL is one.
  set(result, 'dcat:accessURL', text(value, 'accessURL') ?? download, (url) => ({ '@id': url }));
  set(result, 'dcat:mediaType', text(value, 'mediaType'), (type) => ({ '@id': `https://www.iana.org/assignments/media-types/${type.split(';')[0]!.trim().toLowerCase()}` }));
  set(result, 'dct:format', text(value, 'format'), literal);
  const size = value.byteSize;
  if ((typeof size === 'number' && Number.isInteger(size)) || (typeof size === 'string' && /^\d+$/.test(size))) result['dcat:byteSize'] = { '@value': String(size), '@type': 'xsd:nonNegativeInteger' };
  result['dct:license'] = { '@id': text(value, 'license') ?? LIBRE_USO_MX };
  set(result, 'dct:issued', text(value, 'issued'), date);
  set(result, 'dct:modified', text(value, 'modified'), date);
  set(result, 'dct:temporal', text(value, 'temporal'), period);
  set(result, 'dct:spatial', text(value, 'spatial'), location);
  set(result, 'dct:rights', text(value, 'copyright'), (rights) => ({ '@type': 'dct:RightsStatement', 'rdfs:label': literal(rights) }));
  const standards = [...strings(value.codelistLink).map((link) => ({ '@id': link })), ...strings(value.codelists).map((name) => ({ '@type': 'dct:Standard', 'rdfs:label': literal(name) }))];
  if (standards.length > 0) result['dct:conformsTo'] = standards;
  return result;
}

function set(target: PlainObject, key: string, value: string | undefined, convert: (value: string) => PlainValue): void {
  if (value !== undefined) target[key] = convert(value);
}

function strings(value: PlainValue | undefined): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
}

function literal(value: string): PlainObject {
  return { '@value': value, '@language': 'es' };
}

function agent(name: string): PlainObject {
  return { '@type': 'foaf:Agent', 'foaf:name': name };
}

/** An ISO date or date-time as a typed literal; any other text stays a plain literal. */
function date(value: string): PlainValue {
  if (isIsoDate(value)) return { '@value': value, '@type': 'xsd:date' };
  if (isIsoDateOrDateTime(value)) return { '@value': value, '@type': 'xsd:dateTime' };
  return value;
}

/** A point of the temporal coverage: a year, a month, a date or a date-time. */
function point(value: string): PlainObject | undefined {
  if (/^\d{4}$/.test(value)) return { '@value': value, '@type': 'xsd:gYear' };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return { '@value': value, '@type': 'xsd:gYearMonth' };
  if (isIsoDate(value)) return { '@value': value, '@type': 'xsd:date' };
  if (isIsoDateOrDateTime(value)) return { '@value': value, '@type': 'xsd:dateTime' };
  return undefined;
}

/** `2010/2020`, `2013` or `2014-01/2014-04` as a `dct:PeriodOfTime` with start and end. */
function period(value: string): PlainObject {
  const [startText, endText, ...rest] = value.split('/').map((part) => part.trim());
  const start = startText ? point(startText) : undefined;
  const end = endText === undefined ? start : point(endText);
  if (rest.length === 0 && start && end) return { '@type': 'dct:PeriodOfTime', 'dcat:startDate': start, 'dcat:endDate': end };
  return { '@type': 'dct:PeriodOfTime', 'rdfs:label': literal(value) };
}

function location(value: string): PlainObject {
  if (isWebUrl(value)) return { '@id': value };
  return { '@type': 'dct:Location', 'rdfs:label': literal(value) };
}
