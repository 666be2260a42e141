import { splitKeywords } from '../adela/cellValues';
import type { PlainObject } from '../adela/importModel';
import { distributionsOf, isPlainObject, text, type WorkspaceContent } from '../adela/workspaceContent';
import { euAccessRight, euFrequency, knownMediaType } from '../dcat/euVocabularies';
import { dateLiteral, strings } from '../dcat/rdfValues';
import { t } from '../l10n';
import { isWebUrl } from '../schema/formats';
import type { PlainValue } from '../parse/sourceTree';
import { identifierFrom } from '../catalog/identifiers';
import { findMediaType, findPeriodicity, foldText } from '../catalog/vocabularies';
import { ckanName, ckanTimestamp, isCkanTag, licenceIdOfUrl } from './ckanVocabulary';
import { LIBRE_USO_MX } from '../adela/exportCatalogJson';

export interface CkanExport {
  /** One CKAN dataset dict per line (JSON Lines), as `ckanapi load datasets` reads them. */
  text: string;
  warnings: string[];
}

/**
 * The workspace as CKAN dataset dicts: core fields (`name`, `title`, `notes`, `owner_org`,
 * `license_id`, `url`, `maintainer`, `tags`, `resources`) and, as extras, the DCAT fields
 * ckanext-dcat reads (`issued`, `modified`, `frequency`, `temporal_start`…). Lists in extras are
 * JSON text, as ckanext-dcat writes them. Fields of the guide with no CKAN or DCAT counterpart
 * (`quality`, a resource's `tools`) travel as extras or resource fields of the same name, so that
 * importing the file back gives the same YAML.
 */
export function exportCkan(content: WorkspaceContent): CkanExport {
  const warnings: string[] = [];
  const institution = isPlainObject(content.plan?.institucion) ? content.plan.institucion : undefined;
  const organisation = text(institution, 'siglas') ?? text(institution, 'nombre');
  const ownerOrg = organisation ? identifierFrom(organisation, 100) : undefined;
  if (!ownerOrg && content.datasets.length > 0)
    warnings.push(t('El plan no tiene institución (institucion.siglas o nombre): los conjuntos se exportaron sin owner_org, que CKAN pide para cargarlos.'));
  const names = new Set<string>();
  const lines = content.datasets.map(({ value }, index) => {
    const dict = datasetDict(value, index, ownerOrg, text(institution, 'nombre'), warnings);
    const wanted = typeof dict.name === 'string' ? dict.name : '';
    let name = wanted;
    for (let n = 2; names.has(name); n++) name = `${wanted.slice(0, 100 - String(n).length - 1)}-${n}`;
    if (name !== wanted) warnings.push(t('Dos conjuntos dan el nombre de CKAN «{0}»; el segundo se exportó como «{1}».', wanted, name));
    dict.name = name;
    names.add(name);
    return JSON.stringify(dict);
  });
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', warnings };
}

function datasetDict(value: PlainObject, index: number, ownerOrg: string | undefined, institution: string | undefined, warnings: string[]): PlainObject {
  const identifier = text(value, 'identifier');
  const title = text(value, 'title');
  const name = ckanName(identifier, title) ?? `conjunto-${index + 1}`;
  if (identifier !== undefined && name !== identifier)
    warnings.push(t('El identificador «{0}» no es un nombre válido de CKAN; se exportó como «{1}» (el identificador va en el extra «identifier»).', identifier, name));
  const dict: PlainObject = { name };
  if (title) dict.title = title;
  const description = text(value, 'description');
  if (description) dict.notes = description;
  if (ownerOrg) dict.owner_org = ownerOrg;
  const licence = text(value, 'license') ?? LIBRE_USO_MX;
  const licenceId = licenceIdOfUrl(licence);
  if (licenceId) dict.license_id = licenceId;
  else warnings.push(t('La licencia «{0}» de «{1}» no tiene id en CKAN; se exportó sin license_id.', licence, name));
  const landing = webUrl(text(value, 'landingPage'), name, warnings);
  if (landing) dict.url = landing;
  const contact = typeof value.contactPoint === 'string' ? value.contactPoint.trim() : undefined;
  const mbox = text(value, 'mbox');
  if (contact) dict.maintainer = contact;
  if (mbox) dict.maintainer_email = mbox;
  const keywords = Array.isArray(value.keyword) ? strings(value.keyword) : typeof value.keyword === 'string' ? splitKeywords(value.keyword) : [];
  const tags = keywords.filter((keyword) => {
    if (isCkanTag(keyword)) return true;
    warnings.push(t('La palabra clave «{0}» de «{1}» no es una etiqueta válida de CKAN (2 a 100 letras, números, espacios, - _ .); no se exportó.', keyword, name));
    return false;
  });
  if (tags.length > 0) dict.tags = tags.map((tag) => ({ name: tag }));
  const extras: Array<[string, string]> = [];
  const extra = (key: string, text: string | undefined): void => {
    if (text !== undefined && text !== '') extras.push([key, text]);
  };
  const list = (key: string, values: PlainValue | undefined): void => {
    const items = Array.isArray(values) ? strings(values) : typeof values === 'string' ? splitKeywords(values) : [];
    if (items.length > 0) extra(key, JSON.stringify(items));
  };
  extra('identifier', identifier);
  extra('issued', text(value, 'issued'));
  extra('modified', text(value, 'modified'));
  extra('contact_name', contact);
  extra('contact_email', mbox);
  const publisher = isPlainObject(value.publisher) ? text(value.publisher, 'name') : typeof value.publisher === 'string' ? value.publisher.trim() : undefined;
  extra('publisher_name', publisher ?? institution);
  const temporal = text(value, 'temporal');
  if (temporal) {
    const [start, end, ...rest] = temporal.split('/').map((part) => part.trim());
    if (rest.length === 0 && start) {
      extra('temporal_start', start);
      extra('temporal_end', end ?? start);
    } else warnings.push(t('La cobertura temporal «{0}» de «{1}» no es «inicio/fin»; no se exportó.', temporal, name));
  }
  extra('spatial_text', text(value, 'spatial'));
  const dictionary = text(value, 'dataDictionary');
  if (dictionary) extra('documentation', JSON.stringify([dictionary]));
  const periodicity = text(value, 'accrualPeriodicity');
  // A catalog word becomes its EU frequency; an ISO repeat (R/P5Y) stays as written, so that it
  // comes back the same.
  if (periodicity) extra('frequency', (isCatalogWord(periodicity) ? euFrequency(periodicity)?.iri : undefined) ?? periodicity);
  const access = text(value, 'accessLevel');
  if (access) extra('access_rights', euAccessRight(access)?.iri ?? access);
  list('theme', value.theme);
  list('language', value.language);
  const standard = text(value, 'conformsTo');
  if (standard) extra('conforms_to', JSON.stringify([standard]));
  extra('quality', text(value, 'quality'));
  if (extras.length > 0) dict.extras = extras.map(([key, text]) => ({ key, value: text }));
  dict.resources = distributionsOf(value).map((resource) => resourceDict(resource, name, warnings));
  return dict;
}

/**
 * An absolute web address as written; anything else (a relative path to a file in the workspace, a
 * `javascript:` link) is not one a portal can link to, so it is left out with a warning.
 */
function webUrl(value: string | undefined, dataset: string, warnings: string[]): string | undefined {
  if (value === undefined) return undefined;
  if (isWebUrl(value)) return value.trim();
  warnings.push(t('«{0}» de «{1}» no es una URL absoluta (http, https o ftp); no se exportó a CKAN.', value, dataset));
  return undefined;
}

function isCatalogWord(periodicity: string): boolean {
  return findPeriodicity(periodicity)?.word === foldText(periodicity);
}

function resourceDict(value: PlainObject, dataset: string, warnings: string[]): PlainObject {
  const dict: PlainObject = {};
  const download = webUrl(text(value, 'downloadURL'), dataset, warnings);
  const access = webUrl(text(value, 'accessURL'), dataset, warnings);
  // CKAN's `url` is the resource's address; ckanext-dcat writes it as the access URL and reads
  // `download_url` as the download URL.
  dict.url = download ?? access ?? '';
  if (download) dict.download_url = download;
  if (access && access !== download) dict.access_url = access;
  const title = text(value, 'title');
  if (title) dict.name = title;
  const description = text(value, 'description');
  if (description) dict.description = description;
  const format = text(value, 'format');
  const mediaType = knownMediaType(text(value, 'mediaType'), format) ?? text(value, 'mediaType');
  if (mediaType) dict.mimetype = mediaType;
  const word = format ?? (mediaType ? findMediaType(mediaType)?.formats[0]?.toUpperCase() : undefined);
  if (word) dict.format = word;
  const size = value.byteSize;
  if (typeof size === 'number' && Number.isInteger(size)) dict.size = size;
  else if (typeof size === 'string' && /^\d+$/.test(size.trim())) dict.size = Number(size.trim());
  const modified = text(value, 'modified');
  // CKAN rejects a last_modified that is not an ISO date.
  if (modified && dateLiteral(modified)) dict.last_modified = ckanTimestamp(modified);
  else if (modified) warnings.push(t('La fecha «{0}» de un recurso de «{1}» no es ISO 8601 (AAAA-MM-DD); no se exportó.', modified, dataset));
  const issued = text(value, 'issued');
  if (issued) dict.issued = issued;
  const rights = text(value, 'copyright') ?? text(value, 'rights');
  if (rights) dict.rights = rights;
  const licence = text(value, 'license');
  if (licence) dict.license = licence;
  const standards = strings(value.codelistLink);
  if (standards.length > 0) dict.conforms_to = JSON.stringify(standards);
  for (const key of ['temporal', 'codelists', 'tools']) if (value[key] !== undefined && value[key] !== null && value[key] !== '') dict[key] = value[key]!;
  return dict;
}
