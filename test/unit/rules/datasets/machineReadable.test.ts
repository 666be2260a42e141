import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, GOOD_DATASET, otherDataset, ruleFindings, withLine } from './datasetWorkspace';

const findings = (text: string): string[] => ruleFindings(check({ 'a.dcat.yaml': text }), 'a.dcat.yaml', 'avanzado-2a');
/** GOOD_DATASET with its RDF resource (lines 19-23) turned into another CSV file. */
const ONLY_CSV = withLine(21, '    mediaType: text/csv', withLine(20, '    downloadURL: https://datos.coneval.gob.mx/rezago-2.csv'));

describe('avanzado-2a: machine-readable services', () => {
  it('passes a dataset with an RDF resource, byteSize on files and tools everywhere', () => {
    const report = check({ 'a.dcat.yaml': GOOD_DATASET });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'avanzado-2a'), []);
    assert.equal(report.coverage.avanzado.requirements['avanzado-2a'], 'met');
  });

  it('accepts a web service or feed instead of 4 stars, and needs no byteSize for a service', () => {
    const feed = withLine(22, undefined, withLine(21, '    mediaType: application/rss+xml', withLine(20, '    downloadURL: https://datos.coneval.gob.mx/novedades')));
    assert.deepEqual(findings(feed), []);
    const api = withLine(22, undefined, withLine(21, '    mediaType: application/json', withLine(20, '    downloadURL: https://api.coneval.gob.mx/rezago?anio=2020')));
    assert.deepEqual(findings(api), []);
  });

  it('does not take a static JSON, XML or CSV download for a web service', () => {
    for (const [url, type] of [
      ['https://datos.coneval.gob.mx/rezago.json', 'application/json'],
      ['https://datos.coneval.gob.mx/rezago.xml', 'application/xml'],
      ['https://datos.coneval.gob.mx/rezago-2.csv', 'text/csv'],
    ] as const) {
      const file = withLine(21, `    mediaType: ${type}`, withLine(20, `    downloadURL: ${url}`));
      assert.deepEqual(findings(file), ['1:sin-servicio-ni-datos-enlazados'], url);
    }
  });

  it("fails a workspace with no dataset at 4 stars and no service, at the start of the first dataset's file", () => {
    const report = check({ 'a.dcat.yaml': ONLY_CSV, 'b.dcat.yaml': otherDataset('pobreza', ONLY_CSV) });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'avanzado-2a'), ['1:sin-servicio-ni-datos-enlazados']);
    assert.deepEqual(ruleFindings(report, 'b.dcat.yaml', 'avanzado-2a'), []);
    assert.equal(report.coverage.avanzado.requirements['avanzado-2a'], 'partial');
  });

  it('fails a dataset below 3 stars (its best resource is Excel or PDF)', () => {
    const excel = withLine(21, '    mediaType: application/pdf', withLine(15, '    mediaType: application/vnd.ms-excel'));
    const report = check({ 'a.dcat.yaml': excel, 'b.dcat.yaml': otherDataset('pobreza') });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'avanzado-2a'), ['12:apertura-insuficiente']);
    assert.equal(report.files[0]!.diagnostics.find((diagnostic) => diagnostic.code === 'avanzado-2a')!.data.stars, 2);
  });

  it('asks file resources for byteSize and every resource for tools', () => {
    assert.deepEqual(findings(withLine(16, undefined)), ['13:sin-tamano']);
    assert.deepEqual(findings(withLine(23, '    tools: []')), ['19:sin-herramientas']);
    const report = check({ 'a.dcat.yaml': withLine(16, undefined, withLine(17, undefined)) });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'avanzado-2a'), ['13:sin-tamano', '13:sin-herramientas']);
    assert.equal(report.coverage.avanzado.requirements['avanzado-2a'], 'partial');
  });
});
