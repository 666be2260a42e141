import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CoverageChangedNotification, type CoverageReport } from '../../server/src/protocol/protocol';
import { TestLspClient } from '../support/lspClient';

const GOOD = readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'completo', 'datos', 'rezago-social.dcat.yaml'), 'utf8');

describe('language server over stdio: symbolic links in the workspace', () => {
  let root: string;
  let client: TestLspClient;
  const uriOf = (name: string): string => pathToFileURL(path.join(root, 'espacio', name)).href;

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'guia-links-'));
    mkdirSync(path.join(root, 'espacio'));
    writeFileSync(path.join(root, 'secreto.yaml'), 'identifier: clave-secreta-123\ntitle: x\n');
    writeFileSync(path.join(root, 'espacio', 'bueno.dcat.yaml'), GOOD);
    symlinkSync(path.join(root, 'secreto.yaml'), path.join(root, 'espacio', 'enlace.dcat.yaml'));
    client = new TestLspClient({ evaluationDate: '2026-11-27' });
    await client.initialize(path.join(root, 'espacio'));
  });

  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('never reads a file through a link, neither while scanning nor when the watcher reports it', async () => {
    await client.notification<CoverageReport>(CoverageChangedNotification.method, (report) => (report.files.dataset ?? 0) === 1);
    // The watcher reports the link changed, together with a new real file (its diagnostics tell the change was handled).
    writeFileSync(path.join(root, 'espacio', 'nuevo.dcat.yaml'), GOOD.replace('identifier: rezago-social', 'identifier: nuevo').replace(/^mbox: .*$/m, 'mbox: no-es-correo'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: uriOf('enlace.dcat.yaml'), type: 2 },
        { uri: uriOf('nuevo.dcat.yaml'), type: 1 },
      ],
    });
    await client.diagnosticsFor(uriOf('nuevo.dcat.yaml'), (diagnostics) => diagnostics.length > 0);
    const report = await client.notification<CoverageReport>(CoverageChangedNotification.method, (candidate) => (candidate.files.dataset ?? 0) === 2);
    assert.equal(report.files.dataset, 2, 'bueno and nuevo; the link is not a file of the workspace');
    assert.ok(!client.published.some((params) => params.uri === uriOf('enlace.dcat.yaml') && params.diagnostics.length > 0));
    assert.ok(!client.published.some((params) => params.diagnostics.some((diagnostic) => JSON.stringify(diagnostic.message).includes('clave-secreta'))));
  });
});
