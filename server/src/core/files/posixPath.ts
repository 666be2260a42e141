/**
 * The few `node:path` functions the core uses for command-line paths, posix-style, for the web
 * bundles (scripts/bundles.mjs maps `node:path` here): a browser has no Node, and names every file
 * by URI, so the core's path branch is not taken there; when it is, it behaves as on Linux.
 */
export const sep = '/';

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

export function normalize(path: string): string {
  if (path === '') return '.';
  const absolute = isAbsolute(path);
  const parts: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (segment !== '..' || !absolute) parts.push(segment);
  }
  const joined = parts.join('/');
  const trailing = path.endsWith('/') && joined !== '' ? '/' : '';
  return absolute ? `/${joined}${trailing}` : (joined || '.') + trailing;
}

export function join(...paths: string[]): string {
  const joined = paths.filter((path) => path !== '').join('/');
  return joined === '' ? '.' : normalize(joined);
}

export function dirname(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  return slash === 0 ? '/' : trimmed.slice(0, slash);
}

export function basename(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() ?? '';
}

/** `to` relative to `from`, both taken from the root (a relative path from `/`, as there is no working folder). */
export function relative(from: string, to: string): string {
  const a = normalize(`/${from}`).split('/').filter(Boolean);
  const b = normalize(`/${to}`).split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

export function resolve(...paths: string[]): string {
  let resolved = '';
  for (const path of paths) resolved = isAbsolute(path) ? path : `${resolved}/${path}`;
  return normalize(`/${resolved}`).replace(/(.)\/$/, '$1');
}
