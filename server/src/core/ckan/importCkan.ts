import { readValue } from '../adela/catalogCsv';
import { normaliseIdentifier } from '../adela/cellValues';
import type { FieldComment, ImportedDataset, ImportLog, ImportPlace, PlainObject } from '../adela/importModel';
import { isPlainObject } from '../adela/workspaceContent';
import { accessOfEuRight, periodicityOfEuFrequency } from '../dcat/euVocabularies';
import { t } from '../l10n';
import type { PlainValue } from '../parse/sourceTree';
import { isWebUrl } from '../schema/formats';
import { licenceUrlOfId } from './ckanVocabulary';

/**
 * Reads what a CKAN portal's Action API answers (`package_show`, `package_search`,
 * `current_package_list_with_resources`), saved to a file, into the guide's dataset metadata. Only
 * what has one meaning is taken; every other field is listed for the person to look at.
 */

/** Fields CKAN keeps for its own bookkeeping: not metadata of the data, so not taken. */
const CKAN_BOOKKEEPING = new Set([
  'id',
  'revision_id',
  'state',
  'private',
  'type',
  'isopen',
  'creator_user_id',
  'metadata_created',
  'metadata_modified',
  'num_resources',
  'num_tags',
  'owner_org',
  'license_title',
  'relationships_as_object',
  'relationships_as_subject',
  'package_id',
  'position',
  'cache_url',
  'cache_last_updated',
  'datastore_active',
  'url_type',
  'resource_type',
  'mimetype_inner',
  'created',
  'tracking_summary',
]);

/** Whether parsed JSON is a CKAN answer or package dict(s) rather than an ADELA catalog. */
export function isCkanJson(root: PlainValue): boolean {
  if (isPlainObject(root) && 'success' in root && ('result' in root || 'error' in root || 'help' in root)) return true;
  const first = Array.isArray(root) ? root[0] : isPlainObject(root) && Array.isArray(root.results) ? root.results[0] : root;
  return isPackage(first);
}

function isPackage(value: PlainValue | undefined): value is PlainObject {
  return (
    isPlainObject(value) &&
    typeof value.name === 'string' &&
    !('distribution' in value) &&
    ('resources' in value || 'notes' in value || 'organization' in value || 'num_resources' in value)
  );
}

/** The package dicts of a CKAN answer, or a message saying why there are none. */
export function ckanPackages(root: PlainValue): PlainObject[] | string {
  let result: PlainValue | undefined = root;
  if (isPlainObject(root) && 'success' in root) {
    if (root.success === false) {
      const error = isPlainObject(root.error) ? (typeof root.error.message === 'string' ? root.error.message : JSON.stringify(root.error)) : '';
      return t('La respuesta de CKAN dice que la acción falló: {0}', error);
    }
    result = root.result;
  }
  if (isPlainObject(result) && Array.isArray(result.results)) result = result.results;
  const list = (Array.isArray(result) ? result : [result]).filter(isPlainObject);
  return list.length > 0 ? list : t('La respuesta de CKAN no trae ningún conjunto de datos.');
}

/** The datasets of a CKAN answer; fields not taken are reported once per file with their counts. */
export function importCkanPackages(file: string, packages: readonly PlainObject[], log: ImportLog): ImportedDataset[] {
  const notTaken = new Map<string, number>();
  const skip = (key: string): void => void notTaken.set(key, (notTaken.get(key) ?? 0) + 1);
  const datasets: ImportedDataset[] = [];
  packages.forEach((pkg, index) => {
    const place: ImportPlace = { file, item: index + 1 };
    if (!isPackage(pkg)) {
      log.skip(place, t('El elemento número {0} no es un conjunto de CKAN (sin «name»).', index + 1));
      return;
    }
    datasets.push(new PackageReader(pkg, place, log, skip).read());
  });
  const bookkeeping = [...notTaken.keys()].filter((key) => CKAN_BOOKKEEPING.has(key.replace(/^(resources|extras)\./, '')));
  const others = [...notTaken.entries()].filter(([key]) => !bookkeeping.includes(key));
  if (others.length > 0)
    log.warn(
      { file },
      t(
        'Campos de CKAN que no se tomaron (sin equivalente en los metadatos de la guía o con más de un significado): {0}.',
        others.map(([key, count]) => `${key} (${count})`).join(', '),
      ),
    );
  if (bookkeeping.length > 0) log.warn({ file }, t('Se omitieron los campos internos de CKAN: {0}.', bookkeeping.join(', ')));
  return datasets;
}

class PackageReader {
  private readonly value: PlainObject = {};
  private readonly comments: FieldComment[] = [];
  private readonly used = new Set<string>();
  private readonly extras = new Map<string, string>();

  constructor(
    private readonly pkg: PlainObject,
    private readonly place: ImportPlace,
    private readonly log: ImportLog,
    private readonly skip: (key: string) => void,
  ) {
    if (Array.isArray(pkg.extras)) {
      for (const extra of pkg.extras) if (isPlainObject(extra) && typeof extra.key === 'string' && typeof extra.value === 'string') this.extras.set(extra.key, extra.value);
    }
  }

  /** A field of the package: a top-level (scheming) field, else an extra of that key. */
  private field(key: string): PlainValue | undefined {
    const top = this.pkg[key];
    if (!isEmpty(top)) {
      this.used.add(key);
      return top;
    }
    const extra = this.extras.get(key);
    if (extra !== undefined && extra.trim() !== '') {
      this.used.add(`extras.${key}`);
      return extra;
    }
    return undefined;
  }

  private textField(key: string): string | undefined {
    const value = this.field(key);
    return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
  }

  /** A list field: a JSON list, a JSON list written as text (ckanext-dcat's extras), or one text. */
  private listField(key: string): string[] {
    const value = this.field(key);
    if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
    if (typeof value !== 'string') return [];
    if (value.trim().startsWith('[')) {
      try {
        const parsed = JSON.parse(value) as unknown;
        if (Array.isArray(parsed)) return parsed.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
      } catch {
        // Not JSON after all: the text itself is the one value.
      }
    }
    return [value.trim()];
  }

  /** The first object of a repeating scheming field (`contact`, `publisher`…). */
  private firstOf(key: string): PlainObject | undefined {
    const value = this.field(key);
    const list = Array.isArray(value) ? value : typeof value === 'string' && value.trim().startsWith('[') ? safeJson(value) : [value];
    const objects = Array.isArray(list) ? list.filter(isPlainObject) : [];
    if (objects.length > 1) this.log.warn(this.place, t('«{0}» tiene {1} entradas; se tomó la primera.', key, objects.length));
    return objects[0];
  }

  private set(key: string, value: PlainValue | undefined, converted?: (text: string) => PlainValue): void {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) return;
    this.value[key] = typeof value === 'string' && converted ? converted(value) : value;
  }

  private take(key: string, text: string | undefined, path: Array<string | number> = [key]): void {
    if (text === undefined || text === '') return;
    this.value[key] = this.log.take(readValue(key, text), this.place, this.comments, path);
  }

  read(): ImportedDataset {
    const pkg = this.pkg;
    const identifier = this.textField('identifier') ?? this.textField('name')!;
    this.used.add('name');
    this.value.identifier = this.log.take(normaliseIdentifier(identifier), this.place, this.comments, ['identifier']);
    this.set('title', this.textField('title'));
    this.set('description', this.textField('notes'));
    const tags = Array.isArray(pkg.tags) ? pkg.tags.flatMap((tag) => (isPlainObject(tag) && typeof tag.name === 'string' ? [tag.name] : typeof tag === 'string' ? [tag] : [])) : [];
    if (tags.length > 0) {
      this.used.add('tags');
      this.value.keyword = tags;
    }
    this.take('modified', this.textField('modified'));
    this.take('issued', this.textField('issued'));
    this.readContact();
    this.readPublisher();
    this.readTemporal();
    const spatial = this.firstOf('spatial_coverage');
    this.set('spatial', (spatial && (text(spatial, 'text') ?? text(spatial, 'uri'))) ?? this.textField('spatial_text') ?? this.textField('spatial_uri'));
    this.set('landingPage', this.textField('url'));
    const documentation = this.listField('documentation');
    this.set('dataDictionary', documentation[0]);
    const frequency = this.textField('frequency');
    if (frequency) {
      const word = periodicityOfEuFrequency(frequency);
      if (word) this.log.conversions++;
      this.take('accrualPeriodicity', word ?? frequency);
    }
    const access = this.textField('access_rights');
    if (access) this.value.accessLevel = accessOfEuRight(access) ?? access;
    const themes = this.listField('theme');
    if (themes.length > 0) this.value.theme = themes.length === 1 ? themes[0]! : themes;
    const languages = this.listField('language');
    if (languages.length > 0) this.value.language = languages.length === 1 ? languages[0]! : languages;
    this.set('conformsTo', this.listField('conforms_to')[0]);
    this.set('quality', this.textField('quality'));
    this.readLicence();
    const resources = Array.isArray(pkg.resources) ? pkg.resources.filter(isPlainObject) : [];
    if (Array.isArray(pkg.resources)) this.used.add('resources');
    if (resources.length > 0) this.value.distribution = resources.map((resource, position) => this.readResource(resource, position));
    for (const [key, field] of Object.entries(pkg)) if (!this.used.has(key) && key !== 'extras' && !isEmpty(field)) this.skip(key);
    for (const key of this.extras.keys()) if (!this.used.has(`extras.${key}`)) this.skip(`extras.${key}`);
    return { value: this.value, comments: this.comments, file: this.place.file, rows: [this.place.item ?? 0], originalIdentifier: identifier };
  }

  private readContact(): void {
    const contact = this.firstOf('contact');
    const name = (contact && text(contact, 'name')) ?? this.textField('contact_name') ?? this.textField('maintainer');
    const email = (contact && text(contact, 'email')) ?? this.textField('contact_email') ?? this.textField('maintainer_email');
    this.set('contactPoint', name);
    this.set('mbox', email?.replace(/^mailto:/i, ''));
  }

  private readPublisher(): void {
    const publisher = this.firstOf('publisher');
    const organization = isPlainObject(this.pkg.organization) ? this.pkg.organization : undefined;
    const declared = (publisher && text(publisher, 'name')) ?? this.textField('publisher_name');
    // The CKAN organisation publishes the dataset unless a DCAT publisher says otherwise.
    const name = declared ?? (organization ? (text(organization, 'title') ?? text(organization, 'name')) : undefined);
    if (organization && !declared) this.used.add('organization');
    if (name) this.value.publisher = { name };
  }

  private readTemporal(): void {
    const coverage = this.firstOf('temporal_coverage');
    const start = (coverage && text(coverage, 'start')) ?? this.textField('temporal_start');
    const end = (coverage && text(coverage, 'end')) ?? this.textField('temporal_end');
    if (!start && !end) return;
    // Our coverage is `start/end`, or one value when both ends are the same period.
    this.value.temporal = start && end ? (start === end ? start : `${start}/${end}`) : (start ?? end)!;
  }

  private readLicence(): void {
    const id = typeof this.pkg.license_id === 'string' ? this.pkg.license_id.trim() : '';
    const url = typeof this.pkg.license_url === 'string' && isWebUrl(this.pkg.license_url) ? this.pkg.license_url.trim() : undefined;
    const licence = licenceUrlOfId(id) ?? url;
    if (licence) {
      this.value.license = licence;
      this.used.add('license_id');
      this.used.add('license_url');
    } else if (id !== '' && id !== 'notspecified') {
      this.used.add('license_id');
      this.log.warn(this.place, t('La licencia «{0}» de CKAN no tiene una URL conocida; no se tomó.', id));
    }
  }

  private readResource(resource: PlainObject, position: number): PlainObject {
    const result: PlainObject = {};
    const used = new Set<string>();
    const get = (key: string): string | undefined => {
      const value = resource[key];
      if (isEmpty(value)) return undefined;
      used.add(key);
      return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
    };
    const path = (key: string): Array<string | number> => ['distribution', position, key];
    const takeInto = (key: string, text: string | undefined): void => {
      if (text !== undefined) result[key] = this.log.take(readValue(key, text), this.place, this.comments, path(key));
    };
    if (get('name')) result.title = get('name')!;
    if (get('description')) result.description = get('description')!;
    const url = get('download_url') ?? get('url');
    if (url) result.downloadURL = url;
    const access = get('access_url');
    const plainUrl = get('url');
    if (access && access !== url) result.accessURL = access;
    else if (plainUrl && plainUrl !== url) result.accessURL = plainUrl;
    const mimetype = get('mimetype');
    const format = get('format');
    takeInto('mediaType', mimetype ?? format);
    // A format word that says something else than the media type is kept for the checker to judge.
    if (mimetype && format) {
      const fromFormat = readValue('mediaType', format).value;
      if (fromFormat !== result.mediaType) result.format = format;
    }
    takeInto('byteSize', get('size'));
    takeInto('modified', get('modified') ?? get('last_modified'));
    takeInto('issued', get('issued'));
    if (get('rights')) result.copyright = get('rights')!;
    if (get('license')) result.license = get('license')!;
    const conforms = resource.conforms_to;
    const links = Array.isArray(conforms)
      ? conforms.filter((item): item is string => typeof item === 'string')
      : typeof conforms === 'string'
        ? ((safeJson(conforms) as string[] | undefined) ?? [conforms])
        : [];
    if (links.length > 0) {
      used.add('conforms_to');
      result.codelistLink = links.length === 1 ? links[0]! : links;
    }
    // Fields of the guide that CKAN keeps as free resource fields when we exported them.
    for (const key of ['temporal', 'codelists', 'tools']) {
      if (!isEmpty(resource[key])) {
        used.add(key);
        result[key] = resource[key]!;
      }
    }
    for (const [key, field] of Object.entries(resource)) if (!used.has(key) && !isEmpty(field)) this.skip(`resources.${key}`);
    return result;
  }
}

function isEmpty(value: PlainValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function text(object: PlainObject, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function safeJson(value: string): PlainValue | undefined {
  try {
    return JSON.parse(value) as PlainValue;
  } catch {
    return undefined;
  }
}
