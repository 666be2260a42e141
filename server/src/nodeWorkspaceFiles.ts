import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isWithin } from './core/files/within';
import { isValidUtf8 } from './core/text/decodeText';
import type { WorkspaceFiles } from './lsp/serverPlatform';
import { nodeDataReader } from './nodeDataReader';
import { requirementPagesRoot } from './shippedFiles';
import { findFiles } from './workspaceScanner';

/** The Node server's files: workspace folders are paths on disk, read with `fs`. */
export const nodeWorkspaceFiles: WorkspaceFiles = {
  folderId(uri) {
    return filePath(uri);
  },
  folderUri(folder) {
    return pathToFileURL(folder).href;
  },
  async list(folder) {
    const files = await findFiles(folder, (relative) => /\.(ya?ml|json)$/i.test(relative));
    return files.map((file) => pathToFileURL(file).href);
  },
  async read(uri, maxBytes) {
    try {
      const file = fileURLToPath(uri);
      // Not through a symbolic link, as the scan never follows one: a link the watcher reports (one
      // named catalogo.json to a file anywhere on the machine) is not read.
      const stat = await fs.lstat(file);
      if (!stat.isFile()) return undefined;
      // Too big to check: not even read into memory.
      if (stat.size > maxBytes) return { size: stat.size };
      const bytes = await fs.readFile(file);
      return isValidUtf8(bytes) ? { text: bytes.toString('utf8') } : { notUtf8: true };
    } catch {
      return undefined;
    }
  },
  relative(folder, uri) {
    const file = filePath(uri);
    if (file === undefined || !isWithin(folder, file)) return undefined;
    return path.relative(folder, file).split(path.sep).join('/');
  },
  data: nodeDataReader,
  get pagesRoot() {
    return requirementPagesRoot();
  },
};

/** The path of a `file:` URI, or undefined for another scheme. */
function filePath(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
