import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_OPTIONS } from '../../../server/src/protocol/serverProcess';
import { readL10nBundle } from '../../../server/src/shippedFiles';
import { yamlAndJsonSelector, type ClientHost } from './clientHost';
import { registerUsedFeatures } from './usedFeatures';

/** The desktop: the server is `dist/server.js` in a Node process, reading files on disk. */
export function nodeClientHost(extension: vscode.ExtensionContext): ClientHost {
  return {
    inBrowser: false,
    readL10nBundle,
    documentSelector: yamlAndJsonSelector('file'),
    extraInitializationOptions: () => ({}),
    createClient(id, name, options) {
      const serverModule = extension.asAbsolutePath('dist/server.js');
      const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6009'] } },
      };
      return new NodeLanguageClient(id, name, serverOptions, options);
    },
  };
}

/** The Node language client with only the features the server uses (see usedFeatures.ts). */
class NodeLanguageClient extends LanguageClient {
  protected override registerBuiltinFeatures(): void {
    registerUsedFeatures(this, () => super.registerBuiltinFeatures());
  }
}
