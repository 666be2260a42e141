import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, type Diagnostic } from 'vscode-languageserver-protocol';
import { CoverageChangedNotification, type CoverageReport } from '../../server/src/protocol/protocol';
import { TestLspClient } from '../support/lspClient';
import { sampleDataset } from '../support/sampleDataset';

/**
 * Settings as VS Code holds them: each workspace folder may have its own (`resource` scope), and a
 * change of one that does not touch which files are ours re-publishes without reading them again.
 */
const DATASET = sampleDataset('poblacion', 'Población por municipio');

const errors = (diagnostics: Diagnostic[]): number => diagnostics.filter((diagnostic) => diagnostic.severity === 1).length;
const information = (diagnostics: Diagnostic[]): number => diagnostics.filter((diagnostic) => diagnostic.severity === 3).length;

describe('settings per workspace folder over the protocol', () => {
  const roots: string[] = [];
  const clients: TestLspClient[] = [];
  after(async () => {
    for (const client of clients) await client.shutdown();
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  function workspace(names: string[]): string[] {
    const root = mkdtempSync(path.join(tmpdir(), 'guia-carpetas-'));
    roots.push(root);
    return names.map((name) => {
      const folder = path.join(root, name);
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'poblacion.dcat.yaml'), DATASET);
      return folder;
    });
  }

  it('judges each folder at the target level its own settings give (workspace/configuration with scopeUri)', async () => {
    const [salud, energia] = workspace(['salud', 'energia']) as [string, string];
    const levels: Record<string, string> = { [pathToFileURL(salud).href]: 'basico', [pathToFileURL(energia).href]: 'avanzado' };
    const asked: Array<string | undefined> = [];
    const client = new TestLspClient((scopeUri) => {
      asked.push(scopeUri);
      return { evaluationDate: '2026-11-27', targetLevel: scopeUri === undefined ? 'intermedio' : levels[scopeUri] };
    });
    clients.push(client);
    await client.initialize([salud, energia]);
    const report = await client.notification<CoverageReport>(CoverageChangedNotification.method, (params) => (params.institutions ?? []).length === 2);
    const byRoot = Object.fromEntries((report.institutions ?? []).map((institution) => [institution.root, [institution.targetLevel, institution.targetLevelSource]]));
    assert.deepEqual(byRoot, { [pathToFileURL(salud).href]: ['basico', 'setting'], [pathToFileURL(energia).href]: ['avanzado', 'setting'] });
    assert.deepEqual(asked.sort(), Object.keys(levels).sort());
  });

  it('re-publishes on a change of guia.showAboveTarget without reading the files again; a change of the patterns reads them', async () => {
    const [folder] = workspace(['unica']) as [string];
    const file = path.join(folder, 'poblacion.dcat.yaml');
    const uri = pathToFileURL(file).href;
    const client = new TestLspClient({ evaluationDate: '2026-11-27', showAboveTarget: false });
    clients.push(client);
    await client.initialize(folder);
    const first = await client.diagnosticsFor(uri);
    assert.equal(information(first), 0);
    const errorsBefore = errors(first);

    // Changed on disk with nobody told (no watcher event): only reading the file again shows it.
    writeFileSync(file, DATASET.replace(/^title: .*\n/m, '').replace(/^description: .*\n/m, ''));

    client.settings = { evaluationDate: '2026-11-27', showAboveTarget: true };
    void client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const shown = await client.diagnosticsFor(uri, (diagnostics) => information(diagnostics) > 0);
    assert.equal(errors(shown), errorsBefore, 'the file was not read again');

    client.settings = { evaluationDate: '2026-11-27', showAboveTarget: true, metadataFiles: ['**/*.dcat.yaml'] };
    void client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const reread = await client.diagnosticsFor(uri, (diagnostics) => errors(diagnostics) > errorsBefore);
    assert.ok(errors(reread) >= errorsBefore + 2, 'new patterns index the workspace again, reading the file as it is now');
  });
});
