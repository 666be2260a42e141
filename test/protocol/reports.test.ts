import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { CoverageChangedNotification, CoverageRequest, TimelineRequest } from '../../server/src/protocol/protocol';
import { TestLspClient } from '../support/lspClient';

const PLAN = `plan:
  - conjunto: escuelas
    periodicidad: anual
    fechaPublicacion: 2026-01-15
  - conjunto: becas
    periodicidad: anual
    fechaPublicacion: 2026-12-10
`;

const CATALOG = JSON.stringify(
  {
    dataset: [
      {
        identifier: 'escuelas',
        title: 'Escuelas',
        modified: '2026-11-01',
        accrualPeriodicity: 'mensual',
        distribution: [
          { title: 'CSV', downloadURL: 'https://datos.ejemplo.gob.mx/escuelas.csv', mediaType: 'text/csv' },
          { title: 'RDF', downloadURL: 'https://datos.ejemplo.gob.mx/escuelas.rdf', mediaType: 'application/rdf+xml' },
        ],
      },
      {
        identifier: 'informes',
        title: 'Informes',
        modified: '2025-01-10',
        accrualPeriodicity: 'anual',
        distribution: [{ title: 'PDF', downloadURL: 'https://datos.ejemplo.gob.mx/informe.pdf', mediaType: 'application/pdf' }],
      },
      { identifier: 'vacio', title: 'Vacío', modified: '2026-01-01', accrualPeriodicity: 'irregular', distribution: [] },
    ],
  },
  null,
  2,
);

describe('language server over stdio: dataset CodeLenses and the plan timeline', () => {
  let folder: string;
  let client: TestLspClient;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-reports-'));
    mkdirSync(path.join(folder, 'datos'));
    writeFileSync(path.join(folder, 'plan-de-apertura.yaml'), PLAN);
    writeFileSync(path.join(folder, 'datos', 'catalogo.json'), CATALOG);
    client = new TestLspClient({ evaluationDate: '2026-11-27' });
    await client.initialize(folder);
    await client.notification(CoverageChangedNotification.method, (report: { files: Record<string, number> }) => (report.files.plan ?? 0) > 0 && (report.files.catalog ?? 0) > 0);
  });

  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows openness stars, resources, the next update and the metadata quality above each dataset of a catalog', async () => {
    const uri = pathToFileURL(path.join(folder, 'datos', 'catalogo.json')).href;
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const summary = lenses.map((lens) => `${lens.range.start.line}|${lens.command!.title}|${lens.command!.command}|${JSON.stringify(lens.command!.arguments)}`);
    assert.deepEqual(summary, [
      `2|${'$(star-full)'.repeat(4)}$(star-empty) 4 de 5 estrellas · 2 recursos|guia.openRequirement|["avanzado-2a"]`,
      '2|$(bell) Actualización pendiente: vence el 2026-12-02 (en 5 días)|guia.showTimeline|["escuelas"]',
      '2|$(graph) Calidad de metadatos: 125/405 · suficiente||undefined',
      `20|$(star-full)${'$(star-empty)'.repeat(4)} 1 de 5 estrellas · 1 recurso|guia.openRequirement|["avanzado-2a"]`,
      '20|$(warning) Actualización vencida desde el 2026-01-11 (320 días de retraso)|guia.showTimeline|["informes"]',
      '20|$(graph) Calidad de metadatos: 85/405 · mala||undefined',
      '33|Sin recursos: sin calificación de apertura|guia.openRequirement|["avanzado-2a"]',
      '33|$(calendar) Próxima actualización: sin fecha (periodicidad irregular o desconocida)|guia.showTimeline|["vacio"]',
      '33|$(graph) Calidad de metadatos: 5/405 · mala||undefined',
    ]);
  });

  it('follows the text being edited, not only the file on disk', async () => {
    const uri = pathToFileURL(path.join(folder, 'nuevo.dcat.yaml')).href;
    client.open(
      uri,
      'identifier: nuevo\nmodified: 2026-11-20\naccrualPeriodicity: anual\ndistribution:\n  - mediaType: text/csv\n    downloadURL: https://datos.ejemplo.gob.mx/nuevo.csv\n',
    );
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(
      lenses.map((lens) => lens.command!.title),
      [
        `${'$(star-full)'.repeat(3)}${'$(star-empty)'.repeat(2)} 3 de 5 estrellas · 1 recurso`,
        '$(calendar) Próxima actualización: 2027-11-21',
        // As `guia check --format json` scores the same text: a resource with format and URL counts.
        '$(graph) Calidad de metadatos: 125/405 · suficiente',
      ],
    );
    const plan = pathToFileURL(path.join(folder, 'plan-de-apertura.yaml')).href;
    assert.deepEqual(await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: plan } }), [], 'plans have no dataset lenses');
  });

  it("sends the workspace's metadata quality with the coverage report, for the board", async () => {
    const report = await client.connection.sendRequest(CoverageRequest.type);
    assert.equal(report.quality?.workspace?.max, 405);
    assert.ok(['escuelas', 'informes', 'vacio'].every((identifier) => report.quality!.datasets.some((dataset) => dataset.identifier === identifier)));
  });

  it('answers the timeline request with each planned dataset at the evaluation date', async () => {
    const timeline = await client.connection.sendRequest(TimelineRequest.type, {});
    assert.equal(timeline.today, '2026-11-27');
    assert.equal(timeline.institution, undefined, 'one institution: its name is not repeated on its own timeline');
    assert.deepEqual(
      timeline.entries.map((entry) => [entry.identifier, entry.status, entry.due, entry.nextUpdate ?? entry.publicationDate]),
      [
        ['escuelas', 'due-soon', 'update', '2026-12-02'],
        ['becas', 'due-soon', 'publication', '2026-12-10'],
      ],
    );
    assert.equal(timeline.entries[0]!.dataset?.uri, pathToFileURL(path.join(folder, 'datos', 'catalogo.json')).href);
  });
});
