import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
// @ts-expect-error: a build script in JavaScript, without type declarations.
import { bundles, LANGUAGE_CLIENT_FEATURES, WEB_SIZE_LIMITS } from '../../scripts/bundles.mjs';

/**
 * The web bundles (`browser` in the manifest) run in a browser's web workers, where Node does not
 * exist: vscode.dev, github.dev, code-server's web extension host. Builds them as
 * `scripts/build.mjs --production` does and fails on any Node built-in that went in.
 */
interface Built {
  outfile: string;
  text: string;
  inputs: string[];
  /** Bytes of the output from each input. */
  bytesFrom: Record<string, number>;
}

/**
 * The language client library's own stack, which the web client cannot do without (with the
 * build's stand-ins for its left-out modules and its shared TypeScript helpers).
 */
const LANGUAGE_CLIENT_STACK =
  /^(node_modules\/(vscode-languageclient|vscode-jsonrpc|vscode-languageserver-protocol|vscode-languageserver-types|vscode-languageserver-textdocument)\/|omitted-|typescript-helpers-)/;

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

describe('web bundles (dist/web)', () => {
  const built = new Map<string, Built>();
  before(async () => {
    const web = (bundles({ production: true }) as esbuild.BuildOptions[]).filter((bundle) => bundle.outfile!.startsWith('dist/web/'));
    for (const bundle of web) {
      const result = await esbuild.build({ ...bundle, write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
      const output = Object.values(result.metafile.outputs)[0]!;
      const bytesFrom = Object.fromEntries(Object.entries(output.inputs).map(([input, { bytesInOutput }]) => [input, bytesInOutput]));
      built.set(bundle.outfile!, { outfile: bundle.outfile!, text: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs), bytesFrom });
    }
    for (const { outfile, text } of built.values()) {
      const size = Buffer.byteLength(text);
      console.log(`${outfile}: ${(size / 1024).toFixed(0)} KB minified, ${(gzipSync(text).length / 1024).toFixed(0)} KB gzip`);
    }
  });

  it('builds the web client and the web server', () => {
    assert.deepEqual([...built.keys()].sort(), ['dist/web/extension.js', 'dist/web/server.js']);
  });

  it('takes no Node built-in into either bundle', () => {
    for (const { outfile, inputs, text } of built.values()) {
      assert.deepEqual(
        inputs.filter((input) => NODE_BUILTINS.has(input) || input.startsWith('node:')),
        [],
        `${outfile} imports Node built-ins`,
      );
      // ajv keeps `require("ajv/dist/runtime/…")` as text for its standalone code generation (not used here): not a call.
      const requires = [...text.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)]
        .map((match) => match[1]!)
        .filter((name) => name !== 'vscode' && !name.startsWith('ajv/dist/runtime/'));
      assert.deepEqual(requires, [], `${outfile} requires modules at run time`);
      assert.doesNotMatch(text, /child_process|worker_threads|node:fs|require\("fs"\)/, `${outfile} mentions a Node-only module`);
    }
  });

  it("keeps the server bundle out of the Node server's file walking and link checking", () => {
    const server = built.get('dist/web/server.js')!;
    for (const nodeOnly of ['server/src/workspaceScanner.ts', 'server/src/nodeDataReader.ts', 'server/src/core/links/linkChecker.ts', 'server/src/lsp/importExportHandlers.ts']) {
      assert.ok(!server.inputs.includes(nodeOnly), `${nodeOnly} is in the web server`);
    }
    assert.ok(server.inputs.includes('server/src/lsp/guideWorkspace.ts'), 'the web server is the shared server');
  });

  it('carries only the language client features the client registers', () => {
    const client = built.get('dist/web/extension.js')!;
    const library = 'node_modules/vscode-languageclient/lib/common/';
    for (const feature of LANGUAGE_CLIENT_FEATURES as string[]) assert.ok(client.inputs.includes(`${library}${feature}.js`), `${feature} is not in the web client`);
    // Left out with their features: notebooks, pull diagnostics, file operations and their glob matcher.
    for (const omitted of ['notebook', 'diagnostic', 'fileOperations', 'semanticTokens', 'formatting', 'rename']) {
      assert.ok(!client.inputs.includes(`${library}${omitted}.js`), `${omitted} is in the web client`);
    }
    assert.deepEqual(
      client.inputs.filter((input) => input.startsWith('node_modules/minimatch/')),
      [],
      'the glob matcher of file operations is in the web client',
    );
  });

  it('stays within the size targets', () => {
    const server = built.get('dist/web/server.js')!;
    assert.ok(Buffer.byteLength(server.text) < WEB_SIZE_LIMITS['dist/web/server.js'], `server: ${Buffer.byteLength(server.text)} bytes`);
    // The language client library with only the features the server uses (LANGUAGE_CLIENT_FEATURES)
    // is about 250 KB of the client: the views, commands and pages the client itself holds must fit
    // in what is left. What needs the catalog, the schemas or the core's rendering is the server's.
    const client = built.get('dist/web/extension.js')!;
    const ours = Object.entries(client.bytesFrom)
      .filter(([input]) => !LANGUAGE_CLIENT_STACK.test(input))
      .reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`dist/web/extension.js: ${(ours / 1024).toFixed(0)} KB besides the language client library`);
    const size = Buffer.byteLength(client.text);
    assert.ok(size < WEB_SIZE_LIMITS['dist/web/extension.js'], `client: ${size} bytes (${ours} besides the language client library)`);
  });
});
