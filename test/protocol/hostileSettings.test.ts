import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TestLspClient } from '../support/lspClient';

/** A trusted workspace whose settings carry glob patterns that would stall a regular-expression matcher. */
describe('hostile glob patterns in a trusted workspace', () => {
  let folder: string;
  let client: TestLspClient;
  const name = `${'a'.repeat(40)}b.dcat.yaml`;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-globs-'));
    writeFileSync(path.join(folder, name), 'title: Conjunto\nmodified: 27/05/2014\n');
    client = new TestLspClient({ metadataFiles: ['*a'.repeat(20), '**/*.dcat.yaml'], planFiles: ['+(a|aa)+(a|aa)+(a|aa)b'] });
    await client.initialize(folder);
  });
  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('leaves the patterns out, says so in the log, and checks files with the others', async () => {
    const log = await client.notification<{ message: string }>('window/logMessage', (params) => /Se ignora el patrón «\*a\*a/.test(params.message));
    assert.match(log.message, /de guia\.metadataFiles: tiene 20 comodines/);
    await client.notification<{ message: string }>('window/logMessage', (params) => /de guia\.planFiles: usa patrones extendidos/.test(params.message));
    const uri = pathToFileURL(path.join(folder, name)).href;
    const diagnostics = await client.diagnosticsFor(uri, (list) => list.length > 0);
    assert.ok(diagnostics.some((diagnostic) => (diagnostic.data as { rule: string }).rule === 'fecha-iso8601'));
    // And the server still answers at once.
    const started = performance.now();
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.ok(performance.now() - started < 5_000);
  });
});
