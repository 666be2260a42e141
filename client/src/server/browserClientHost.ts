import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import type { Language } from '../../../server/src/core/l10n';
import { toBase64 } from '../../../server/src/protocol/base64';
import { ListFilesRequest, ReadFileRequest, type ReadFileAnswer } from '../../../server/src/protocol/protocol';
import { yamlAndJsonSelector, type ClientHost } from './clientHost';
import { registerUsedFeatures } from './usedFeatures';

/** Folders never worth listing for metadata, as the desktop server's walk skips them (server/src/workspaceScanner.ts). */
const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test', 'test-results']);
/** Upper bound on entries visited per folder, as on the desktop: a huge tree cannot stall the client. */
const MAX_VISITED = 200_000;
const WANTED = /\.(ya?ml|json)$/i;

/** A browser's `Worker` and `Blob`, which the extension host's types (Node's) do not declare. */
interface BrowserGlobals {
  Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[2];
  Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
}

/**
 * The browser (vscode.dev, github.dev, code-server's web extension host): the server is
 * `dist/web/server.js` in a web worker and has no disk, so this client lists and reads the
 * workspace's files for it with `workspace.findFiles` and `workspace.fs`, whatever the folders'
 * scheme (`vscode-vfs`, `vscode-remote`, `file`…).
 */
export function browserClientHost(extension: vscode.ExtensionContext, bundles: Partial<Record<Language, Record<string, string>>>, serverScript: string): ClientHost {
  const schemes = [...new Set((vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme))];
  return {
    inBrowser: true,
    readL10nBundle: (language) => bundles[language],
    documentSelector: (schemes.length > 0 ? schemes : ['file']).flatMap((scheme) => yamlAndJsonSelector(scheme)),
    extraInitializationOptions: () => ({ pagesRoot: vscode.Uri.joinPath(extension.extensionUri, 'docs', 'requisitos').toString() }),
    createClient(id, name, options) {
      const client = new BrowserLanguageClient(id, name, new browser.Worker(serverScript), options);
      client.onRequest(ListFilesRequest.type, ({ folder }) => listFiles(vscode.Uri.parse(folder)));
      client.onRequest(ReadFileRequest.type, ({ uri, maxBytes }) => readFile(vscode.Uri.parse(uri), maxBytes));
      return client;
    },
  };
}

const browser = globalThis as unknown as BrowserGlobals;

/** The browser's language client with only the features the server uses (see usedFeatures.ts). */
class BrowserLanguageClient extends LanguageClient {
  protected override registerBuiltinFeatures(): void {
    registerUsedFeatures(this, () => super.registerBuiltinFeatures());
  }
}

/**
 * The address a web worker can load the server from. On vscode.dev the extension is served over
 * https and its URL works as is; where it is not (code-server serves an extension installed on its
 * machine as `vscode-remote:`, which a worker cannot load), the script is read through
 * `workspace.fs` and given to the worker as a blob of the same origin.
 */
export async function serverScriptUrl(extension: vscode.ExtensionContext): Promise<string> {
  const script = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'web', 'server.js');
  if (script.scheme === 'https' || script.scheme === 'http') return script.toString(true);
  const bytes = await vscode.workspace.fs.readFile(script);
  return browser.URL.createObjectURL(new browser.Blob([bytes], { type: 'text/javascript' }));
}

/**
 * The YAML and JSON files below a folder, walked with `workspace.fs` as the desktop server walks
 * the disk: links are not followed, dependencies and VCS folders are skipped, the visit is bounded.
 * (`workspace.findFiles` would wait for a search provider some web hosts do not have for the scheme.)
 */
async function listFiles(root: vscode.Uri): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  let visited = 0;
  while (pending.length > 0 && visited < MAX_VISITED) {
    const folder = pending.pop()!;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
      continue; // an unreadable folder is skipped, the rest is still listed
    }
    for (const [name, type] of entries) {
      visited++;
      if (type & vscode.FileType.SymbolicLink) continue;
      const uri = vscode.Uri.joinPath(folder, name);
      if (type & vscode.FileType.Directory) {
        if (!SKIPPED.has(name)) pending.push(uri);
      } else if (type & vscode.FileType.File && WANTED.test(name)) {
        found.push(uri.toString());
      }
    }
  }
  return found.sort();
}

/** Our l10n bundles shipped with the extension, read before activation (a browser has no synchronous file reads). */
export async function readShippedBundles(extension: vscode.ExtensionContext): Promise<Partial<Record<Language, Record<string, string>>>> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'l10n', 'bundle.l10n.en.json'));
    return { en: JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string> };
  } catch {
    return {};
  }
}

async function readFile(uri: vscode.Uri, maxBytes: number): Promise<ReadFileAnswer | null> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // Links are not followed, as the desktop server's walk does not: a link cannot reach outside the workspace.
    if (!(stat.type & vscode.FileType.File) || stat.type & vscode.FileType.SymbolicLink) return null;
    const answer = { size: stat.size, modified: stat.mtime };
    if (stat.size > maxBytes) return answer;
    return { ...answer, base64: toBase64(await vscode.workspace.fs.readFile(uri)) };
  } catch {
    return null;
  }
}
