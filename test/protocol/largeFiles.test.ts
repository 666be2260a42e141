import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TestLspClient } from '../support/lspClient';

/** An open editor whose text grows past `guia.maxFileSizeKB` and shrinks back below it. */
describe('a document above guia.maxFileSizeKB over the protocol', () => {
  let folder: string;
  let client: TestLspClient;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-grande-'));
    client = new TestLspClient({ maxFileSizeKB: 2 });
    await client.initialize(folder);
  });
  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gets one diagnostic saying it was not checked, and a full check once it is small again', async () => {
    const uri = pathToFileURL(path.join(folder, 'crece.dcat.yaml')).href;
    const small = 'title: Conjunto\nmodified: 27/05/2014\n';
    client.open(uri, small);
    const checked = await client.diagnosticsFor(uri, (list) => list.length > 0);
    assert.ok(checked.some((diagnostic) => (diagnostic.data as { rule: string }).rule === 'fecha-iso8601'));

    client.change(uri, 2, small + `description: ${'texto '.repeat(600)}\n`);
    const skipped = await client.diagnosticsFor(uri, (list) => list.some((diagnostic) => (diagnostic.data as { rule: string }).rule === 'archivo-demasiado-grande'));
    assert.equal(skipped.length, 1);
    assert.deepEqual(skipped[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(String(skipped[0]!.message), /No se revisó este archivo: mide 4 KB y el límite es 2 KB/);

    client.change(uri, 3, small);
    const again = await client.diagnosticsFor(uri, (list) => !list.some((diagnostic) => (diagnostic.data as { rule: string }).rule === 'archivo-demasiado-grande'));
    assert.ok(again.some((diagnostic) => (diagnostic.data as { rule: string }).rule === 'fecha-iso8601'));
  });
});
