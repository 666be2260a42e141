import * as path from 'node:path';
import { findMediaType, mediaTypeForFormat } from '../catalog/vocabularies';
import { isWithin } from '../files/within';
import { isRelativePath } from '../schema/formats';
import type { LocalDataTarget } from '../model/localDataView';

/** A workspace folder (a path, or a file URI) and its mappings from URL prefixes to folders in it. */
export interface DataRoot {
  id: string;
  /** `{ "https://datos.x.gob.mx/": "datos/" }`: files published under the prefix live in the folder. */
  mappings: Readonly<Record<string, string>>;
}

/** Delimited text formats the local data checks read, and their delimiters (undefined: guess). */
export const TABULAR_DELIMITERS = { csv: undefined, tsv: '\t', psv: '|' } as const;
export type TabularFormat = keyof typeof TABULAR_DELIMITERS;

const TABULAR_MEDIA_TYPES: Record<string, TabularFormat> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'text/psv': 'psv',
};

/** The delimited format of a resource, from its media type or, when that says nothing, its file name. */
export function tabularFormat(mediaType: string | undefined, downloadURL: string): TabularFormat | undefined {
  const declared = mediaType?.trim();
  if (declared) {
    const known = findMediaType(declared) ?? mediaTypeForFormat(declared);
    if (known) return TABULAR_MEDIA_TYPES[known.mediaType];
    const base = declared.split(';')[0]!.trim().toLowerCase();
    if (TABULAR_MEDIA_TYPES[base]) return TABULAR_MEDIA_TYPES[base];
  }
  const extension = /\.([a-z]{3})$/i.exec(downloadURL.split(/[?#]/)[0]!)?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'tsv' || extension === 'psv' ? extension : undefined;
}

const URI = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Where a resource's data could be in the workspace: the path of a relative `downloadURL` from the
 * metadata file's folder, or the folder a configured URL prefix maps to, in each root. Nothing
 * outside the roots is ever proposed (a `../../` path or a crafted URL cannot reach other files).
 */
export function dataCandidates(metadataId: string, downloadURL: string, roots: readonly DataRoot[]): { id: string; via: LocalDataTarget['via'] }[] {
  const url = downloadURL.trim();
  if (url === '') return [];
  if (isRelativePath(url)) {
    const relative = url.split(/[?#]/)[0]!.replace(/^\.\//, '');
    if (relative === '' || relative.endsWith('/')) return [];
    const id = resolveBeside(metadataId, relative);
    if (id === undefined) return [];
    return roots.length === 0 || roots.some((root) => isWithin(root.id, id)) ? [{ id, via: 'relative' }] : [];
  }
  const candidates: { id: string; via: LocalDataTarget['via'] }[] = [];
  for (const root of roots) {
    const prefixes = Object.keys(root.mappings)
      .filter((prefix) => prefix !== '' && url.startsWith(prefix))
      .sort((a, b) => b.length - a.length);
    for (const prefix of prefixes) {
      const rest = url.slice(prefix.length).split(/[?#]/)[0]!;
      if (rest === '' || rest.endsWith('/')) continue;
      const folder = root.mappings[prefix]!.replace(/\\/g, '/').replace(/^\.?\//, '');
      const id = resolveInside(root.id, `${folder}${folder === '' || folder.endsWith('/') ? '' : '/'}${rest}`);
      if (id !== undefined && isWithin(root.id, id)) candidates.push({ id, via: 'mapping' });
    }
  }
  return candidates;
}

function resolveBeside(fileId: string, relative: string): string | undefined {
  if (URI.test(fileId)) return resolveUri(fileId, relative);
  const decoded = safeDecode(relative);
  return decoded === undefined ? undefined : path.join(path.dirname(fileId), decoded);
}

function resolveInside(rootId: string, relative: string): string | undefined {
  if (URI.test(rootId)) return resolveUri(rootId.endsWith('/') ? rootId : `${rootId}/`, relative);
  const decoded = safeDecode(relative);
  return decoded === undefined ? undefined : path.join(rootId, decoded);
}

function resolveUri(base: string, relative: string): string | undefined {
  try {
    return new URL(relative, base).href;
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
