import * as path from 'node:path';
import { isWithin } from '../files/within';

const URI = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * File and folder ids are paths on the command line and URIs in the server; these helpers answer
 * the two questions scoping asks of either form without touching the disk.
 */

/** The folder that holds a file id, in the same form (normalised: no `./`, no trailing separator). */
export function folderOf(id: string): string {
  if (URI.test(id)) {
    const slash = id.replace(/\/+$/, '').lastIndexOf('/');
    return slash > id.indexOf('//') + 1 ? id.slice(0, slash) : id;
  }
  return path.dirname(path.normalize(id));
}

/** A folder id in the form `folderOf` gives, so that the two can be compared as strings. */
export function normalFolder(folder: string): string {
  if (URI.test(folder)) return folder.length > folder.indexOf('//') + 3 ? folder.replace(/\/+$/, '') : folder;
  const normal = path.normalize(folder);
  return normal.length > 1 && /[\\/]$/.test(normal) && path.dirname(normal) !== normal ? normal.slice(0, -1) : normal;
}

/** The deepest folder that holds every id (the ids' own folder when there is one). */
export function commonFolder(ids: readonly string[]): string | undefined {
  let common: string | undefined;
  for (const id of ids) {
    let folder = folderOf(id);
    if (common === undefined) {
      common = folder;
      continue;
    }
    while (!isWithin(folder, common)) {
      const parent = folderOf(folder);
      if (parent === folder) break;
      folder = parent;
    }
    common = folder;
  }
  return common;
}

/** The last segment of a folder id, for a name when there is no better one. */
export function folderName(folder: string): string {
  const trimmed = folder.replace(/[\\/]+$/, '');
  const last = trimmed.split(/[\\/]/).pop() ?? trimmed;
  try {
    return decodeURIComponent(last) || trimmed;
  } catch {
    return last || trimmed;
  }
}
