/**
 * Paths inside URIs, the way the web server names every file (`vscode-vfs://github/org/repo/x.yaml`,
 * `vscode-remote://…`, `file:///…`): posix-style, separated by `/`, compared after decoding, so
 * the same rules hold whatever encoding the client chose. No Node APIs: this runs in a browser.
 */

/** `scheme://authority` and the decoded path of a URI; undefined for one without `//` or with a broken escape. */
function split(uri: string): { origin: string; path: string } | undefined {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)/i.exec(uri);
  if (!match) return undefined;
  try {
    return { origin: match[1]!.toLowerCase(), path: decodeURIComponent(match[2]!) };
  } catch {
    return undefined;
  }
}

/**
 * The path of `uri` relative to the folder `folderUri` (`datos/a.dcat.yaml`, `` for the folder
 * itself); undefined when it lies elsewhere (another scheme or authority, or outside the folder).
 */
export function relativeUriPath(folderUri: string, uri: string): string | undefined {
  const folder = split(folderUri);
  const file = split(uri);
  if (!folder || !file || folder.origin !== file.origin) return undefined;
  const base = folder.path.replace(/\/+$/, '');
  if (file.path === base) return '';
  if (!file.path.startsWith(`${base}/`)) return undefined;
  const relative = file.path.slice(base.length + 1);
  // A `..` segment would climb out of the folder: such a URI is not inside it.
  return relative.split('/').some((segment) => segment === '..' || segment === '.') ? undefined : relative;
}
