import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { importFiles } from '../../../server/src/core/exchange/importFiles';
import { importFixtures, places } from './fixtures';

const written = (result: ReturnType<typeof importFixtures>, name: string): Record<string, unknown> => {
  const file = result.files.find((candidate) => candidate.name === name);
  assert.ok(file, `${name} was not written; written: ${result.files.map((candidate) => candidate.name).join(', ')}`);
  return parse(file.text) as Record<string, unknown>;
};

describe('importing the catalog template (catalogo_v3.0.csv)', () => {
  it('writes one file per dataset from a clean template, with every row taken', () => {
    const result = importFixtures(['catalogo-limpio.csv']);
    assert.deepEqual(
      result.files.map((file) => file.name),
      ['indicadores-pobreza.dcat.yaml', 'rezago-social.dcat.yaml'],
    );
    assert.deepEqual([result.datasets, result.resources, result.skipped.length, result.warnings.length], [2, 3, 0, 0]);
    assert.equal(result.sources[0]!.encoding, 'utf-8');
    const dataset = written(result, 'indicadores-pobreza.dcat.yaml');
    assert.deepEqual(dataset.keyword, ['pobreza', 'indicadores', 'coneval']);
    assert.equal(dataset.modified, '2016-05-27T01:42:05-05:00');
    assert.equal(dataset.accessLevel, 'público');
    const resources = dataset.distribution as Array<Record<string, unknown>>;
    assert.deepEqual(
      resources.map((resource) => resource.title),
      ['Pobreza por entidad 2014', 'Pobreza por municipio 2010'],
    );
    assert.equal(resources[0]!.byteSize, 74959);
    assert.equal(resources[0]!.temporal, '2014');
    assert.equal(resources[1]!.description, 'Indicadores de pobreza por municipio, con diccionario.');
  });

  it('imports a messy Latin-1 template and reports every row it does not take', () => {
    const result = importFixtures(['catalogo-sucio.csv']);
    assert.equal(result.sources[0]!.encoding, 'windows-1252');
    assert.deepEqual(
      result.files.map((file) => file.name),
      ['indicadores-pobreza.dcat.yaml', 'indice-rezago-social.dcat.yaml'],
    );
    assert.deepEqual(places(result.skipped), ['catalogo-sucio.csv:6', 'catalogo-sucio.csv:9', 'catalogo-sucio.csv:10', 'catalogo-sucio.csv:11', 'catalogo-sucio.csv:12']);
    const reasons = result.skipped.map((issue) => issue.message);
    assert.match(reasons[0]!, /Repite el recurso de la fila 3/);
    assert.match(reasons[1]!, /más allá de las 21 columnas/);
    assert.match(reasons[2]!, /ya está en la fila 7 con otros datos/);
    assert.match(reasons[3]!, /«sin-datos», que no tiene una fila/);
    assert.match(reasons[4]!, /solo tiene el identificador/);
    assert.equal(result.blankRows, 2);

    const pobreza = written(result, 'indicadores-pobreza.dcat.yaml');
    assert.equal(pobreza.modified, '2013-07-29T09:00:00', 'the US date is unambiguous');
    assert.equal(pobreza.accrualPeriodicity, 'anual');
    const resources = pobreza.distribution as Array<Record<string, unknown>>;
    // Row 5 has no identifier: it belongs to the dataset above it. Its missing cells are just empty.
    assert.deepEqual(
      resources.map((resource) => resource.title),
      ['a nivel estatal', 'a nivel municipal', 'anexo estadístico'],
    );
    assert.equal(resources[0]!.mediaType, 'text/csv', 'the format name CSV becomes its media type');
    assert.equal(resources[0]!.byteSize, 74959);
    assert.equal(resources[2]!.byteSize, '3 MB', 'a size with a unit is kept for the checker to flag');

    const rezago = written(result, 'indice-rezago-social.dcat.yaml');
    assert.equal(rezago.identifier, 'indice-rezago-social');
    assert.equal(rezago.title, 'Índice de Rezago Social', 'Latin-1 accents are read right');
    assert.equal(rezago.modified, '7/8/2012', 'an ambiguous date is kept as written');
    const rezagoText = result.files[1]!.text;
    assert.match(rezagoText, /modified: 7\/8\/2012 # La fecha «7\/8\/2012» es ambigua/);
    assert.equal((rezago.distribution as Array<Record<string, unknown>>)[0]!.spatial, '"estatal', 'the stray quote is kept as text');
    assert.deepEqual(places(result.warnings), ['catalogo-sucio.csv:7', 'catalogo-sucio.csv:7', 'catalogo-sucio.csv:8', 'catalogo-sucio.csv:14']);
  });

  it('reads ADELA v2 templates, whose documentation column was ds:dataDictionary', () => {
    const result = importFixtures(['catalogo-v2.csv']);
    const dataset = written(result, 'plan-apertura.dcat.yaml');
    assert.equal(dataset.landingPage, 'http://www.ejemplo.gob.mx/diccionario.html');
    assert.equal(dataset.modified, '6/1/2015', 'June 1st or January 6th: kept for a person to decide');
    const [resource] = dataset.distribution as Array<Record<string, unknown>>;
    assert.equal(resource!.downloadURL, 'https://www.ejemplo.gob.mx/plan.csv', 'a line break left inside a quoted cell is trimmed');
    assert.deepEqual(result.skipped, []);
  });

  it('does not recognise a CSV with another header and writes nothing for it', () => {
    const result = importFiles([{ name: 'otra.csv', bytes: Buffer.from('nombre,edad\nAna,30\n') }]);
    assert.deepEqual(result.files, []);
    assert.equal(result.failures.length, 1);
    assert.match(result.failures[0]!.message, /No se reconoce/);
  });

  it('asks for a CSV when given the Excel workbook itself', () => {
    const result = importFiles([{ name: 'catalogo.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]) }]);
    assert.deepEqual(result.files, []);
    assert.match(result.failures[0]!.message, /guárdalo como CSV/);
  });

  it('gives a dataset whose identifier cannot be written in ASCII a file name from its title', () => {
    const csv = 'ds:identifier,ds:title,ds:description,rs:title,rs:downloadURL,rs:mediaType\n数据,Datos de prueba,Prueba,,,\n数据,,,Recurso,https://x.gob.mx/a.csv,text/csv\n';
    const result = importFiles([{ name: 'c.csv', bytes: Buffer.from(csv) }]);
    assert.deepEqual(
      result.files.map((file) => file.name),
      ['datos-de-prueba.dcat.yaml'],
    );
    assert.match(result.files[0]!.text, /identifier: 数据 # El identificador «数据» no se puede escribir en ASCII/);
    assert.equal(result.resources, 1);
  });
});
