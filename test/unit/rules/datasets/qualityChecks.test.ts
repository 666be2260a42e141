import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, checkWithData, GOOD_DATASET, ruleFindings, withLine } from './datasetWorkspace';

const LOCAL = withLine(14, '    downloadURL: datos/rezago.csv');
const GOOD_CSV = 'cve_mun,municipio,indice,fecha_corte\n01001,Aguascalientes,-1.49,2020-03-15\n31050,Mérida,-1.33,2020-03-15\n';

describe('intermedio-3b: quality documented and checked', () => {
  it('passes a dataset that states its quality control and whose local CSV is clean', async () => {
    const report = await checkWithData({ 'ws/a.dcat.yaml': LOCAL }, { 'ws/datos/rezago.csv': GOOD_CSV });
    assert.deepEqual(ruleFindings(report, 'ws/a.dcat.yaml', 'intermedio-3b'), []);
    assert.deepEqual(ruleFindings(report, 'ws/datos/rezago.csv', 'intermedio-3b'), []);
    assert.equal(report.coverage.intermedio.requirements['intermedio-3b'], 'met');
  });

  it('asks for quality on the dataset, or on the key when it is left empty', () => {
    const missing = check({ 'a.dcat.yaml': withLine(11, undefined) });
    assert.deepEqual(ruleFindings(missing, 'a.dcat.yaml', 'intermedio-3b'), ['1:sin-control-de-calidad']);
    assert.equal(missing.coverage.intermedio.requirements['intermedio-3b'], 'unmet');
    assert.deepEqual(ruleFindings(check({ 'a.dcat.yaml': withLine(11, 'quality: ""') }), 'a.dcat.yaml', 'intermedio-3b'), ['11:sin-control-de-calidad']);
  });

  it('reports each data problem on its line of the CSV and sums them up on the downloadURL', async () => {
    const csv = 'cve_mun,municipio,monto,,fecha\n01001,Aguascalientes,"$1,500",x,15/08/2023\n01002,Asientos,900,x\n\n01003,Calvillo,1200,x,2023-09-01\n';
    const report = await checkWithData({ 'ws/a.dcat.yaml': LOCAL }, { 'ws/datos/rezago.csv': csv });
    assert.deepEqual(ruleFindings(report, 'ws/datos/rezago.csv', 'intermedio-3b'), [
      '1:encabezado-vacio',
      '2:simbolo-en-numero',
      '2:fecha-no-iso',
      '3:fila-irregular',
      '4:fila-vacia',
    ]);
    assert.deepEqual(ruleFindings(report, 'ws/a.dcat.yaml', 'intermedio-3b'), ['14:datos-locales-con-problemas']);
    const summary = report.files.find((file) => file.id === 'ws/a.dcat.yaml')!.diagnostics.find((diagnostic) => diagnostic.code === 'intermedio-3b')!;
    assert.match(summary.message, /rezago\.csv .*5 problemas: encabezados vacíos, símbolos en números, fechas que no son ISO 8601, filas con otro número de celdas, filas vacías/);
    assert.equal(report.files.find((file) => file.id === 'ws/datos/rezago.csv')!.kind, 'csv');
    assert.equal(report.coverage.intermedio.requirements['intermedio-3b'], 'unmet');
  });

  it('is partly met when one of two datasets fails', async () => {
    const other = GOOD_DATASET.replace('rezago-social', 'pobreza')
      .replace('Índice de rezago social', 'Pobreza')
      .replace(/rezago\.(csv|rdf)/g, 'pobreza.$1');
    const report = await checkWithData({ 'ws/a.dcat.yaml': LOCAL, 'ws/b.dcat.yaml': other }, { 'ws/datos/rezago.csv': 'a,b\n1\n' });
    assert.deepEqual(ruleFindings(report, 'ws/a.dcat.yaml', 'intermedio-3b'), ['14:datos-locales-con-problemas']);
    assert.equal(report.coverage.intermedio.requirements['intermedio-3b'], 'partial');
  });
});
