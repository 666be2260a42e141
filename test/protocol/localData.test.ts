import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../support/lspClient';

const DATASET = (downloadURL: string): string => `identifier: becas
title: Becas por municipio
description: Becas otorgadas por municipio.
modified: 2026-11-01
contactPoint: Dirección de Becas
mbox: becas@ejemplo.gob.mx
landingPage: https://www.ejemplo.gob.mx/datos/becas
accrualPeriodicity: anual
quality: Se validan claves y montos en cada actualización.
distribution:
  - title: Becas 2026
    downloadURL: ${downloadURL}
    mediaType: text/csv
`;

const rules = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => `${d.range.start.line + 1}:${(d.data as { rule: string }).rule}`);

describe('language server over stdio: local data files', () => {
  let folder: string;
  let client: TestLspClient;
  const uri = (relative: string): string => pathToFileURL(path.join(folder, relative)).href;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-datos-'));
    mkdirSync(path.join(folder, 'datos'));
    writeFileSync(path.join(folder, 'datos', 'becas.dcat.yaml'), DATASET('becas.csv'));
    writeFileSync(path.join(folder, 'datos', 'becas.csv'), 'cve_mun,municipio,monto\n14039,Guadalajara,1500\n14120,Zapopan\n');
    writeFileSync(path.join(folder, 'datos', 'publicado.csv'), 'cve_mun,monto\n14039,$900\n');
    // Checks of data files belong to the intermediate level: shown inline for these tests.
    client = new TestLspClient({ dataMappings: { 'https://datos.ejemplo.gob.mx/': 'datos/' }, showAboveTarget: true });
    await client.initialize(folder);
  });

  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('checks the CSV behind a relative downloadURL found on disk and reports on both files', async () => {
    const csv = await client.diagnosticsFor(uri('datos/becas.csv'), (list) => list.length > 0);
    assert.deepEqual(rules(csv), ['3:fila-irregular']);
    const metadata = await client.diagnosticsFor(uri('datos/becas.dcat.yaml'), (list) => list.some((d) => (d.data as { rule: string }).rule === 'datos-locales-con-problemas'));
    assert.ok(rules(metadata).includes('12:datos-locales-con-problemas'));
  });

  it('follows an edit of the downloadURL to a mapped URL, and clears the file no longer used', async () => {
    const metadataUri = uri('datos/becas.dcat.yaml');
    client.open(metadataUri, DATASET('becas.csv'));
    client.change(metadataUri, 2, DATASET('https://datos.ejemplo.gob.mx/publicado.csv'));
    const published = await client.diagnosticsFor(uri('datos/publicado.csv'), (list) => list.length > 0);
    assert.deepEqual(rules(published), ['2:simbolo-en-numero']);
    await client.diagnosticsFor(uri('datos/becas.csv'), (list) => list.length === 0);
  });

  it('says when a relative downloadURL points at no file', async () => {
    const metadataUri = uri('datos/becas.dcat.yaml');
    client.change(metadataUri, 3, DATASET('no-existe.csv'));
    const metadata = await client.diagnosticsFor(metadataUri, (list) => list.some((d) => (d.data as { rule: string }).rule === 'archivo-local-no-encontrado'));
    assert.ok(rules(metadata).includes('12:archivo-local-no-encontrado'));
  });

  it('checks the file again when it changes on disk', async () => {
    const metadataUri = uri('datos/becas.dcat.yaml');
    client.change(metadataUri, 4, DATASET('becas.csv'));
    await client.diagnosticsFor(uri('datos/becas.csv'), (list) => list.length === 1);
    writeFileSync(path.join(folder, 'datos', 'becas.csv'), 'cve_mun,municipio,monto\n14039,Guadalajara,1500\n');
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('datos/becas.csv'), type: 2 }] });
    await client.diagnosticsFor(uri('datos/becas.csv'), (list) => list.length === 0);
  });
});
