import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ExportRequest, ImportRequest, type ExportAnswer, type ImportAnswer } from '../../server/src/protocol/protocol';
import { TestLspClient } from '../support/lspClient';
import { sampleDataset } from '../support/sampleDataset';

/**
 * `guia/import` and `guia/export`: the palette commands' work, done by the server with its own
 * index (the folder's patterns, the editors' unsaved text) and its one safe way of writing files.
 */
const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'adela');
const source = (name: string): string => pathToFileURL(path.join(FIXTURES, name)).href;
const href = (file: string): string => pathToFileURL(file).href;

const DATASET = (title: string): string => sampleDataset('agua-potable', title);

describe('import and export over the protocol', () => {
  let root: string;
  let folder: string;
  let outside: string;
  let client: TestLspClient;

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'guia-importar-'));
    folder = path.join(root, 'institucion');
    outside = path.join(root, 'fuera');
    mkdirSync(folder);
    mkdirSync(outside);
    // Named by the folder's own pattern, not the default one: only an export that follows
    // guia.metadataFiles sees it. The copy under node_modules/ is skipped like any scan skips it.
    writeFileSync(path.join(folder, 'agua.metadatos.yaml'), DATASET('Agua potable en disco'));
    mkdirSync(path.join(folder, 'node_modules', 'paquete'), { recursive: true });
    writeFileSync(path.join(folder, 'node_modules', 'paquete', 'otro.metadatos.yaml'), sampleDataset('otro', 'No es nuestro'));
    client = new TestLspClient({ metadataFiles: ['**/*.metadatos.yaml'] });
    await client.initialize(folder);
    await client.diagnosticsFor(href(path.join(folder, 'agua.metadatos.yaml')));
  });

  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  const importInto = (destination: string, existing: 'ask' | 'replace' | 'keep'): Promise<ImportAnswer> =>
    client.connection.sendRequest(ImportRequest.type, { sources: [source('catalogo-limpio.csv'), source('plan-limpio.csv')], destination: href(destination), existing });

  it('imports ADELA templates into a folder, and asks (writing nothing) before replacing', async () => {
    const destination = path.join(folder, 'importados');
    const first = await importInto(destination, 'ask');
    assert.equal(first.status, 'written');
    if (first.status !== 'written') return;
    const names = first.written.map((uri) => path.basename(fileURLToPath(uri))).sort();
    assert.deepEqual(names, readdirSync(destination).sort());
    assert.ok(names.includes('plan-de-apertura.yaml') && names.includes('indicadores-pobreza.dcat.yaml'), names.join(', '));
    assert.ok(first.datasets >= 2 && first.resources >= 2, `${first.datasets} datasets, ${first.resources} resources`);
    assert.match(first.summary, /importados\/plan-de-apertura\.yaml/);

    const plan = path.join(destination, 'plan-de-apertura.yaml');
    writeFileSync(plan, '# editado a mano\n');
    const again = await importInto(destination, 'ask');
    assert.deepEqual(again.status === 'conflicts' ? again.existing.sort() : again, names);
    assert.equal(readFileSync(plan, 'utf8'), '# editado a mano\n');

    const kept = await importInto(destination, 'keep');
    assert.deepEqual(kept.status === 'written' ? kept.written : kept, []);
    assert.equal(readFileSync(plan, 'utf8'), '# editado a mano\n');

    const replaced = await importInto(destination, 'replace');
    assert.equal(replaced.status === 'written' ? replaced.written.length : replaced, names.length);
    assert.notEqual(readFileSync(plan, 'utf8'), '# editado a mano\n');
  });

  it('never writes through a link, even when told to replace, and writes nothing then', async () => {
    const destination = path.join(outside, 'con-enlace');
    mkdirSync(destination);
    const victim = path.join(outside, 'no-tocar.txt');
    writeFileSync(victim, 'original\n');
    symlinkSync(victim, path.join(destination, 'plan-de-apertura.yaml'));
    await assert.rejects(importInto(destination, 'replace'), /enlace simbólico/);
    assert.equal(readFileSync(victim, 'utf8'), 'original\n');
    assert.deepEqual(readdirSync(destination), ['plan-de-apertura.yaml']);
    assert.ok(lstatSync(path.join(destination, 'plan-de-apertura.yaml')).isSymbolicLink());
  });

  it('says which input it cannot read, and writes nothing', async () => {
    const destination = path.join(outside, 'nada');
    const answer = await client.connection.sendRequest(ImportRequest.type, {
      sources: [source('catalogo-limpio.csv'), href(path.join(root, 'no-existe.csv'))],
      destination: href(destination),
      existing: 'ask',
    });
    assert.equal(answer.status, 'failed');
    assert.deepEqual(answer.status === 'failed' ? answer.failures.map((failure) => failure.name) : [], ['no-existe.csv']);
    assert.throws(() => readdirSync(destination));
  });

  it("exports the folder as the server indexes it: its own patterns, the editor's unsaved text, no node_modules", async () => {
    const open = href(path.join(folder, 'agua.metadatos.yaml'));
    client.open(open, DATASET('Agua potable sin guardar'));
    await client.diagnosticsFor(open, () => true);
    const target = path.join(outside, 'catalogo.json');
    const answer: ExportAnswer = await client.connection.sendRequest(ExportRequest.type, { format: 'catalogo', folder: href(folder), target: href(target) });
    assert.equal(answer.status, 'written');
    const catalog = JSON.parse(readFileSync(target, 'utf8')) as { dataset: Array<{ identifier: string; title: string }> };
    const titles = catalog.dataset.map((dataset) => dataset.title);
    assert.ok(titles.includes('Agua potable sin guardar'), titles.join(', '));
    assert.ok(!titles.includes('No es nuestro') && !titles.includes('Agua potable en disco'), titles.join(', '));
  });

  it('warns when the export is saved in the workspace under a name the Guide checks', async () => {
    const answer = await client.connection.sendRequest(ExportRequest.type, { format: 'dcat-ap', folder: href(folder), target: href(path.join(folder, 'x.metadatos.yaml')) });
    assert.equal(answer.status, 'written');
    assert.ok(answer.status === 'written' && answer.warnings.some((warning) => warning.includes('x.metadatos.yaml') && warning.includes('dos veces')), JSON.stringify(answer));
  });
});
