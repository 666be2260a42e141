import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import type { Language } from '../../../server/src/core/l10n';
import type { GuideInitializationOptions } from '../../../server/src/protocol/protocol';

/**
 * What differs between the desktop extension (a Node extension host, the server a Node process)
 * and the web extension (a browser's web worker host, the server another web worker that reads
 * files through this client). Everything else in the client is shared.
 */
export interface ClientHost {
  /** Whether the extension runs in a browser, where import, export and the link check are not available. */
  readonly inBrowser: boolean;
  /** Our l10n bundle of a language; undefined for Spanish, the source language. */
  readL10nBundle(language: Language): Record<string, string> | undefined;
  /** The documents the server checks. */
  readonly documentSelector: DocumentSelector;
  /** What the server needs beyond the shared initialization options. */
  extraInitializationOptions(): Partial<GuideInitializationOptions>;
  /** A language client for this host's server (not started). */
  createClient(id: string, name: string, options: LanguageClientOptions): BaseLanguageClient;
}

/** YAML and JSON files in general, of the given URI scheme (all schemes when undefined): a file may declare one of our schemas whatever its name. */
export function yamlAndJsonSelector(scheme: string | undefined): DocumentSelector {
  const of = scheme === undefined ? {} : { scheme };
  return [
    { ...of, language: 'yaml' },
    { ...of, language: 'json' },
    { ...of, pattern: '**/*.{yaml,yml,json}' },
  ];
}
