import type { Connection, InitializeParams } from 'vscode-languageserver';
import type { Language } from '../core/l10n';
import type { GuideInitializationOptions } from '../protocol/protocol';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_SECTION, type GuideSettings } from '../protocol/settings';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { GuideWorkspace } from './guideWorkspace';
import { restrictSettings } from './restrictedMode';
import type { ServerPlatform } from './serverPlatform';

/**
 * Everything the server knows once the client has said hello: built in `onInitialize`, so no
 * handler ever sees a half-started server.
 */
export interface ServerSession {
  readonly workspace: GuideWorkspace;
  readonly publisher: DiagnosticsPublisher;
  /** The language of messages; the client decides it (it knows VS Code's display language) and restarts us on change. */
  readonly language: Language;
  /**
   * Only a client that says the workspace is trusted gets its settings and the link check: one that
   * does not say (another editor, a client without workspace trust) runs in restricted mode.
   */
  readonly trusted: boolean;
  /** Whether the client answers `workspace/configuration`. */
  readonly supportsConfiguration: boolean;
  /** The URIs of the workspace folders on disk, as the client named them, in the order of `workspace.folderPaths`. */
  readonly folderUris: readonly string[];
}

/** Builds the session from the `initialize` request. */
export function createSession(connection: Connection, params: InitializeParams, platform: ServerPlatform): ServerSession {
  const options = (params.initializationOptions ?? {}) as Partial<GuideInitializationOptions>;
  const language: Language = options.language === 'en' ? 'en' : 'es';
  platform.initialize(language, options);
  const uris = (params.workspaceFolders ?? []).map((folder) => folder.uri);
  if (uris.length === 0 && params.rootUri) uris.push(params.rootUri);
  // Only folders the host can read are scanned (the Node server: folders on disk, not a virtual workspace).
  const folders = uris.flatMap((uri) => {
    const id = platform.files.folderId(uri);
    return id === undefined ? [] : [{ uri, path: id }];
  });
  const workspace = new GuideWorkspace(
    folders.map((folder) => folder.path),
    DEFAULT_SETTINGS,
    language,
    platform.files,
    (message) => connection.console.error(message),
  );
  const publisher = new DiagnosticsPublisher(connection, workspace);
  // Local data files are checked in the background; publish again when their checks change.
  workspace.localData.onChange = () => void publisher.publishAllSliced();
  return {
    workspace,
    publisher,
    language,
    trusted: options.trusted === true,
    supportsConfiguration: params.capabilities.workspace?.configuration === true,
    folderUris: folders.map((folder) => folder.uri),
  };
}

/**
 * Reads the settings of each workspace folder (`workspace/configuration` with the folder as
 * `scopeUri`, so a folder's own `.vscode/settings.json` counts: the manifest declares them
 * `resource`-scoped) and gives them to the workspace; restricted mode keeps only the harmless ones.
 * Resolves to whether the files must be indexed again (see `GuideWorkspace.updateSettings`).
 */
export async function applySettings(connection: Connection, session: ServerSession): Promise<boolean> {
  const settings = (await readSettings(connection, session)).map((each) => (session.trusted ? each : restrictSettings(each)));
  return session.workspace.updateSettings(settings, session.language);
}

async function readSettings(connection: Connection, session: ServerSession): Promise<GuideSettings[]> {
  if (!session.supportsConfiguration) return [DEFAULT_SETTINGS];
  const items = session.folderUris.length > 0 ? session.folderUris.map((scopeUri) => ({ scopeUri, section: SETTINGS_SECTION })) : [{ section: SETTINGS_SECTION }];
  try {
    const values: unknown[] = await connection.workspace.getConfiguration(items);
    return items.map((_, index) => normalizeSettings(values[index]));
  } catch {
    return [DEFAULT_SETTINGS];
  }
}
