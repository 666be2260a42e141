import type { Connection } from 'vscode-languageserver';
import type { DataReader } from '../../core/data/localData';
import { relativeUriPath } from '../../core/files/uriPaths';
import { isValidUtf8 } from '../../core/text/decodeText';
import { fromBase64 } from '../../protocol/base64';
import { ListFilesRequest, ReadFileRequest, type ReadFileAnswer } from '../../protocol/protocol';
import type { FileRead, WorkspaceFiles } from '../serverPlatform';

/** The text of files as the Node server reads them: UTF-8, invalid bytes replaced, a BOM kept. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The web server's files: a browser's worker has no disk, so every folder listing and file read is
 * asked of the client (`guia/listFiles`, `guia/readFile`), which answers with `workspace.findFiles`
 * and `workspace.fs`. Folders are named by their URIs, whatever their scheme.
 */
export class ClientWorkspaceFiles implements WorkspaceFiles {
  /** Set from the client's initialization options (`pagesRoot`). */
  pagesRoot = '';

  constructor(private readonly connection: Connection) {}

  folderId(uri: string): string {
    return uri;
  }

  folderUri(folder: string): string {
    return folder;
  }

  async list(folder: string): Promise<string[]> {
    try {
      return (await this.connection.sendRequest(ListFilesRequest.type, { folder })).sort();
    } catch {
      return [];
    }
  }

  async read(uri: string, maxBytes: number): Promise<FileRead | undefined> {
    const answer = await this.ask(uri, maxBytes);
    if (!answer) return undefined;
    if (answer.base64 === undefined) return { size: answer.size };
    const bytes = fromBase64(answer.base64);
    return isValidUtf8(bytes) ? { text: UTF8.decode(bytes) } : { notUtf8: true };
  }

  relative(folder: string, uri: string): string | undefined {
    return relativeUriPath(folder, uri);
  }

  /** Local data files, read whole through the client (a browser has no file streams) within the size limit the core checks first. */
  readonly data: DataReader = {
    stat: async (id) => {
      const answer = await this.ask(id, 0);
      return answer ? { size: answer.size, modified: answer.modified } : undefined;
    },
    open: (id) => this.chunks(id),
    // The client never follows a link (it answers no file for one): a file or folder is what its URI names.
    realpath: (id) => Promise.resolve(id),
  };

  private async *chunks(id: string): AsyncIterable<Uint8Array> {
    const answer = await this.ask(id, Number.MAX_SAFE_INTEGER);
    if (answer?.base64 !== undefined) yield fromBase64(answer.base64);
  }

  private async ask(uri: string, maxBytes: number): Promise<ReadFileAnswer | undefined> {
    try {
      return (await this.connection.sendRequest(ReadFileRequest.type, { uri, maxBytes })) ?? undefined;
    } catch {
      return undefined;
    }
  }
}
