import { LIBRE_USO_MX } from '../adela/exportCatalogJson';
import { identifierFrom } from '../catalog/identifiers';

/**
 * CKAN's own rules and words: licence ids, dataset names and tags, and the extras keys that
 * ckanext-dcat reads and writes (its `euro_dcat_ap` profile keeps DCAT fields as extras).
 */

/** Licence ids as CKAN's default licence register (and datos.gob.mx) name them, with their URL. */
export const CKAN_LICENCES: ReadonlyArray<{ id: string; url: string; aliases?: string[] }> = [
  { id: 'libre-uso-mx', url: LIBRE_USO_MX, aliases: ['http://datos.gob.mx/libreusomx/', 'https://datos.gob.mx/libreusomx'] },
  { id: 'cc-by', url: 'http://www.opendefinition.org/licenses/cc-by', aliases: ['https://creativecommons.org/licenses/by/4.0/', 'http://creativecommons.org/licenses/by/4.0/'] },
  { id: 'cc-by-sa', url: 'http://www.opendefinition.org/licenses/cc-by-sa', aliases: ['https://creativecommons.org/licenses/by-sa/4.0/'] },
  { id: 'cc-zero', url: 'http://www.opendefinition.org/licenses/cc-zero', aliases: ['https://creativecommons.org/publicdomain/zero/1.0/'] },
  { id: 'cc-nc', url: 'http://creativecommons.org/licenses/by-nc/2.0/' },
  { id: 'gfdl', url: 'http://www.opendefinition.org/licenses/gfdl' },
  { id: 'odc-by', url: 'http://www.opendefinition.org/licenses/odc-by' },
  { id: 'odc-odbl', url: 'http://www.opendefinition.org/licenses/odc-odbl' },
  { id: 'odc-pddl', url: 'http://www.opendefinition.org/licenses/odc-pddl' },
  { id: 'uk-ogl', url: 'http://reference.data.gov.uk/id/open-government-licence' },
];

const comparable = (url: string): string =>
  url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');

/** The licence URL a CKAN licence id stands for. */
export function licenceUrlOfId(id: string): string | undefined {
  return CKAN_LICENCES.find((licence) => licence.id === id.trim().toLowerCase())?.url;
}

/** The CKAN licence id of a licence URL, when the register has it. */
export function licenceIdOfUrl(url: string): string | undefined {
  const wanted = comparable(url);
  return CKAN_LICENCES.find((licence) => [licence.url, ...(licence.aliases ?? [])].some((candidate) => comparable(candidate) === wanted))?.id;
}

/** CKAN's rule for a dataset `name`: 2 to 100 lower-case ASCII letters, digits, `-` and `_`. */
export const CKAN_NAME = /^[a-z0-9_-]{2,100}$/;

/**
 * A valid CKAN name for a dataset identifier: the identifier itself when it is one, else its ASCII
 * slug (the project's one slug rule), else the title's, cut to 100 characters.
 */
export function ckanName(identifier: string | undefined, title: string | undefined): string | undefined {
  const allowed = (name: string): string => (RESERVED_NAMES.has(name) ? `${name}-datos` : name);
  if (identifier !== undefined && CKAN_NAME.test(identifier)) return allowed(identifier);
  for (const text of [identifier, title]) {
    const slug = text === undefined ? '' : identifierFrom(text, 100);
    if (slug.length >= 2) return allowed(slug);
  }
  return undefined;
}

/** Names CKAN's name validator refuses because its dataset pages use them. */
const RESERVED_NAMES = new Set(['new', 'edit', 'search']);

/** CKAN's rule for a tag: 2 to 100 characters, letters, digits, spaces, `-`, `_` and `.`. */
export function isCkanTag(tag: string): boolean {
  return tag.length >= 2 && tag.length <= 100 && /^[\p{L}\p{M}\p{N}_ .-]+$/u.test(tag);
}

/**
 * A date or date-time as CKAN's date validator reads it: CKAN keeps naive UTC times and rejects a
 * zone offset, so `2026-05-27T01:42:05-05:00` becomes the same instant, `2026-05-27T06:42:05`.
 */
export function ckanTimestamp(text: string): string {
  const trimmed = text.trim();
  if (!/T.*(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed)) return trimmed;
  const instant = new Date(trimmed);
  return Number.isNaN(instant.getTime()) ? trimmed : instant.toISOString().slice(0, 19);
}
