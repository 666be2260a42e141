import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { importFiles } from '../../../server/src/core/exchange/importFiles';
import { importFixtures, places } from './fixtures';

describe('importing an ADELA catalogo.json export', () => {
  it('writes each dataset of a clean export to its own file, without ADELA’s internal ids and empty values', () => {
    const result = importFixtures(['catalogo-adela.json']);
    assert.deepEqual(
      result.files.map((file) => file.name),
      ['indicadores-pobreza.dcat.yaml', 'rezago-social.dcat.yaml'],
    );
    assert.deepEqual([result.datasets, result.resources, result.skipped.length], [2, 3, 0]);
    const dataset = parse(result.files[0]!.text) as Record<string, unknown>;
    assert.equal(dataset.id, undefined);
    assert.equal(dataset.comments, undefined, 'null values are left out');
    assert.deepEqual(dataset.publisher, { name: 'CONEVAL', position: 'Director de Información', mbox: 'datos@coneval.gob.mx' });
    assert.deepEqual(Object.keys(dataset).slice(0, 3), ['identifier', 'title', 'description']);
    const [resource] = dataset.distribution as Array<Record<string, unknown>>;
    assert.equal(resource!.id, undefined);
    assert.equal(resource!.tools, undefined);
    assert.equal(resource!.byteSize, 74959);
    assert.ok(result.warnings.some((issue) => /«id»/.test(issue.message)));
  });

  it('imports a messy export and reports the datasets it leaves, by position and line', () => {
    const result = importFixtures(['catalogo-adela-sucio.json']);
    assert.deepEqual(
      result.files.map((file) => file.name),
      ['matricula-escolar.dcat.yaml', 'escuelas.dcat.yaml'],
    );
    assert.deepEqual(places(result.skipped), ['catalogo-adela-sucio.json:2', 'catalogo-adela-sucio.json:3', 'catalogo-adela-sucio.json:5']);
    assert.deepEqual(
      result.skipped.map((issue) => issue.line),
      [23, 24, 53],
    );
    assert.match(result.skipped[1]!.message, /Repite el conjunto número 1/);
    const matricula = parse(result.files[0]!.text) as Record<string, unknown>;
    assert.equal(matricula.identifier, 'matricula-escolar');
    assert.equal(matricula.modified, '2015-07-29T09:00:00');
    assert.equal(matricula.issued, '2015-06-01T12:00:00-05:00');
    assert.equal(matricula.accrualPeriodicity, 'anual');
    const [resource] = matricula.distribution as Array<Record<string, unknown>>;
    assert.deepEqual([resource!.mediaType, resource!.byteSize, resource!.modified], ['text/csv', 1234, '7/8/2015']);
    const escuelas = parse(result.files[1]!.text) as Record<string, unknown>;
    assert.equal(escuelas.sector, 'educación', 'an unknown field is kept for the checker to flag');
    assert.ok(result.warnings.some((issue) => /«sector»/.test(issue.message)));
  });

  it('refuses JSON that is not a catalog, and broken JSON with nothing to read', () => {
    const result = importFiles([
      { name: 'otro.json', bytes: Buffer.from('{"nombre": "x"}') },
      { name: 'roto.json', bytes: Buffer.from('{') },
    ]);
    assert.deepEqual(
      result.failures.map((failure) => failure.name),
      ['otro.json', 'roto.json'],
    );
    assert.deepEqual(result.files, []);
  });
});
