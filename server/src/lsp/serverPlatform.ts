import type { Connection } from 'vscode-languageserver';
import type { DataReader } from '../core/data/localData';
import type { Language } from '../core/l10n';
import type { GuideInitializationOptions } from '../protocol/protocol';
import type { ServerSession } from './session';

/**
 * How the server reaches the workspace's files. The Node server reads the disk; the web server
 * (in a browser's web worker) asks the client, which reads with `vscode.workspace.fs`. Folders are
 * named by ids in the host's own form (a path on disk for Node, the folder's URI in the browser);
 * files always by URI.
 */
/** What reading a workspace file gave: its text, or why it is not checked. */
export type FileRead = { text: string } | { size: number } | { notUtf8: true };

export interface WorkspaceFiles {
  /** The id of a workspace folder given by its URI; undefined when this host cannot read it (Node: any URI but `file:`). */
  folderId(uri: string): string | undefined;
  /** The URI of a folder id, as the index names its institutions. */
  folderUri(folder: string): string;
  /** The URIs of the YAML and JSON files below a folder (never following links, skipping dependencies and VCS data). */
  list(folder: string): Promise<string[]>;
  /**
   * A file's text; only its size when it is larger than `maxBytes`; `notUtf8` when its bytes are not
   * UTF-8 (not checked); undefined when it is not a readable file.
   */
  read(uri: string, maxBytes: number): Promise<FileRead | undefined>;
  /** The path of `uri` relative to `folder`, with `/` separators; undefined when it does not lie within it. */
  relative(folder: string, uri: string): string | undefined;
  /** Reads the local data files (CSV…) behind the resources. */
  readonly data: DataReader;
  /** URI of the requirement pages shipped with the extension (`docs/requisitos`). */
  readonly pagesRoot: string;
}

/** What differs between the Node server and the web server; everything else is shared. */
export interface ServerPlatform {
  readonly files: WorkspaceFiles;
  /**
   * Takes the client's initialization options before anything else: loads the language of the
   * core's messages (the client's bundle, else the one shipped) and whatever else the host needs.
   */
  initialize(language: Language, options: Partial<GuideInitializationOptions>): void;
  /** `guia/import` and `guia/export`. */
  registerImportExport(connection: Connection, session: ServerSession): void;
  /** `workspace/executeCommand` (the link check). */
  registerCommands(connection: Connection, session: ServerSession): void;
}
