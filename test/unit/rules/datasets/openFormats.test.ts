import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, GOOD_DATASET, ruleFindings, withLine } from './datasetWorkspace';

const states = (report: ReturnType<typeof check>) => report.coverage.basico.requirements['basico-2a'];

describe('basico-2a: open formats', () => {
  it('passes open resources, and Excel or PDF next to an open one', () => {
    assert.deepEqual(ruleFindings(check({ 'a.dcat.yaml': GOOD_DATASET }), 'a.dcat.yaml', 'basico-2a'), []);
    const withExcel = withLine(21, '    mediaType: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const report = check({ 'a.dcat.yaml': withExcel });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2a'), []);
    assert.equal(states(report), 'met');
  });

  it('fails a dataset whose only resources are proprietary, on each mediaType', () => {
    const text = withLine(21, '    mediaType: application/pdf', withLine(15, '    mediaType: application/vnd.ms-excel'));
    const report = check({ 'a.dcat.yaml': text });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2a'), ['15:formato-no-abierto', '21:formato-no-abierto']);
    const message = report.files[0]!.diagnostics.find((diagnostic) => diagnostic.code === 'basico-2a')!.message;
    assert.match(message, /«Rezago por municipio» está en Excel 97-2003 \(propietario\).*publica también una versión en CSV/);
    assert.equal(states(report), 'unmet');
  });

  it('reads ADELA format names and the format field when mediaType is not an IANA type', () => {
    const text = withLine(21, '    mediaType: XLSX', withLine(15, '    mediaType: XLS'));
    assert.deepEqual(ruleFindings(check({ 'a.dcat.yaml': text }), 'a.dcat.yaml', 'basico-2a'), ['15:formato-no-abierto', '21:formato-no-abierto']);
    const csvByFormat = withLine(15, '    format: CSV', withLine(21, '    mediaType: application/vnd.ms-excel'));
    assert.deepEqual(ruleFindings(check({ 'a.dcat.yaml': csvByFormat }), 'a.dcat.yaml', 'basico-2a'), []);
  });

  it('questions a media type it does not know, as a recommendation', () => {
    const report = check({ 'a.dcat.yaml': withLine(21, '    mediaType: application/x-netcdf') });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2a'), ['21:formato-desconocido']);
    assert.equal(report.files[0]!.diagnostics.find((diagnostic) => diagnostic.code === 'basico-2a')!.severity, 2);
    assert.equal(states(report), 'partial');
  });

  it('is partly met when one dataset of a catalog fails and another passes', () => {
    const indent = (text: string): string => text.trimEnd().split('\n').map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`)).join('\n');
    const bad = withLine(21, '    mediaType: application/pdf', withLine(15, '    mediaType: application/pdf')).replace('rezago-social', 'otro').replace('Índice de rezago social', 'Otro').replace(/rezago\.(csv|rdf)/g, 'otro.$1');
    const report = check({ 'catalogo.yaml': `dataset:\n${indent(GOOD_DATASET)}\n${indent(bad)}\n` });
    assert.deepEqual(ruleFindings(report, 'catalogo.yaml', 'basico-2a'), ['39:formato-no-abierto', '45:formato-no-abierto']);
    assert.equal(states(report), 'partial');
  });
});
