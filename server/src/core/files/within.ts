import * as path from 'node:path';
import { relativeUriPath } from './uriPaths';

const URI = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Whether `id` is the folder `folder` itself or lies anywhere below it. Ids are paths on the command
 * line and URIs in the server (`file://…`, `vscode-vfs://…` in a browser); a path and a URI never
 * hold each other. Lexical only: whoever follows links compares real paths.
 */
export function isWithin(folder: string, id: string): boolean {
  const folderIsUri = URI.test(folder);
  if (folderIsUri || URI.test(id)) return folderIsUri && URI.test(id) && relativeUriPath(folder, id) !== undefined;
  const relative = path.relative(folder, id);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
