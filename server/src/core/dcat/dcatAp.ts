import { splitKeywords } from '../adela/cellValues';
import { LIBRE_USO_MX } from '../adela/exportCatalogJson';
import type { PlainObject } from '../adela/importModel';
import { distributionsOf, isPlainObject, text, type WorkspaceContent } from '../adela/workspaceContent';
import { t } from '../l10n';
import type { PlainValue } from '../parse/sourceTree';
import { isMediaType } from '../catalog/vocabularies';
import { isEmail, severalEmails } from '../schema/formats';
import { euAccessRight, euCountry, euDataTheme, euFileType, euFrequency, euLanguage, ianaMediaTypeIri, knownMediaType, type EuConcept } from './euVocabularies';
import { dateLiteral, literal, period, strings, webIri } from './rdfValues';

/** The prefixes of the export, inline so that reading it fetches nothing. */
export const DCAT_AP_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatap: 'http://data.europa.eu/r5r/',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  dqv: 'http://www.w3.org/ns/dqv#',
  oa: 'http://www.w3.org/ns/oa#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
} as const;

const CATALOG_ID = 'urn:guia-datos-abiertos:catalogo';
/** The publisher's name when nothing in the workspace names one; DCAT-AP requires a publisher. */
const UNNAMED_PUBLISHER = 'Institución no indicada';

export interface DcatApExport {
  /** The catalog as compacted JSON-LD with its context inline. */
  graph: PlainObject;
  /** What the export left out or filled in, so that the user can mend the source. */
  warnings: string[];
}

/**
 * The workspace as a DCAT-AP 3 catalog (JSON-LD): a `dcat:Catalog` of `dcat:Dataset`s with
 * `dcat:Distribution`s. Every linked node states its class, as DCAT-AP's range shapes ask; EU
 * vocabularies (frequency, language, access rights, file type, country, data theme) and IANA media
 * types stand for the guide's words where the mapping is one-to-one. What DCAT-AP requires and the
 * workspace lacks is filled from a related field, with a warning, or the node is left out.
 */
export function exportDcatAp(content: WorkspaceContent): DcatApExport {
  return new DcatApBuilder(content).build();
}

class DcatApBuilder {
  private readonly warnings: string[] = [];
  private readonly usedIds = new Set<string>();
  private readonly institution: PlainObject | undefined;

  constructor(private readonly content: WorkspaceContent) {
    this.institution = isPlainObject(content.plan?.institucion) ? content.plan.institucion : undefined;
  }

  build(): DcatApExport {
    const { catalog: source } = this.content;
    const name = text(this.institution, 'nombre');
    const catalog: PlainObject = { '@context': { ...DCAT_AP_CONTEXT }, '@id': CATALOG_ID, '@type': 'dcat:Catalog' };
    catalog['dct:title'] = literal(text(source, 'title') ?? (name ? `Catálogo de datos abiertos de ${name}` : 'Catálogo de datos abiertos'));
    // DCAT-AP requires a catalog description; ADELA's catalogs seldom had one.
    catalog['dct:description'] = literal(text(source, 'description') ?? (name ? `Conjuntos de datos abiertos publicados por ${name}.` : 'Conjuntos de datos abiertos.'));
    const publisher = this.catalogPublisher();
    if (!publisher)
      this.warnings.push(t('El catálogo no dice qué institución lo publica, que DCAT-AP exige: se exportó «{0}». Escribe institucion.nombre en el plan.', UNNAMED_PUBLISHER));
    catalog['dct:publisher'] = agent(publisher ?? UNNAMED_PUBLISHER);
    const homepage = webIri(text(source, 'homepage') ?? text(this.institution, 'sitio'));
    if (homepage) catalog['foaf:homepage'] = document(homepage);
    catalog['dct:license'] = licence(webIri(text(source, 'license')) ?? LIBRE_USO_MX);
    catalog['dct:language'] = this.languages(source.language, 'catalogo') ?? [euNode(euLanguage('es')!, 'dct:LinguisticSystem')];
    this.setDate(catalog, 'dct:issued', text(source, 'issued'), 'catalogo');
    this.setDate(catalog, 'dct:modified', text(source, 'modified'), 'catalogo');
    catalog['dcat:dataset'] = this.content.datasets.map(({ value }, index) => this.dataset(value, index, publisher));
    return { graph: catalog, warnings: this.warnings };
  }

  /** The plan's institution, else the publisher most datasets name, else the catalog's own. */
  private catalogPublisher(): string | undefined {
    const name = text(this.institution, 'nombre') ?? text(this.institution, 'siglas');
    if (name) return name;
    const own = publisherName(this.content.catalog);
    if (own) return own;
    const counts = new Map<string, number>();
    for (const { value } of this.content.datasets) {
      const publisher = publisherName(value);
      if (publisher) counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }

  private dataset(value: PlainObject, index: number, catalogPublisher: string | undefined): PlainObject {
    const identifier = text(value, 'identifier') ?? `conjunto-${index + 1}`;
    const id = this.uniqueId(`urn:guia-datos-abiertos:conjunto:${encodeURIComponent(identifier)}`);
    const result: PlainObject = { '@id': id, '@type': 'dcat:Dataset', 'dct:identifier': identifier };
    const title = text(value, 'title');
    const description = text(value, 'description');
    if (!title) this.warnings.push(t('El conjunto «{0}» no tiene title; se exportó su identificador como título.', identifier));
    if (!description) this.warnings.push(t('El conjunto «{0}» no tiene description; se exportó su título como descripción.', identifier));
    result['dct:title'] = literal(title ?? identifier);
    result['dct:description'] = literal(description ?? title ?? identifier);
    const keywords = Array.isArray(value.keyword) ? strings(value.keyword) : typeof value.keyword === 'string' ? splitKeywords(value.keyword) : [];
    if (keywords.length > 0) result['dcat:keyword'] = keywords.map(literal);
    this.setDate(result, 'dct:issued', text(value, 'issued'), identifier);
    this.setDate(result, 'dct:modified', text(value, 'modified'), identifier);
    const contact = this.contactPoint(value);
    if (contact) result['dcat:contactPoint'] = contact;
    const publisher = publisherName(value) ?? catalogPublisher;
    if (publisher) result['dct:publisher'] = agent(publisher);
    const temporal = text(value, 'temporal');
    if (temporal) result['dct:temporal'] = period(temporal);
    const spatial = text(value, 'spatial');
    if (spatial) result['dct:spatial'] = location(spatial);
    const landing = webIri(text(value, 'landingPage'));
    if (landing) result['dcat:landingPage'] = document(landing);
    const dictionary = webIri(text(value, 'dataDictionary'));
    if (dictionary) result['foaf:page'] = document(dictionary);
    const periodicity = text(value, 'accrualPeriodicity');
    if (periodicity) {
      const frequency = euFrequency(periodicity);
      result['dct:accrualPeriodicity'] = frequency ? euNode(frequency, 'dct:Frequency') : { '@type': 'dct:Frequency', 'rdf:value': periodicity.trim() };
    }
    const access = text(value, 'accessLevel');
    const right = access ? euAccessRight(access) : undefined;
    if (right) result['dct:accessRights'] = euNode(right, 'dct:RightsStatement');
    const themes = this.themes(value.theme, identifier);
    if (themes.length > 0) result['dcat:theme'] = themes;
    const languages = this.languages(value.language, identifier);
    if (languages) result['dct:language'] = languages;
    const standard = webIri(text(value, 'conformsTo'));
    if (standard) result['dct:conformsTo'] = { '@id': standard, '@type': 'dct:Standard' };
    const quality = text(value, 'quality');
    if (quality) result['dqv:hasQualityAnnotation'] = { '@type': 'dqv:QualityAnnotation', 'oa:hasBody': { '@type': 'oa:TextualBody', 'rdf:value': literal(quality) } };
    const distributions = distributionsOf(value).flatMap((item, position) => this.distribution(item, `${id}:recurso:${position + 1}`, identifier, landing) ?? []);
    if (distributions.length > 0) result['dcat:distribution'] = distributions;
    return result;
  }

  private contactPoint(value: PlainObject): PlainObject | undefined {
    const contact = value.contactPoint;
    const name = typeof contact === 'string' ? contact.trim() || undefined : isPlainObject(contact) ? (text(contact, 'fn') ?? text(contact, 'name')) : undefined;
    const mbox =
      text(value, 'mbox') ??
      (isPlainObject(contact) ? (text(contact, 'hasEmail') ?? text(contact, 'mbox')) : undefined) ??
      (isPlainObject(value.publisher) ? text(value.publisher, 'mbox') : undefined);
    const emails = mbox ? mailtoIris(mbox) : [];
    if (!name && emails.length === 0) return undefined;
    const result: PlainObject = { '@type': 'vcard:Kind' };
    if (name) result['vcard:fn'] = name;
    if (emails.length > 0) result['vcard:hasEmail'] = emails.length === 1 ? { '@id': emails[0]! } : emails.map((email) => ({ '@id': email }));
    return result;
  }

  private themes(value: PlainValue | undefined, identifier: string): PlainObject[] {
    const words = Array.isArray(value) ? strings(value) : typeof value === 'string' ? splitKeywords(value) : [];
    return words.flatMap((word) => {
      const theme = euDataTheme(word);
      if (theme) return [{ ...euNode(theme, 'skos:Concept'), 'skos:prefLabel': literal(theme.label) }];
      this.warnings.push(t('El tema «{0}» de «{1}» no es un tema de datos de la UE; no se exportó como dcat:theme.', word, identifier));
      return [];
    });
  }

  private languages(value: PlainValue | undefined, owner: string): PlainObject[] | undefined {
    const words = Array.isArray(value) ? strings(value) : typeof value === 'string' ? splitKeywords(value) : [];
    const nodes = words.flatMap((word) => {
      const language = euLanguage(word);
      if (language) return [euNode(language, 'dct:LinguisticSystem')];
      this.warnings.push(t('El idioma «{0}» de «{1}» no es un código de idioma conocido; no se exportó.', word, owner));
      return [];
    });
    return nodes.length > 0 ? nodes : undefined;
  }

  private setDate(target: PlainObject, key: string, value: string | undefined, owner: string): void {
    if (value === undefined) return;
    const date = dateLiteral(value);
    if (date) target[key] = date;
    else this.warnings.push(t('La fecha «{0}» de «{1}» no es ISO 8601 (AAAA-MM-DD); no se exportó.', value, owner));
  }

  private distribution(value: PlainObject, id: string, dataset: string, landing: string | undefined): PlainObject | undefined {
    const download = webIri(text(value, 'downloadURL'));
    // DCAT-AP requires an access URL on every distribution: the download URL is one, and so, for a
    // file kept in the workspace (a relative path), is the dataset's landing page.
    const access = webIri(text(value, 'accessURL')) ?? download ?? landing;
    const label = text(value, 'title') ?? text(value, 'downloadURL') ?? id;
    if (!access) {
      this.warnings.push(
        t('El recurso «{0}» de «{1}» no tiene una URL absoluta (ni el conjunto una landingPage); DCAT-AP exige una URL de acceso, así que no se exportó.', label, dataset),
      );
      return undefined;
    }
    const result: PlainObject = { '@id': id, '@type': 'dcat:Distribution', 'dcat:accessURL': { '@id': access } };
    if (download) result['dcat:downloadURL'] = { '@id': download };
    const title = text(value, 'title');
    if (title) result['dct:title'] = literal(title);
    const description = text(value, 'description');
    if (description) result['dct:description'] = literal(description);
    const declared = text(value, 'mediaType');
    const mediaType = knownMediaType(declared, text(value, 'format')) ?? (declared && isMediaType(declared) ? declared.trim().toLowerCase() : undefined);
    if (mediaType) {
      result['dcat:mediaType'] = { '@id': ianaMediaTypeIri(mediaType), '@type': 'dct:MediaType' };
      const fileType = euFileType(mediaType);
      if (fileType) result['dct:format'] = euNode(fileType, 'dct:MediaTypeOrExtent');
    } else if (declared || text(value, 'format')) {
      this.warnings.push(t('El formato «{0}» del recurso «{1}» de «{2}» no es un tipo de medio IANA conocido; no se exportó.', declared ?? text(value, 'format')!, label, dataset));
    }
    const size = value.byteSize;
    if ((typeof size === 'number' && Number.isInteger(size) && size >= 0) || (typeof size === 'string' && /^\d+$/.test(size.trim()))) {
      result['dcat:byteSize'] = { '@value': String(size).trim(), '@type': 'xsd:nonNegativeInteger' };
    }
    result['dct:license'] = licence(webIri(text(value, 'license')) ?? LIBRE_USO_MX);
    this.setDate(result, 'dct:issued', text(value, 'issued'), label);
    this.setDate(result, 'dct:modified', text(value, 'modified'), label);
    const temporal = text(value, 'temporal');
    if (temporal) result['dct:temporal'] = period(temporal);
    const rights = text(value, 'copyright') ?? text(value, 'rights');
    if (rights) result['dct:rights'] = { '@type': 'dct:RightsStatement', 'rdfs:label': literal(rights) };
    const standards = [
      ...strings(value.codelistLink).flatMap((link) => {
        const iri = webIri(link);
        return iri ? [{ '@id': iri, '@type': 'dct:Standard' }] : [];
      }),
      ...strings(value.codelists).map((name) => ({ '@type': 'dct:Standard', 'rdfs:label': literal(name) })),
    ];
    if (standards.length > 0) result['dct:conformsTo'] = standards;
    return result;
  }
}

function publisherName(value: PlainObject): string | undefined {
  if (isPlainObject(value.publisher)) return text(value.publisher, 'name');
  return typeof value.publisher === 'string' && value.publisher.trim() !== '' ? value.publisher.trim() : undefined;
}

function agent(name: string): PlainObject {
  return { '@type': 'foaf:Agent', 'foaf:name': name };
}

function document(iri: string): PlainObject {
  return { '@id': iri, '@type': 'foaf:Document' };
}

function licence(iri: string): PlainObject {
  return { '@id': iri, '@type': 'dct:LicenseDocument' };
}

/** An EU authority concept with the class DCAT-AP's range asks for, and the table it belongs to. */
function euNode(concept: EuConcept, type: string): PlainObject {
  return { '@id': concept.iri, '@type': type, 'skos:inScheme': { '@id': concept.scheme } };
}

/** `datos@x.gob.mx` (or `mailto:datos@x.gob.mx`) as a mailto IRI; anything with spaces is not one. */
/** The `mailto:` IRIs of a contact's address, or of each of its addresses when it holds several (ADELA's catalogs do); none for a value that is not one. */
function mailtoIris(mbox: string): string[] {
  const addresses = severalEmails(mbox) ?? (isEmail(mbox) ? [mbox.trim().replace(/^mailto:/i, '')] : []);
  return addresses.map((address) => `mailto:${encodeURI(address)}`);
}

function location(value: string): PlainObject {
  const country = euCountry(value);
  if (country) return { ...euNode(country, 'dct:Location'), 'skos:prefLabel': literal('México') };
  const iri = webIri(value);
  if (iri) return { '@id': iri, '@type': 'dct:Location' };
  return { '@type': 'dct:Location', 'skos:prefLabel': literal(value.trim()) };
}
