import type { BaseLanguageClient, DynamicFeature, StaticFeature } from 'vscode-languageclient';

/**
 * Stands for a feature of the language client library that this extension does not use. The
 * bundles leave those features' modules out (`languageClientFeatures` in scripts/bundles.mjs, which
 * lists the modules we keep): every export of a left-out module is this class. They weigh about
 * 120 KB of the minified web client (notebook sync 20 KB, pull diagnostics 18 KB, file operations
 * with their glob matcher 35 KB, semantic tokens, formatting…), whose target is 300 KB.
 */
export class OmittedFeature {
  /**
   * The scheme of notebook cells, which the library's visible-documents tracker compares every URI
   * against (`NotebookDocumentSyncFeature.CellScheme`): no document of ours has it.
   */
  static readonly CellScheme = 'vscode-notebook-cell';
}

/** What a left-out module exports: `OmittedFeature` under every name the library asks it for. */
export const omittedFeatureModule: unknown = new Proxy(
  {},
  {
    get: (_module, name) => (name === '__esModule' ? undefined : OmittedFeature),
  },
);

/**
 * What a left-out module of the protocol's messages exports: under every name, a message whose
 * method no feature registers. The library's client reads three of them while it runs: the
 * notebook sync's registration method (to find that no notebook feature is registered) and the
 * semantic tokens' and inlay hints' request methods (requests to retry when a document changed).
 */
export const omittedMessagesModule: unknown = new Proxy(
  {},
  {
    get: (_module, name) => (name === '__esModule' ? undefined : { method: `omitted/${String(name)}` }),
  },
);

/**
 * Runs the library's `registerBuiltinFeatures` keeping only the features that are in the bundle:
 * those the server announces (a test compares the two). The library wires its text
 * synchronisation features itself; only the left-out ones are not registered.
 */
export function registerUsedFeatures(client: BaseLanguageClient, registerBuiltinFeatures: () => void): void {
  // The library registers its built-in features through this public method, called on the client.
  const owner = client as { registerFeature(feature: StaticFeature | DynamicFeature<unknown>): void };
  const register = owner.registerFeature.bind(client);
  owner.registerFeature = (feature) => {
    if (!((feature as unknown) instanceof OmittedFeature)) register(feature);
  };
  try {
    registerBuiltinFeatures();
  } finally {
    delete (owner as Partial<typeof owner>).registerFeature;
  }
}
