import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CoverageChangedNotification, CoverageRequest, type CoverageReport } from '../../server/src/protocol/protocol';
import { TestLspClient } from '../support/lspClient';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples', 'completo');

describe('language server over stdio: coverage', () => {
  let folder: string;
  let client: TestLspClient;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-coverage-'));
    cpSync(EXAMPLES, folder, { recursive: true });
    client = new TestLspClient({ evaluationDate: '2026-11-27' });
    await client.initialize(folder);
  });

  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('notifies the coverage of the workspace after indexing, and answers the coverage request', async () => {
    const notified = await client.notification<CoverageReport>(CoverageChangedNotification.method, (report) => (report.files.plan ?? 0) > 0);
    assert.equal(notified.targetLevel, 'intermedio');
    assert.equal(notified.targetLevelSource, 'plan');
    assert.equal(notified.coverage.basico.total, 8);
    const requested = await client.connection.sendRequest(CoverageRequest.type);
    assert.deepEqual(requested.coverage, notified.coverage);
  });

  it('notifies again when an edit changes a requirement state', async () => {
    const uri = pathToFileURL(path.join(folder, 'datos', 'rezago-social.dcat.yaml')).href;
    const before = await client.connection.sendRequest(CoverageRequest.type);
    assert.notEqual(before.coverage.basico.requirements['basico-2b'], 'unmet');
    client.open(uri, 'identifier: rezago-social\ntitle: Sin lo demás\n');
    const after = await client.notification<CoverageReport>(
      CoverageChangedNotification.method,
      (report) => report.coverage.basico.requirements['basico-2b'] !== before.coverage.basico.requirements['basico-2b'],
    );
    assert.ok((after.findings['basico-2b']?.count ?? 0) > 0);
    assert.equal(after.findings['basico-2b']!.first!.uri, uri);
  });
});
