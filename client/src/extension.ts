import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { GuideInitializationOptions } from '../../server/src/protocol/protocol';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_SECTION } from '../../server/src/protocol/settings';

let client: LanguageClient | undefined;

/** Starts the language server for the workspace's YAML and JSON files. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const settings = normalizeSettings(vscode.workspace.getConfiguration(SETTINGS_SECTION));
  const language = settings.language === 'vscode' ? (vscode.env.language.startsWith('en') ? 'en' : 'es') : settings.language;
  const initializationOptions: GuideInitializationOptions = { language };
  const patterns = [...DEFAULT_SETTINGS.metadataFiles, ...DEFAULT_SETTINGS.planFiles, ...settings.metadataFiles, ...settings.planFiles];
  const clientOptions: LanguageClientOptions = {
    // YAML and JSON files in general: a file may declare one of our schemas whatever its name.
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'file', pattern: '**/*.{yaml,yml,json}' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`**/{${[...new Set(patterns)].map((glob) => glob.replace(/^\*\*\//, '')).join(',')}}`) },
    initializationOptions,
    outputChannelName: 'Guía de Datos Abiertos',
  };
  client = new LanguageClient('guiaDatosAbiertos', 'Guía de Datos Abiertos', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
