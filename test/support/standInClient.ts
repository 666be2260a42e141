import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { toBase64 } from '../../server/src/protocol/base64';
import { ListFilesRequest, ReadFileRequest, type ReadFileParams } from '../../server/src/protocol/protocol';

async function walk(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(full)));
    else if (/\.(ya?ml|json)$/i.test(entry.name)) found.push(full);
  }
  return found;
}

/**
 * A client answering the web server's two requests (`guia/listFiles`, `guia/readFile`) from the
 * folder `disk`, named `root` (e.g. `vscode-vfs://github/datos-mx/examples`), as `workspace.fs`
 * would. `exists` names more files that exist (their size only), for the import's destination.
 */
export function standInClient(disk: string, root: string, exists: (uri: string) => boolean = () => false): Connection {
  const diskPath = (uri: string): string => path.join(disk, ...decodeURIComponent(uri.slice(root.length + 1)).split('/'));
  return {
    async sendRequest(type: { method: string }, params: unknown): Promise<unknown> {
      if (type.method === ListFilesRequest.method) {
        return (await walk(disk)).map((file) => `${root}/${path.relative(disk, file).split(path.sep).map(encodeURIComponent).join('/')}`);
      }
      if (type.method === ReadFileRequest.method) {
        const { uri, maxBytes } = params as ReadFileParams;
        if (exists(uri)) return { size: 1, modified: 0 };
        try {
          const stat = await fs.stat(diskPath(uri));
          if (!stat.isFile()) return null;
          const answer = { size: stat.size, modified: stat.mtimeMs };
          return stat.size > maxBytes ? answer : { ...answer, base64: toBase64(await fs.readFile(diskPath(uri))) };
        } catch {
          return null;
        }
      }
      throw new Error(`unexpected request ${type.method}`);
    },
  } as unknown as Connection;
}
