import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TestLspClient } from '../support/lspClient';

/**
 * A catalog of `datasets` × `resources` resources, each a CSV download without a media type (two
 * findings per resource, as in the 61,000-resource catalog that stalled the server); big enough
 * that its check takes many of the server's slices on any machine.
 */
function bigCatalog(datasets: number, resources: number, firstDatasetExtra = ''): string {
  const lines = ['title: Catálogo de recursos', 'dataset:'];
  for (let d = 0; d < datasets; d++) {
    lines.push(`  - identifier: c${d}`, `    title: Conjunto ${d}`);
    if (d === 0 && firstDatasetExtra) lines.push(firstDatasetExtra);
    lines.push('    distribution:');
    for (let r = 0; r < resources; r++) lines.push(`      - downloadURL: https://datos.ej.gob.mx/${d}/${r}.csv`, '        format: CSV');
  }
  return lines.join('\n') + '\n';
}

const SMALL = 'identifier: pequeno\ntitle: Conjunto pequeño\ndescription: Para preguntar mientras se revisa el grande.\nmodified: 2026-11-01\n';

describe('the server while it checks a big catalog', () => {
  let folder: string;
  let client: TestLspClient;
  let smallUri: string;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-respuesta-'));
    client = new TestLspClient();
    await client.initialize(folder);
    smallUri = pathToFileURL(path.join(folder, 'pequeno.dcat.yaml')).href;
    client.open(smallUri, SMALL);
    await client.diagnosticsFor(smallUri);
  });
  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  const askAboutTheSmallFile = async (turn: number): Promise<void> => {
    if (turn % 2 === 0) {
      const symbols = await client.connection.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: smallUri } });
      assert.ok(symbols.length > 0, 'the outline of the small file');
    } else {
      const hover = await client.connection.sendRequest<{ contents: unknown } | null>('textDocument/hover', {
        textDocument: { uri: smallUri },
        position: { line: 1, character: 2 },
      });
      assert.ok(hover?.contents, 'a hover on the small file');
    }
  };

  it("answers outline and hover requests on another file, one after another, before the catalog's diagnostics are published", async () => {
    const bigUri = pathToFileURL(path.join(folder, 'catalogo-recursos.yaml')).href;
    client.open(bigUri, bigCatalog(200, 100));
    // Each request is sent once the previous one is answered: a check done in one stretch (or two)
    // would publish before the third answer.
    for (let turn = 0; turn < 6; turn++) {
      await askAboutTheSmallFile(turn);
      assert.ok(!client.published.some((params) => params.uri === bigUri), `answer ${turn + 1} came after the catalog's diagnostics`);
    }
    const diagnostics = await client.diagnosticsFor(bigUri, (list) => list.length > 0, 180_000);
    assert.equal(diagnostics.length, 1001, 'the first 1,000 findings and one that counts the rest');
  });

  it("drops the check of a version an edit replaced: only the newest version's diagnostics are published", async () => {
    const bigUri = pathToFileURL(path.join(folder, 'catalogo-editado.yaml')).href;
    client.open(bigUri, bigCatalog(200, 100));
    // Answered between two slices of the first version's check: that check is under way.
    await askAboutTheSmallFile(0);
    assert.ok(!client.published.some((params) => params.uri === bigUri));
    client.change(bigUri, 2, bigCatalog(200, 100, '    modified: 27/05/2014'));
    const diagnostics = await client.diagnosticsFor(bigUri, (list) => list.length > 0, 180_000);
    const isDateFinding = (diagnostic: { data?: unknown }): boolean => (diagnostic.data as { rule?: string } | undefined)?.rule === 'fecha-iso8601';
    assert.ok(diagnostics.some(isDateFinding), 'the edited version is checked');
    const publications = client.published.filter((params) => params.uri === bigUri);
    assert.ok(
      publications.every((params) => params.diagnostics.some(isDateFinding)),
      "the first version's check never published",
    );
  });
});

describe('indexing a workspace', () => {
  let folder: string;

  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-indice-'));
    for (let i = 0; i < 5; i++) writeFileSync(path.join(folder, `conjunto-${i}.dcat.yaml`), `identifier: c${i}\ntitle: Conjunto ${i}\n`);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('reports its progress (begin, then end) to a client that supports window/workDoneProgress', async () => {
    const client = new TestLspClient();
    try {
      await client.initialize(folder, { language: 'es', trusted: true }, { workDoneProgress: true });
      const end = await client.notification<{ token: string; value: { kind: string } }>('$/progress', (params) => params.value.kind === 'end');
      const created = client.notifications.find((entry) => entry.method === 'window/workDoneProgress/create')?.params as { token: string } | undefined;
      assert.ok(created, 'the progress is created first');
      const progress = client.notifications
        .filter((entry) => entry.method === '$/progress')
        .map((entry) => entry.params as { token: string; value: { kind: string; title?: string } });
      assert.ok(progress.every((params) => params.token === created.token));
      assert.equal(progress[0]!.value.kind, 'begin');
      assert.equal(progress[0]!.value.title, 'Guía: revisando los archivos del espacio de trabajo');
      assert.equal(progress.at(-1), end);
      // The workspace's files are indexed: each gets its diagnostics.
      await client.diagnosticsFor(pathToFileURL(path.join(folder, 'conjunto-4.dcat.yaml')).href);
    } finally {
      await client.shutdown();
    }
  });

  it('indexes without progress for a client that does not support it', async () => {
    const client = new TestLspClient();
    try {
      await client.initialize(folder);
      await client.diagnosticsFor(pathToFileURL(path.join(folder, 'conjunto-4.dcat.yaml')).href);
      assert.ok(!client.notifications.some((entry) => entry.method === 'window/workDoneProgress/create' || entry.method === '$/progress'));
    } finally {
      await client.shutdown();
    }
  });
});
