import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';

/**
 * The extension host carries the user interface only: reading, checking, importing and exporting
 * are the server's (it has the core, the workspace index and the settings per folder). This builds
 * the client bundle as `scripts/build.mjs --production` does and looks at what went into it.
 */
const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The modules of the domain core the client may carry, each small and about what the interface
 * shows or writes: the messages, the requirement catalog (titles), the board model of the tree and
 * status bar, dates, the glob safety check of its file watcher, the export formats' names and the
 * messages of a browser's limits. The pages (board, timeline, board report) and the new files are
 * rendered by the server, which has the schemas and the rest of the core; add to this list only
 * what the client must compute itself.
 */
const ALLOWED_CORE = new Set([
  'l10n.ts',
  'exchange/browserLimits.ts',
  'exchange/exchangeMessages.ts',
  'exchange/exportFormats.ts',
  'catalog/requirementIds.ts',
  'catalog/requirements.ts',
  'files/globSafety.ts',
  // In a browser the client writes the imported files itself: their names pass the one safe-name rule.
  'files/safeFileName.ts',
  'report/boardModel.ts',
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
    const result = await esbuild.build({
      entryPoints: [path.join(ROOT, 'client', 'src', 'extension.ts')],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      external: ['vscode'],
      loader: { '.json': 'json' },
      mainFields: ['module', 'main'],
      minify: true,
      metafile: true,
      write: false,
      outfile: 'extension.js',
      logLevel: 'silent',
    });
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
    // Measured at 117 KB minified (55 KB of it the requirement catalog, vocabularies and identifier
    // schema) in a 556 KB bundle whose other 439 KB are vscode-languageclient and its dependencies.
    assert.ok(ours < 150_000, `${ours} bytes of our code and data in a ${size}-byte bundle`);
  });
});
