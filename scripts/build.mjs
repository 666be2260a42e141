// One esbuild script for the three bundles. `--production` minifies, `--watch` rebuilds on change.
// Type checking is separate (`npm run typecheck`): esbuild only strips types.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  logLevel: 'warning',
  // The JSON schemas and the requirement catalog are bundled: one source of truth, no paths to resolve.
  loader: { '.json': 'json' },
  // jsonc-parser's UMD entry hides its requires from bundlers; its ES module entry bundles cleanly.
  mainFields: ['module', 'main'],
  // The yaml library's node build reads an environment variable (LOG_TOKENS) for every token it
  // parses; its browser build is the same code without that lookup, and lexes about a fifth faster.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};

/** @type {import('esbuild').BuildOptions[]} */
const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

const contexts = await Promise.all(bundles.map((bundle) => esbuild.context({ ...common, ...bundle })));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
