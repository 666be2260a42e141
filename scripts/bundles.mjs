// The esbuild options of every bundle, shared by scripts/build.mjs and the web bundles' test.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The requirement catalog as the code uses it: `schemas/requirements.json` without each
 * requirement's `checks`, the lists in Spanish and English that the requirement pages
 * (docs/requisitos/) explain to people and no code reads (the `Requirement` type leaves them out).
 * More than half of the catalog: about 17 KB less in every bundle, the web client's included.
 * @type {import('esbuild').Plugin}
 */
const catalogForCode = {
  name: 'requirement-catalog-for-code',
  setup(build) {
    build.onLoad({ filter: /[\\/]schemas[\\/]requirements\.json$/ }, async (args) => {
      const catalog = JSON.parse(await readFile(args.path, 'utf8'));
      for (const requirement of catalog.requirements) delete requirement.checks;
      return { contents: JSON.stringify(catalog), loader: 'json' };
    });
  },
};

/**
 * The modules of vscode-languageclient's features that the client registers: those the server
 * announces (static capabilities, dynamic registrations and the requests it sends the client; the
 * web bundles' test compares them with the real server). The library's client imports every
 * feature module (about 45 features); the others are replaced by a module whose every export is
 * `OmittedFeature` (client/src/server/usedFeatures.ts), and are not registered. Measured on the
 * minified web client: 525 KB with every feature, about 405 KB with these.
 */
export const LANGUAGE_CLIENT_FEATURES = [
  'configuration', // workspace/configuration answered, workspace/didChangeConfiguration registered
  'textSynchronization', // textDocumentSync
  'fileSystemWatcher', // synchronize.fileEvents: workspace/didChangeWatchedFiles
  'workspaceFolder', // the workspace folders in initialize
  'progress', // window/workDoneProgress/create (indexing progress)
  'completion',
  'hover',
  'codeAction',
  'codeLens',
  'definition',
  'reference',
  'documentSymbol',
  'executeCommand',
];

/** What the library's client imports besides its features. */
const LANGUAGE_CLIENT_CORE = ['client', 'features', 'codeConverter', 'protocolConverter', 'progressPart'];
/**
 * The protocol's modules (vscode-languageserver-protocol/lib/common/protocol.<name>.js) that the
 * kept features and the client's core use: those named as a kept feature, and `showDocument`.
 * The protocol's other modules declare the messages of left-out features (notebooks, pull
 * diagnostics, semantic tokens…: 19 KB) and are left out with them.
 */
const PROTOCOL_CORE = ['showDocument'];

/** @type {import('esbuild').Plugin} */
const languageClientFeatures = {
  name: 'language-client-features',
  setup(build) {
    const keptFeatures = new Set([...LANGUAGE_CLIENT_FEATURES, ...LANGUAGE_CLIENT_CORE]);
    const keptProtocol = new Set([...LANGUAGE_CLIENT_FEATURES, ...PROTOCOL_CORE]);
    // The library's client and API import every feature module.
    build.onResolve({ filter: /^\.\/[A-Za-z]+$/ }, (args) => {
      if (!/[\\/]vscode-languageclient[\\/]lib[\\/]common[\\/](client|api)\.js$/.test(args.importer)) return undefined;
      const name = args.path.slice(2);
      return keptFeatures.has(name) ? undefined : { path: name, namespace: 'omitted-language-client-feature' };
    });
    // The protocol re-exports each module's messages through getters, read only by what uses them.
    build.onResolve({ filter: /^\.\/protocol\.[A-Za-z]+$/ }, (args) => {
      if (!/[\\/]vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]protocol\.js$/.test(args.importer)) return undefined;
      const name = args.path.slice('./protocol.'.length);
      return keptProtocol.has(name) ? undefined : { path: name, namespace: 'omitted-protocol-messages' };
    });
    build.onLoad({ filter: /.*/, namespace: 'omitted-language-client-feature' }, () => ({
      contents: "module.exports = require('./client/src/server/usedFeatures.ts').omittedFeatureModule;",
      resolveDir: root,
      loader: 'js',
    }));
    build.onLoad({ filter: /.*/, namespace: 'omitted-protocol-messages' }, () => ({
      contents: "module.exports = require('./client/src/server/usedFeatures.ts').omittedMessagesModule;",
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcesContent: false,
  logLevel: 'warning',
  // The JSON schemas and the requirement catalog are bundled: one source of truth, no paths to resolve.
  loader: { '.json': 'json' },
  plugins: [catalogForCode],
  // jsonc-parser's UMD entry hides its requires from bundlers; its ES module entry bundles cleanly.
  mainFields: ['module', 'main'],
  // The yaml library's node build reads an environment variable (LOG_TOKENS) for every token it
  // parses; its browser build is the same code without that lookup, and lexes about a fifth faster.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};

/**
 * The web bundles run in a browser's web worker (vscode.dev, github.dev, code-server's web host):
 * no Node built-ins. The core's command-line path branch uses `node:path`; in a browser every file
 * is named by URI, and that import is given a posix implementation of the same functions.
 */
/** @type {import('esbuild').BuildOptions} */
const web = {
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  alias: { ...common.alias, 'node:path': path.join(root, 'server/src/core/files/posixPath.ts') },
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** Size targets of the minified web bundles, in bytes (the web bundles' test holds them). */
export const WEB_SIZE_LIMITS = { 'dist/web/extension.js': 300 * 1024, 'dist/web/server.js': 900 * 1024 };

/**
 * Every bundle: the desktop client, server and command line (Node), and the web client and server.
 * @param {{ production: boolean }} options
 * @returns {import('esbuild').BuildOptions[]}
 */
export function bundles({ production }) {
  const options = { ...common, sourcemap: !production, minify: production };
  /** The desktop and web clients: the same language client features in both. */
  const client = { external: ['vscode'], plugins: [catalogForCode, languageClientFeatures] };
  return [
    { ...options, ...client, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' },
    { ...options, entryPoints: ['server/src/lsp/nodeMain.ts'], outfile: 'dist/server.js' },
    { ...options, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
    // The web client is loaded by VS Code's web extension host as CommonJS (`module.exports.activate`).
    { ...options, ...web, ...client, entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/web/extension.js' },
    { ...options, ...web, format: /** @type {const} */ ('iife'), entryPoints: ['server/src/lsp/web/browserMain.ts'], outfile: 'dist/web/server.js' },
  ].map((bundle) => ({ ...bundle, absWorkingDir: root }));
}
