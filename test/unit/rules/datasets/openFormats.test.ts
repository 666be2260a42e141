import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogItem, check, GOOD_DATASET, ruleFindings, withLine } from './datasetWorkspace';

const states = (report: ReturnType<typeof check>) => report.coverage.basico.requirements['basico-2a'];

/** GOOD_DATASET with each resource's download URL and mediaType replaced: [url, mediaType] per resource, undefined keeps it. */
function resources(first?: [string, string], second?: [string, string]): string {
  let text = GOOD_DATASET;
  if (first) text = withLine(14, `    downloadURL: ${first[0]}`, withLine(15, `    mediaType: ${first[1]}`, text));
  if (second) text = withLine(20, `    downloadURL: ${second[0]}`, withLine(21, `    mediaType: ${second[1]}`, text));
  return text;
}
const message = (report: ReturnType<typeof check>, rule: string): string =>
  report.files[0]!.diagnostics.find((diagnostic) => diagnostic.code === 'basico-2a' && (diagnostic.data as { rule?: string } | undefined)?.rule === rule)!.message;

describe('basico-2a: open formats', () => {
  it('passes open resources, and Excel or PDF next to an open one', () => {
    assert.deepEqual(ruleFindings(check({ 'a.dcat.yaml': GOOD_DATASET }), 'a.dcat.yaml', 'basico-2a'), []);
    const withExcel = resources(undefined, ['https://datos.coneval.gob.mx/rezago.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    const report = check({ 'a.dcat.yaml': withExcel });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2a'), []);
    assert.equal(states(report), 'met');
  });

  it('fails a dataset whose only resources are proprietary, on each mediaType', () => {
    const text = resources(['https://datos.coneval.gob.mx/rezago.xls', 'application/vnd.ms-excel'], ['https://datos.coneval.gob.mx/rezago.pdf', 'application/pdf']);
    const report = check({ 'a.dcat.yaml': text });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2a'), ['15:formato-no-abierto', '21:formato-no-abierto']);
    assert.match(message(report, 'formato-no-abierto'), /«Rezago por municipio» está en Excel 97-2003 \(propietario\).*publica también una versión en CSV/);
    assert.equal(states(report), 'unmet');
  });

  it('reads ADELA format names and the format field when mediaType is not an IANA type', () => {
    const text = resources(['https://datos.coneval.gob.mx/rezago.xls', 'XLS'], ['https://datos.coneval.gob.mx/rezago.xlsx', 'XLSX']);
    assert.deepEqual(ruleFindings(check({ 'a.dcat.yaml': text }), 'a.dcat.yaml', 'basico-2a'), ['15:formato-no-abierto', '21:formato-no-abierto']);
    const csvByFormat = withLine(15, '    format: CSV', resources(undefined, ['https://datos.coneval.gob.mx/rezago.xls', 'application/vnd.ms-excel']));
    assert.deepEqual(ruleFindings(check({ 'a.dcat.yaml': csvByFormat }), 'a.dcat.yaml', 'basico-2a'), []);
  });

  it('reads free words as catalogs write them: Excel with a trailing space, lists, csv/zip', () => {
    const onlyExcel = resources(['https://datos.coneval.gob.mx/rezago.xls', '"Excel "'], ['https://datos.coneval.gob.mx/rezago.pdf', 'excel, pdf']);
    const report = check({ 'a.dcat.yaml': onlyExcel });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2a'), ['15:formato-no-abierto', '21:formato-no-abierto']);
    assert.equal(report.files[0]!.diagnostics.find((diagnostic) => diagnostic.code === 'basico-2a')!.severity, 1);
    const zipped = resources(['https://datos.coneval.gob.mx/rezago.zip', 'csv/zip'], ['https://datos.coneval.gob.mx/rezago.xls', 'XLS']);
    assert.deepEqual(ruleFindings(check({ 'a.dcat.yaml': zipped }), 'a.dcat.yaml', 'basico-2a'), []);
  });

  it('never passes in silence a dataset whose formats nobody can tell: a database name or an unknown word is a warning', () => {
    const report = check({ 'a.dcat.yaml': resources(['https://datos.coneval.gob.mx/rezago', 'Oracle'], ['https://datos.coneval.gob.mx/servicio', 'Sistema Ebis']) });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2a'), ['15:formato-desconocido', '21:formato-desconocido']);
    assert.match(message(report, 'formato-desconocido'), /«Oracle», que es el sistema donde se guardan los datos/);
    assert.equal(report.files[0]!.diagnostics.find((diagnostic) => diagnostic.code === 'basico-2a')!.severity, 2);
    assert.notEqual(states(report), 'met');
  });

  it('takes the URL extension when the mediaType names no format, and reports a mediaType that contradicts it, naming both', () => {
    assert.deepEqual(ruleFindings(check({ 'a.dcat.yaml': resources(['https://datos.coneval.gob.mx/rezago.csv', 'Oracle']) }), 'a.dcat.yaml', 'basico-2a'), []);
    const report = check({
      'a.dcat.yaml': resources(['https://datos.coneval.gob.mx/rezago.csv', 'application/vnd.ms-excel'], ['https://datos.coneval.gob.mx/rezago.pdf', 'Excel']),
    });
    // Excel declared on a .csv: the contradiction is the one finding, no verdict of «not open» on a CSV file (FIDELITY.md).
    // Excel declared on a .pdf: both closed, so the dataset is still proprietary-only.
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2a'), ['15:formato-contradictorio', '21:formato-contradictorio', '21:formato-no-abierto']);
    assert.match(
      message(report, 'formato-contradictorio'),
      /declara «application\/vnd\.ms-excel» \(Excel 97-2003 \(propietario\)\).*termina en «\.csv» \(Valores separados por comas\)/,
    );
  });

  it('suggests open formats that fit the resource: a shapefile or an ArcGIS service is not told to become a CSV', () => {
    const report = check({ 'a.dcat.yaml': resources(['https://sig.coneval.gob.mx/arcgis/rest/services/rezago', 'ArcGis Server'], ['https://sig.coneval.gob.mx/visor', 'ArcGIS']) });
    const text = message(report, 'formato-no-abierto');
    assert.match(text, /GeoJSON \(application\/geo\+json\), KML o un shapefile comprimido \(application\/zip\)/);
    assert.doesNotMatch(text, /CSV/);
  });

  it('questions a media type it does not know, as a recommendation', () => {
    const report = check({ 'a.dcat.yaml': resources(undefined, ['https://datos.coneval.gob.mx/rezago.nc', 'application/x-netcdf']) });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2a'), ['21:formato-desconocido']);
    assert.equal(report.files[0]!.diagnostics.find((diagnostic) => diagnostic.code === 'basico-2a')!.severity, 2);
    assert.equal(states(report), 'partial');
  });

  it('is partly met when one dataset of a catalog fails and another passes', () => {
    const bad = resources(['https://datos.coneval.gob.mx/otro.pdf', 'application/pdf'], ['https://datos.coneval.gob.mx/otro-2.pdf', 'application/pdf'])
      .replace('rezago-social', 'otro')
      .replace('Índice de rezago social', 'Otro');
    const report = check({ 'catalogo.yaml': `dataset:\n${catalogItem(GOOD_DATASET)}\n${catalogItem(bad)}\n` });
    assert.deepEqual(ruleFindings(report, 'catalogo.yaml', 'basico-2a'), ['39:formato-no-abierto', '45:formato-no-abierto']);
    assert.equal(states(report), 'partial');
  });
});
