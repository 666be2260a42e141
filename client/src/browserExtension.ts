import type * as vscode from 'vscode';
import { activateGuide, deactivateGuide } from './activation';
import { browserClientHost, readShippedBundles, serverScriptUrl } from './server/browserClientHost';

/** The web extension (`browser`): vscode.dev, github.dev, code-server's web worker host; the server runs in a web worker. */
export async function activate(extension: vscode.ExtensionContext): Promise<void> {
  const [bundles, serverScript] = await Promise.all([readShippedBundles(extension), serverScriptUrl(extension)]);
  activateGuide(extension, browserClientHost(extension, bundles, serverScript));
}

export const deactivate = deactivateGuide;
