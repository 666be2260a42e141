import { findMediaType } from '../catalog/vocabularies';
import type { PlainValue } from '../parse/sourceTree';
import { dayNumber } from '../text/dates';
import { splitKeywords } from './cellValues';
import type { PlainObject } from './importModel';
import { distributionsOf, isPlainObject, text, type WorkspaceContent } from './workspaceContent';

/** The licence of every dataset on datos.gob.mx: the Términos de Libre Uso MX. */
export const LIBRE_USO_MX = 'https://datos.gob.mx/libreusomx/';

/**
 * The workspace as the `catalogo.json` ADELA published and datos.gob.mx harvested: a catalog with
 * a `dataset` list, each with its `distribution` list. Every field the workspace holds is kept;
 * what ADELA added is added where missing (keywords as a list, the publisher, the licence, the
 * format name of each resource), so the result also validates against our own schema.
 */
export function exportCatalogJson(content: WorkspaceContent): PlainObject {
  const institution = isPlainObject(content.plan?.institucion) ? content.plan.institucion : undefined;
  const name = text(institution, 'nombre');
  const catalog: PlainObject = {};
  catalog.title = text(content.catalog, 'title') ?? (name ? `Catálogo de datos abiertos de ${name}` : 'Catálogo de datos abiertos');
  const description = text(content.catalog, 'description');
  if (description) catalog.description = description;
  const homepage = text(content.catalog, 'homepage') ?? text(institution, 'sitio');
  if (homepage) catalog.homepage = homepage;
  const issued = text(content.catalog, 'issued');
  if (issued) catalog.issued = issued;
  const modified = text(content.catalog, 'modified') ?? latestModified(content);
  if (modified) catalog.modified = modified;
  catalog.language = content.catalog.language ?? 'es';
  catalog.license = text(content.catalog, 'license') ?? LIBRE_USO_MX;
  for (const [key, value] of Object.entries(content.catalog)) {
    if (!(key in catalog) && key !== '$schema') catalog[key] = value;
  }
  const publisherName = text(institution, 'siglas') ?? name;
  catalog.dataset = content.datasets.map(({ value }) => exportDataset(value, publisherName));
  return catalog;
}

function exportDataset(dataset: PlainObject, publisherName: string | undefined): PlainObject {
  const result: PlainObject = {};
  for (const [key, value] of Object.entries(dataset)) {
    if (key === '$schema') continue;
    if (key === 'keyword' && typeof value === 'string') result.keyword = splitKeywords(value);
    else if (key === 'distribution') result.distribution = Array.isArray(value) ? value.map(exportDistribution) : value;
    else result[key] = value;
  }
  const mbox = text(dataset, 'mbox');
  if (result.publisher === undefined && publisherName && mbox) result.publisher = { name: publisherName, mbox };
  return result;
}

function exportDistribution(distribution: PlainValue): PlainValue {
  if (!isPlainObject(distribution)) return distribution;
  const result: PlainObject = { ...distribution };
  const mediaType = text(distribution, 'mediaType');
  const known = mediaType ? findMediaType(mediaType) : undefined;
  if (result.format === undefined && known && known.formats[0]) result.format = known.formats[0].toUpperCase();
  if (result.license === undefined) result.license = LIBRE_USO_MX;
  return result;
}

/** The latest `modified` of the datasets and their resources, as written. */
function latestModified(content: WorkspaceContent): string | undefined {
  let latest: { day: number; text: string } | undefined;
  for (const { value } of content.datasets) {
    for (const candidate of [text(value, 'modified'), ...distributionsOf(value).map((item) => text(item, 'modified'))]) {
      const day = candidate ? dayNumber(candidate) : undefined;
      if (candidate && day !== undefined && (!latest || day > latest.day)) latest = { day, text: candidate };
    }
  }
  return latest?.text;
}
