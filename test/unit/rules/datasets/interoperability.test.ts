import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latin1 } from '../../data/csvFixtures';
import { check, checkWithData, GOOD_DATASET, ruleFindings, withLine } from './datasetWorkspace';

const findings = (text: string): string[] => ruleFindings(check({ 'a.dcat.yaml': text }), 'a.dcat.yaml', 'intermedio-2a');
const dataOf = (report: ReturnType<typeof check>, rule: string) => report.files[0]!.diagnostics.find((diagnostic) => diagnostic.data.rule === rule)!.data;

describe('intermedio-2a: interoperability', () => {
  it('passes ISO dates and periods, an ASCII identifier and a recognised coverage', () => {
    const report = check({ 'a.dcat.yaml': GOOD_DATASET });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'intermedio-2a'), []);
    assert.equal(report.coverage.intermedio.requirements['intermedio-2a'], 'met');
  });

  it('flags an identifier with accents and suggests its ASCII form', () => {
    const report = check({ 'a.dcat.yaml': withLine(1, 'identifier: Índice de Rezago Educación') });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'intermedio-2a'), ['1:identificador-ascii']);
    const data = dataOf(report, 'identificador-ascii');
    assert.deepEqual([data.identifier, data.slug], ['Índice de Rezago Educación', 'indice-de-rezago-educacion']);
    assert.equal(report.coverage.intermedio.requirements['intermedio-2a'], 'unmet');
  });

  it('says a modified date that is not ISO 8601 once, at basico-2b, and leaves intermedio-2a and basico-3a unmet', () => {
    const report = check({ 'a.dcat.yaml': withLine(4, 'modified: 27/05/2014') }, 'intermedio');
    assert.deepEqual(
      report.files[0]!.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}:${d.data.rule}`),
      ['4:basico-2b:fecha-iso8601'],
    );
    assert.equal(report.coverage.intermedio.requirements['intermedio-2a'], 'unmet');
    assert.equal(report.coverage.basico.requirements['basico-3a'], 'unmet');
    assert.deepEqual(findings(withLine(4, 'modified: 2026-05-27')), [], 'a date without time is ISO 8601 too');
    // No date at all is no evidence of ISO 8601 dates: never «cumple».
    for (const missing of [undefined, 'modified: ""', 'modified: TODO']) {
      assert.equal(check({ 'a.dcat.yaml': withLine(4, missing) }, 'intermedio').coverage.intermedio.requirements['intermedio-2a'], 'unmet', String(missing));
    }
    const resource = check({ 'a.dcat.yaml': withLine(22, '    modified: "7/29/2013 9:00:00"') });
    assert.deepEqual(
      resource.files[0]!.diagnostics.filter((d) => d.code !== 'avanzado-2a').map((d) => `${d.range.start.line + 1}:${d.code}`),
      ['22:basico-2b'],
      "a resource's modified too",
    );
  });

  it('accepts the temporal forms of the guide and flags descending ranges', () => {
    for (const period of ['2013', '2014-01/2014-04', '2014-01-31', '2010-01-01/P5Y', '2014/2014-05', '2014-05/2014', 'P1Y/2020']) {
      assert.deepEqual(findings(withLine(7, `temporal: "${period}"`)), [], period);
    }
    const report = check({ 'a.dcat.yaml': withLine(7, 'temporal: 2020/2010') });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'intermedio-2a'), ['7:periodo-descendente']);
    const data = dataOf(report, 'periodo-descendente');
    assert.deepEqual([data.start, data.end], ['2020', '2010']);
    assert.deepEqual(findings(withLine(7, 'temporal: 2014-04/2014-01')), ['7:periodo-descendente']);
  });

  it('flags periods that are not ISO 8601, suggesting 2010/2012 for 2010-2012', () => {
    const report = check({ 'a.dcat.yaml': withLine(7, 'temporal: 2010-2012') });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'intermedio-2a'), ['7:periodo-no-iso']);
    assert.equal(dataOf(report, 'periodo-no-iso').suggestion, '2010/2012');
    assert.deepEqual(findings(withLine(7, 'temporal: enero a marzo')), ['7:periodo-no-iso']);
    assert.deepEqual(findings(withLine(7, 'temporal: 2014-13')), ['7:periodo-no-iso']);
    assert.deepEqual(findings(withLine(18, '    temporal: 2019/2018')), ['18:periodo-descendente'], "a resource's temporal too");
  });

  it('recognises INEGI keys, coverage words, state names, GeoNames and bounding boxes', () => {
    const recognised = [
      'nacional',
      'Estatal',
      'municipal',
      'localidades',
      'Localidad',
      'AGEB',
      'Entidad federativa',
      'Jalisco',
      'Ciudad de México',
      'ciudad de mexico',
      'Estado de México',
      'Nuevo León, Coahuila',
      'https://www.geonames.org/3996063',
      '-118.4, 14.5, -86.7, 32.7',
    ];
    for (const spatial of recognised) assert.deepEqual(findings(withLine(8, `spatial: "${spatial}"`)), [], spatial);
    const keys = ['14', '14039', '140390001'];
    for (const spatial of keys)
      assert.deepEqual(findings(withLine(8, `spatial: "${spatial}"`)), ['19:catalogo-de-claves-faltante'], `${spatial} asks the RDF resource for codelists`);
  });

  it('recommends an INEGI key or a recognised name for anything else', () => {
    for (const spatial of ['Zona metropolitana de Guadalajara', '33', '14-039']) {
      const report = check({ 'a.dcat.yaml': withLine(8, `spatial: "${spatial}"`) }, 'intermedio');
      assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'intermedio-2a'), ['8:cobertura-no-reconocida'], spatial);
      assert.equal(report.files[0]!.diagnostics[0]!.severity, 2, 'a warning: free names are allowed by DCAT');
      assert.equal(report.coverage.intermedio.requirements['intermedio-2a'], 'partial');
    }
  });

  it('asks for codelists on resources that use INEGI keys in their own spatial', () => {
    assert.deepEqual(findings(withLine(23, '    spatial: "14039"', GOOD_DATASET + '    tools: x\n')), ['19:catalogo-de-claves-faltante']);
  });

  it('checks that local CSV files are UTF-8 and asks for codelists when their columns hold keys', async () => {
    const text = withLine(18, undefined, withLine(14, '    downloadURL: rezago.csv'));
    const report = await checkWithData({ 'ws/a.dcat.yaml': text }, { 'ws/rezago.csv': latin1('cve_mun,municipio\n31050,Mérida\n') });
    assert.deepEqual(ruleFindings(report, 'ws/a.dcat.yaml', 'intermedio-2a'), ['13:catalogo-de-claves-faltante', '14:datos-locales-no-utf8']);
    assert.deepEqual(ruleFindings(report, 'ws/rezago.csv', 'intermedio-2a'), ['2:codificacion-no-utf8']);
    const good = await checkWithData({ 'ws/a.dcat.yaml': withLine(14, '    downloadURL: rezago.csv') }, { 'ws/rezago.csv': 'cve_mun,municipio\n31050,Mérida\n' });
    assert.deepEqual(ruleFindings(good, 'ws/a.dcat.yaml', 'intermedio-2a'), []);
    assert.equal(good.coverage.intermedio.requirements['intermedio-2a'], 'met');
  });

  it('says when a title or description went through another encoding than UTF-8 (InformaciÃ³n, CONEVAL 2014 DiagnÌ_stico)', () => {
    assert.deepEqual(findings(withLine(2, 'title: Sistema de InformaciÃ³n Social')), ['2:texto-mal-codificado']);
    assert.deepEqual(findings(withLine(13, '  - title: DiagnÌ_stico de MIR 2008')), ['13:texto-mal-codificado'], "a resource's title too");
    const report = check({ 'a.dcat.yaml': withLine(3, 'description: La base presenta informaciÃ³n.') }, 'intermedio');
    assert.match(report.files[0]!.diagnostics[0]!.message, /«description» tiene acentos mal codificados \(«informaciÃ³n\.»\)/);
    assert.equal(report.coverage.intermedio.requirements['intermedio-2a'], 'partial', 'a recommendation');
  });
});
