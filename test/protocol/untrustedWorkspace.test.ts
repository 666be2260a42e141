import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TestLspClient } from '../support/lspClient';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol';
import { ServerCommands, type LinkCheckSummary } from '../../server/src/protocol/protocol';
import { LinkTestServer } from '../support/linkServer';

/**
 * Restricted mode (an untrusted folder): the server must not reach the network, nor use the
 * workspace's own file patterns or data mappings, nor let its settings raise the size limit.
 * The same workspace is then opened trusted, to show each restriction is what made the difference.
 */
const DATASET = (base: string): string => `identifier: enlaces
title: Conjunto con enlaces
description: Recursos servidos por un servidor local de prueba.
modified: 2026-11-01
contactPoint: Dirección de Datos
mbox: datos@ejemplo.gob.mx
accrualPeriodicity: R/P1Y
landingPage: https://www.ejemplo.gob.mx/enlaces
distribution:
  - title: Responde
    downloadURL: ${base}/ok.csv
    mediaType: text/csv
  - title: No existe
    downloadURL: ${base}/no-existe.csv
    mediaType: text/csv
`;

/** Settings a hostile folder could carry in its .vscode/settings.json. */
const WORKSPACE_SETTINGS = {
  planFiles: ['**/mi-plan.yml'],
  metadataFiles: ['**/*.dcat.yaml'],
  dataMappings: { 'https://datos.ejemplo.gob.mx/': '/etc' },
  maxFileSizeKB: 1_000_000,
};

describe('restricted mode (untrusted workspace) over the protocol', () => {
  const links = new LinkTestServer();
  let folder: string;
  let base: string;

  before(async () => {
    base = await links.start();
    folder = mkdtempSync(path.join(tmpdir(), 'guia-restringido-'));
    writeFileSync(path.join(folder, 'enlaces.dcat.yaml'), DATASET(base));
    writeFileSync(path.join(folder, 'mi-plan.yml'), 'institucion:\n  nombre: Ejemplo\n');
    mkdirSync(path.join(folder, 'grande'));
    // Just above the default limit (5,120 KB): too big, unless a setting raises the limit.
    writeFileSync(path.join(folder, 'grande', 'enorme.dcat.yaml'), `title: enorme\ndescription: ${'x'.repeat(5121 * 1024)}\n`);
  });

  after(async () => {
    await links.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const uri = (relative: string): string => pathToFileURL(path.join(folder, relative)).href;
  const rules = (diagnostics: Array<{ data?: unknown }>): string[] => diagnostics.map((diagnostic) => String((diagnostic.data as { rule?: string }).rule));

  it('refuses the link check with a clear message and sends nothing to the network', async () => {
    const client = new TestLspClient(WORKSPACE_SETTINGS);
    try {
      const result = await client.initialize(folder, { language: 'es', trusted: false });
      // Declared either way, so the client can explain why it is refused.
      assert.deepEqual(result.capabilities.executeCommandProvider?.commands, [ServerCommands.checkLinks]);
      await client.diagnosticsFor(uri('enlaces.dcat.yaml'));
      await assert.rejects(
        client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.checkLinks, arguments: [] }),
        (error: Error) => /modo restringido/.test(error.message) && /confía en la carpeta/.test(error.message),
      );
      assert.deepEqual(links.requests, []);
      const diagnostics = await client.diagnosticsFor(uri('enlaces.dcat.yaml'));
      assert.ok(!rules(diagnostics).includes('url-no-disponible'));
    } finally {
      await client.shutdown();
    }
  });

  it("ignores the workspace's file patterns and keeps the default size limit", async () => {
    const client = new TestLspClient(WORKSPACE_SETTINGS);
    try {
      await client.initialize(folder, { language: 'es', trusted: false });
      const big = await client.diagnosticsFor(uri('grande/enorme.dcat.yaml'));
      assert.deepEqual(rules(big), ['archivo-demasiado-grande']);
      assert.match(String(big[0]!.message), /límite es 5120 KB.*guia\.maxFileSizeKB/);
      // `**/mi-plan.yml` as plan files is the workspace's pattern: not used, so that file is not checked.
      const plainText = await client
        .diagnosticsFor(uri('mi-plan.yml'), () => true, 500)
        .then(
          () => 'published',
          () => 'none',
        );
      assert.equal(plainText, 'none');
    } finally {
      await client.shutdown();
    }
  });

  it('without a trusted flag from the client, runs in restricted mode', async () => {
    const client = new TestLspClient(WORKSPACE_SETTINGS);
    try {
      await client.initialize(folder, { language: 'es' });
      const big = await client.diagnosticsFor(uri('grande/enorme.dcat.yaml'));
      assert.deepEqual(rules(big), ['archivo-demasiado-grande']);
      await assert.rejects(client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.checkLinks, arguments: [] }), (error: Error) =>
        /modo restringido/.test(error.message),
      );
      assert.deepEqual(links.requests, []);
    } finally {
      await client.shutdown();
    }
  });

  it('trusted, the same workspace uses its settings and checks links on request, but never asks a private address', async () => {
    const client = new TestLspClient(WORKSPACE_SETTINGS);
    try {
      await client.initialize(folder, { language: 'es', trusted: true });
      // The raised limit and the workspace's plan pattern now apply.
      await client.diagnosticsFor(uri('mi-plan.yml'), (list) => list.length > 0);
      const big = await client.diagnosticsFor(uri('grande/enorme.dcat.yaml'), (list) => list.length > 0);
      assert.ok(!rules(big).includes('archivo-demasiado-grande'));

      const summary = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.checkLinks, arguments: [] })) as LinkCheckSummary;
      // The test server listens on 127.0.0.1: the server refuses it, as it would any workspace's intranet.
      assert.deepEqual([summary.checked, summary.broken], [2, 2]);
      assert.deepEqual(links.requests, []);
      const diagnostics = await client.diagnosticsFor(uri('enlaces.dcat.yaml'), (list) => rules(list).includes('url-no-disponible'));
      const broken = diagnostics.filter((diagnostic) => (diagnostic.data as { rule: string }).rule === 'url-no-disponible');
      assert.deepEqual(
        broken.map((diagnostic) => [diagnostic.range.start.line + 1, diagnostic.code, diagnostic.severity]),
        [
          [11, 'basico-3b', 1],
          [14, 'basico-3b', 1],
        ],
      );
      for (const diagnostic of broken) assert.match(String(diagnostic.message), /dirección privada, no se consulta \(127\.0\.0\.1 no es una dirección pública/);
    } finally {
      await client.shutdown();
    }
  });
});
