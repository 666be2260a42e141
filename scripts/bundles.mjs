// The esbuild options of every bundle, shared by scripts/build.mjs and the web bundles' test.
import { readdirSync, readFileSync } from 'node:fs';
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
/**
 * The classes the library's converters give the items of some features (protocolInlayHint.js…),
 * by the features they serve: left out when none of those is kept. Those not listed are kept.
 */
const CONVERTER_ITEMS = {
  protocolCallHierarchyItem: ['callHierarchy'],
  protocolTypeHierarchyItem: ['typeHierarchy'],
  protocolInlayHint: ['inlayHint'],
  protocolDocumentLink: ['documentLink'],
  protocolWorkspaceSymbol: ['workspaceSymbol', 'documentSymbol'],
  protocolCodeLens: ['codeLens'],
  protocolCompletionItem: ['completion'],
  protocolCodeAction: ['codeAction'],
};

/** @type {import('esbuild').Plugin} */
const languageClientFeatures = {
  name: 'language-client-features',
  setup(build) {
    const keptFeatures = new Set([...LANGUAGE_CLIENT_FEATURES, ...LANGUAGE_CLIENT_CORE]);
    const keptProtocol = new Set([...LANGUAGE_CLIENT_FEATURES, ...PROTOCOL_CORE]);
    const keptItem = (name) => !(name in CONVERTER_ITEMS) || CONVERTER_ITEMS[name].some((feature) => keptFeatures.has(feature));
    // Every left-out module of a kind resolves to one module: the bundle holds each stand-in once.
    const omittedFeature = { path: 'omitted', namespace: 'omitted-language-client-feature' };
    const omittedMessages = { path: 'omitted', namespace: 'omitted-protocol-messages' };
    const library = /[\\/]vscode-languageclient[\\/]lib[\\/]common[\\/](\w+)\.js$/;
    build.onResolve({ filter: /^\.\/[A-Za-z]+$/ }, (args) => {
      const importer = library.exec(args.importer)?.[1];
      const name = args.path.slice(2);
      // The library's client and API import every feature module; its converters, each feature's item class.
      if (importer === 'client' || importer === 'api') return keptFeatures.has(name) ? undefined : omittedFeature;
      if (importer === 'codeConverter' || importer === 'protocolConverter') return keptItem(name) ? undefined : omittedFeature;
      return undefined;
    });
    // The protocol re-exports each module's messages through getters, read only by what uses them.
    build.onResolve({ filter: /^\.\/protocol\.[A-Za-z]+$/ }, (args) => {
      if (!/[\\/]vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]protocol\.js$/.test(args.importer)) return undefined;
      return keptProtocol.has(args.path.slice('./protocol.'.length)) ? undefined : omittedMessages;
    });
    // So does JSON-RPC its cancellation through shared memory between threads, which no client uses.
    build.onResolve({ filter: /^\.\/sharedArrayCancellation$/ }, (args) =>
      /[\\/]vscode-jsonrpc[\\/]lib[\\/]common[\\/]api\.js$/.test(args.importer) ? omittedMessages : undefined,
    );
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

/**
 * TypeScript writes its module helpers (`__createBinding`, `__importStar`…) into every CommonJS
 * file it emits, and the language client library, the protocol and JSON-RPC are some 70 such files:
 * their copies weighed 20 KB of the minified web client. The client bundles hold each helper once:
 * every copy whose text is the packages' usual one (the same in all of them) is replaced by a
 * reference to one module made of those same texts. A copy that differs is left as it is.
 */
const TS_HELPER = /^var (__\w+) = \(this && this\.\1\) \|\| [\s\S]*?^\S[^\n]*;$/gm;
const HELPER_PACKAGES = ['vscode-languageclient', 'vscode-languageserver-protocol', 'vscode-jsonrpc'];
const HELPERS_MODULE = 'typescript-helpers-of-the-language-client';

/**
 * The usual text of each helper in those packages: the most frequent one.
 * @returns {Map<string, string>}
 */
function usualHelpers() {
  /** @type {Map<string, Map<string, number>>} */
  const texts = new Map();
  for (const name of HELPER_PACKAGES) {
    const lib = path.join(root, 'node_modules', name, 'lib');
    for (const file of readdirSync(lib, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.js')) continue;
      for (const [block, helper = ''] of readFileSync(path.join(lib, file), 'utf8').matchAll(TS_HELPER)) {
        const counts = texts.get(helper) ?? new Map();
        texts.set(helper, counts.set(block, (counts.get(block) ?? 0) + 1));
      }
    }
  }
  /** @type {Map<string, string>} */
  const usual = new Map();
  for (const [helper, counts] of texts) {
    const [most] = [...counts].sort((a, b) => b[1] - a[1]);
    if (most) usual.set(helper, most[0]);
  }
  return usual;
}

/**
 * TypeScript also writes out in full, in each such file, the statement that marks it an ES module
 * (`Object.defineProperty(exports, "__esModule", …)`, 56 files) and one getter per name it re-exports
 * (107 names): 8 KB of the minified web client. Each file calls two shared functions for them
 * instead, which define the same properties: the same getters, read when the name is read.
 */
const ES_MODULE_MARK = 'Object.defineProperty(exports, "__esModule", { value: true });';
const RE_EXPORT = /Object\.defineProperty\(exports, ("[\w$]+"), \{ enumerable: true, get: function \(\) \{ return ([\w$.]+); \} \}\);/g;
const MODULE_FUNCTIONS = `
function __markEsModule(target) { Object.defineProperty(target, "__esModule", { value: true }); }
function __reExport(target, name, get) { Object.defineProperty(target, name, { enumerable: true, get: get }); }`;

/**
 * A library file's text with its TypeScript helpers, its ES module mark and its re-exports taken
 * from the shared module (see above). A file without the mark is left as it is.
 * @param {string} text
 * @param {Map<string, string>} usual
 */
function withSharedHelpers(text, usual) {
  const helpers = text.replace(TS_HELPER, (block, helper) => (usual.get(helper) === block ? `var ${helper} = require('${HELPERS_MODULE}').${helper};` : block));
  if (!helpers.includes(ES_MODULE_MARK)) return helpers;
  // The mark comes first after "use strict" in TypeScript's output, before any re-export. A local
  // name for the re-export function, so that the minifier shortens each call.
  const reExports = helpers.search(RE_EXPORT) >= 0 ? ` var __reExport = require('${HELPERS_MODULE}').__reExport;` : '';
  return helpers
    .replace(ES_MODULE_MARK, `require('${HELPERS_MODULE}').__markEsModule(exports);${reExports}`)
    .replace(RE_EXPORT, (_, name, value) => `__reExport(exports, ${name}, () => ${value});`);
}

/** @type {import('esbuild').Plugin} */
const sharedTypeScriptHelpers = {
  name: 'shared-typescript-helpers',
  setup(build) {
    const usual = usualHelpers();
    const packages = new RegExp(`[\\\\/]node_modules[\\\\/](${HELPER_PACKAGES.join('|')})[\\\\/]lib[\\\\/].*\\.js$`);
    build.onResolve({ filter: new RegExp(`^${HELPERS_MODULE}$`) }, () => ({ path: HELPERS_MODULE, namespace: HELPERS_MODULE }));
    build.onLoad({ filter: /.*/, namespace: HELPERS_MODULE }, () => ({
      contents: `${[...usual.values()].join('\n')}${MODULE_FUNCTIONS}\nmodule.exports = { ${[...usual.keys(), '__markEsModule', '__reExport'].join(', ')} };\n`,
      loader: 'js',
    }));
    build.onLoad({ filter: packages }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: withSharedHelpers(text, usual), loader: 'js', resolveDir: path.dirname(args.path) };
    });
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
  // Spanish and English as written, not escaped (`á` is 2 bytes instead of the 6 of `\u00E1`).
  charset: 'utf8',
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

/**
 * Size targets of the minified web bundles, in bytes (the web bundles' test holds them): issue 19's
 * «client < 300 KB, server < 900 KB», read the strict way (1 KB = 1,000 bytes).
 */
export const WEB_SIZE_LIMITS = { 'dist/web/extension.js': 300_000, 'dist/web/server.js': 900_000 };

/**
 * Every bundle: the desktop client, server and command line (Node), and the web client and server.
 * @param {{ production: boolean }} options
 * @returns {import('esbuild').BuildOptions[]}
 */
export function bundles({ production }) {
  const options = { ...common, sourcemap: !production, minify: production };
  /** The desktop and web clients: the same language client features in both. */
  const client = { external: ['vscode'], plugins: [catalogForCode, languageClientFeatures, sharedTypeScriptHelpers] };
  return [
    { ...options, ...client, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' },
    { ...options, entryPoints: ['server/src/lsp/nodeMain.ts'], outfile: 'dist/server.js' },
    { ...options, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
    // The web client is loaded by VS Code's web extension host as CommonJS (`module.exports.activate`).
    { ...options, ...web, ...client, entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/web/extension.js' },
    { ...options, ...web, format: /** @type {const} */ ('iife'), entryPoints: ['server/src/lsp/web/browserMain.ts'], outfile: 'dist/web/server.js' },
  ].map((bundle) => ({ ...bundle, absWorkingDir: root }));
}
