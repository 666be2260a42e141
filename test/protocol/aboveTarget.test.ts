import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { CoverageChangedNotification, type CoverageReport } from '../../server/src/protocol/protocol';
import { TestLspClient } from '../support/lspClient';

const DATASETS = 300;

/** A catalog shaped like an ADELA export: every dataset meets Básico, none says more than Básico asks. */
function bigCatalog(): string {
  const dataset = (n: number) => ({
    identifier: `conjunto-${n}`,
    title: `Conjunto de datos número ${n} de la institución`,
    description: `Registros administrativos del programa ${n}, por entidad federativa y mes.`,
    keyword: ['programa', `tema-${n % 7}`],
    modified: '2026-10-01T09:00:00-06:00',
    contactPoint: 'Dirección de Datos',
    mbox: 'datos@institucion.gob.mx',
    landingPage: `https://www.institucion.gob.mx/datos/${n}`,
    accrualPeriodicity: 'anual',
    distribution: [{ title: `Recurso ${n}`, downloadURL: `https://datos.institucion.gob.mx/${n}.csv`, mediaType: 'text/csv' }],
  });
  return JSON.stringify({ dataset: Array.from({ length: DATASETS }, (_, n) => dataset(n + 1)) }, null, 2);
}

describe('Problems on a big catalog over the protocol', () => {
  const folders: string[] = [];
  const clients: TestLspClient[] = [];
  after(async () => {
    for (const client of clients) await client.shutdown();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  async function publish(settings: Record<string, unknown>): Promise<{ diagnostics: Diagnostic[]; report: CoverageReport }> {
    const folder = mkdtempSync(path.join(tmpdir(), 'guia-catalogo-grande-'));
    folders.push(folder);
    const file = path.join(folder, 'catalogo.json');
    writeFileSync(file, bigCatalog());
    const client = new TestLspClient({ evaluationDate: '2026-11-27', ...settings });
    clients.push(client);
    await client.initialize(folder);
    const report = await client.notification<CoverageReport>(CoverageChangedNotification.method, (params) => (params.files.catalog ?? 0) > 0);
    const diagnostics = await client.diagnosticsFor(pathToFileURL(file).href);
    return { diagnostics, report };
  }

  it('keeps findings above the target level out of Problems by default, and the board still counts them', async () => {
    const { diagnostics, report } = await publish({});
    assert.deepEqual(
      diagnostics.filter((diagnostic) => diagnostic.severity === 3),
      [],
    );
    assert.ok(diagnostics.length < DATASETS, `${diagnostics.length} diagnostics for ${DATASETS} datasets`);
    assert.equal(report.targetLevel, 'basico');
    const above = Object.entries(report.findings).filter(([id]) => !id.startsWith('basico-'));
    const count = above.reduce((sum, [, entry]) => sum + entry.count, 0);
    assert.ok(count >= DATASETS, `the board counts ${count} findings above Básico`);
    assert.ok(
      above.every(([, entry]) => entry.first !== undefined),
      'the board can reveal each of them',
    );
  });

  it('shows them inline as information with guia.showAboveTarget', async () => {
    const { diagnostics } = await publish({ showAboveTarget: true });
    assert.ok(diagnostics.filter((diagnostic) => diagnostic.severity === 3).length >= DATASETS);
    // About the workspace as a whole, not about the first dataset's line.
    const workspaceWide = diagnostics.find((diagnostic) => (diagnostic.data as { rule: string }).rule === 'sin-servicio-ni-datos-enlazados');
    assert.deepEqual(workspaceWide?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
});
