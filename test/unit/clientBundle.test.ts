import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
// @ts-expect-error: a build script in JavaScript, without type declarations.
import { bundles } from '../../scripts/bundles.mjs';

/**
 * The extension host carries the user interface only: reading, checking, importing and exporting
 * are the server's (it has the core, the workspace index and the settings per folder). This builds
 * the client bundle as `scripts/build.mjs --production` does and looks at what went into it.
 */
/**
 * The modules of the domain core the client may carry, each small and about what the interface
 * shows or writes: the messages, the requirement ids, the board model of the tree and status bar
 * (resolved against the catalog the server gives), dates, the glob safety check of its file
 * watcher, the export formats' names and the messages of a browser's limits. The catalog and the
 * schemas stay in the server, which renders the pages (board, timeline, board report) and the new
 * files; add to this list only what the client must compute itself.
 */
const ALLOWED_CORE = new Set([
  'l10n.ts',
  'exchange/browserLimits.ts',
  'exchange/exchangeMessages.ts',
  'exchange/exportFormats.ts',
  'catalog/requirementIds.ts',
  'files/globSafety.ts',
  // In a browser the client writes the imported files itself: their names pass the one safe-name rule.
  'files/safeFileName.ts',
  'report/boardView.ts',
  'report/institutionView.ts',
  'report/tableSort.ts',
  'text/dates.ts',
  'text/html.ts',
]);

/** Libraries of the analysis that must never be in the extension host. */
const SERVER_LIBRARIES = ['yaml', 'ajv', 'picomatch', 'jsonc-parser', 'vscode-languageserver'];

describe('client bundle (dist/extension.js)', () => {
  let shipped: Record<string, number>;
  let size = 0;
  before(async () => {
    const client = (bundles({ production: true }) as esbuild.BuildOptions[]).find((bundle) => bundle.outfile === 'dist/extension.js')!;
    const result = await esbuild.build({ ...client, write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
    const output = Object.values(result.metafile.outputs)[0]!;
    shipped = Object.fromEntries(
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([file, input]) => [file, input.bytesInOutput]),
    );
    size = result.outputFiles[0]!.contents.length;
  });

  it('carries none of the server: no lsp, cli or file writing, and of the core only what the interface shows', () => {
    const server = Object.keys(shipped).filter((file) => file.startsWith('server/src/'));
    const outside = server.filter((file) => {
      if (file.startsWith('server/src/protocol/') || file === 'server/src/shippedFiles.ts') return false;
      return !(file.startsWith('server/src/core/') && ALLOWED_CORE.has(file.slice('server/src/core/'.length)));
    });
    assert.deepEqual(outside, []);
  });

  it('carries no parser, validator or language server library', () => {
    const libraries = Object.keys(shipped).filter((file) => SERVER_LIBRARIES.some((library) => file.startsWith(`node_modules/${library}/`)));
    assert.deepEqual(libraries, []);
  });

  it('keeps our own code and data within a budget: the rest is the language client library', () => {
    const ours = Object.entries(shipped)
      .filter(([file]) => !file.startsWith('node_modules/'))
      .reduce((sum, [, bytes]) => sum + bytes, 0);
    // Measured at 60 KB minified in a 363 KB bundle whose other 303 KB are vscode-languageclient's
    // features the server uses and their dependencies (it was 117 KB, 55 KB of it the requirement
    // catalog, vocabularies and dataset schema, before the server rendered the pages and new files).
    console.log(`dist/extension.js: ${ours} bytes of our code and data in a ${size}-byte bundle`);
    assert.ok(ours < 75_000, `${ours} bytes of our code and data in a ${size}-byte bundle`);
  });
});
