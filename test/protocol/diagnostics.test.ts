import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TestLspClient } from '../support/lspClient';

const FLAWED = `identifier: indicadores
title: Indicadores educativos
description: Indicadores por entidad.
modified: 27/05/2014
contactPoint: Dirección de Estadística
mbox: estadistica(at)sep.gob.mx
accrualPeriodicity: mensual
distribution:
  - title: Indicadores 2014
    downloadURL: https://datos.sep.gob.mx/indicadores.csv
    mediaType: CSV
`;

describe('language server over stdio: basico-2b diagnostics', () => {
  let folder: string;
  let client: TestLspClient;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-lsp-'));
    // The basico-2b findings only: what the other levels' rules say of FLAWED is hidden (target basico).
    client = new TestLspClient({ showAboveTarget: false });
    await client.initialize(folder);
  });

  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('publishes each missing or malformed field on its line, linked to its requirement page', async () => {
    const uri = pathToFileURL(path.join(folder, 'indicadores.dcat.yaml')).href;
    client.open(uri, FLAWED);
    const diagnostics = (await client.diagnosticsFor(uri, (list) => list.length > 0)).filter((d) => d.code === 'basico-2b');
    const summary = diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}:${(d.data as { rule: string }).rule}`);
    assert.deepEqual(summary, [
      '1:basico-2b:campo-obligatorio', // landingPage is missing: shown on the dataset's first key
      '4:basico-2b:fecha-iso8601',
      '6:basico-2b:correo',
      '11:basico-2b:tipo-de-medio',
    ]);
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'guía');
      assert.equal(diagnostic.severity, 1);
      const href = diagnostic.codeDescription!.href;
      assert.ok(href.endsWith('/es/basico-2b.md'), href);
      assert.ok(existsSync(fileURLToPath(href)), `the requirement page exists: ${href}`);
    }
    assert.match(String(diagnostics[1]!.message), /«modified».*ISO 8601/);
    const media = diagnostics[3]!;
    assert.deepEqual(media.range, { start: { line: 10, character: 15 }, end: { line: 10, character: 18 } });
  });

  it('clears a diagnostic when the user fixes the field', async () => {
    const uri = pathToFileURL(path.join(folder, 'corregido.dcat.yaml')).href;
    client.open(uri, FLAWED);
    await client.diagnosticsFor(uri, (list) => list.length === 4);
    client.change(uri, 2, FLAWED.replace('mediaType: CSV', 'mediaType: text/csv'));
    const after = await client.diagnosticsFor(uri, (list) => list.length === 3);
    assert.ok(!after.some((d) => (d.data as { rule: string }).rule === 'tipo-de-medio'));
  });

  it('ignores YAML files that are not ours, and recognises one that declares our schema', async () => {
    const other = pathToFileURL(path.join(folder, 'docker-compose.yaml')).href;
    client.open(other, 'services: {}\n');
    const declared = pathToFileURL(path.join(folder, 'cualquier-nombre.yaml')).href;
    client.open(declared, '# yaml-language-server: $schema=https://guia-datos-abiertos.mx/schemas/dataset.schema.json\ntitle: Sin lo demás\n');
    const diagnostics = await client.diagnosticsFor(declared, (list) => list.length > 0);
    assert.ok(diagnostics.every((d) => d.code === 'basico-2b'));
    await client.diagnosticsFor(pathToFileURL(path.join(folder, 'indicadores.dcat.yaml')).href);
    assert.equal(
      await Promise.race([
        client
          .diagnosticsFor(other, () => true, 300)
          .then(
            () => 'published',
            () => 'none',
          ),
      ]),
      'none',
    );
  });

  it('indexes files on disk at start-up and reports them without opening them', async () => {
    const disk = mkdtempSync(path.join(tmpdir(), 'guia-lsp-disk-'));
    writeFileSync(path.join(disk, 'en-disco.dcat.yaml'), FLAWED);
    const second = new TestLspClient({ showAboveTarget: false });
    try {
      await second.initialize(disk);
      const uri = pathToFileURL(path.join(disk, 'en-disco.dcat.yaml')).href;
      const diagnostics = await second.diagnosticsFor(uri, (list) => list.length > 0);
      assert.equal(diagnostics.length, 4);
    } finally {
      await second.shutdown();
      rmSync(disk, { recursive: true, force: true });
    }
  });
});
