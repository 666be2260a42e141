import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { dataCandidates, tabularFormat } from '../../../server/src/core/data/dataLocation';

const ROOT = path.join('ws');
const at = (...parts: string[]): string => path.join(ROOT, ...parts);

describe('dataCandidates', () => {
  it('resolves a relative downloadURL from the metadata file folder', () => {
    assert.deepEqual(dataCandidates(at('datos', 'x.dcat.yaml'), 'becas 2023.csv', [{ id: ROOT, mappings: {} }]), []);
    assert.deepEqual(dataCandidates(at('datos', 'x.dcat.yaml'), './csv/becas%202023.csv', [{ id: ROOT, mappings: {} }]), [
      { id: at('datos', 'csv', 'becas 2023.csv'), via: 'relative' },
    ]);
    assert.deepEqual(dataCandidates(at('datos', 'x.dcat.yaml'), '../tablas/becas.csv?v=2', []), [{ id: at('tablas', 'becas.csv'), via: 'relative' }]);
  });

  it('maps a published URL prefix to a folder of each root, longest prefix first', () => {
    const roots = [{ id: ROOT, mappings: { 'https://datos.x.gob.mx/': 'datos/', 'https://datos.x.gob.mx/becas/': 'becas' } }];
    assert.deepEqual(dataCandidates(at('meta.dcat.yaml'), 'https://datos.x.gob.mx/becas/2023.csv', roots), [
      { id: at('becas', '2023.csv'), via: 'mapping' },
      { id: at('datos', 'becas', '2023.csv'), via: 'mapping' },
    ]);
    assert.deepEqual(dataCandidates(at('meta.dcat.yaml'), 'https://otro.gob.mx/becas/2023.csv', roots), []);
  });

  it('never leaves the workspace roots', () => {
    const roots = [{ id: ROOT, mappings: { 'https://datos.x.gob.mx/': 'datos/' } }];
    assert.deepEqual(dataCandidates(at('datos', 'x.dcat.yaml'), '../../secreto.csv', roots), []);
    assert.deepEqual(dataCandidates(at('x.dcat.yaml'), 'https://datos.x.gob.mx/%2e%2e/%2e%2e/secreto.csv', roots), []);
  });

  it('works with file URIs as the server uses them', () => {
    const roots = [{ id: 'file:///home/ana/datos%20abiertos', mappings: { 'https://datos.x.gob.mx/': 'datos/' } }];
    assert.deepEqual(dataCandidates('file:///home/ana/datos%20abiertos/meta/x.dcat.yaml', 'tablas/año.csv', roots), [
      { id: 'file:///home/ana/datos%20abiertos/meta/tablas/a%C3%B1o.csv', via: 'relative' },
    ]);
    assert.deepEqual(dataCandidates('file:///home/ana/datos%20abiertos/x.dcat.yaml', 'https://datos.x.gob.mx/becas.csv', roots), [
      { id: 'file:///home/ana/datos%20abiertos/datos/becas.csv', via: 'mapping' },
    ]);
    assert.deepEqual(dataCandidates('file:///home/ana/datos%20abiertos/x.dcat.yaml', '../fuera.csv', roots), []);
  });
});

describe('tabularFormat', () => {
  it('reads the media type, a format name, or the file extension when the type says nothing', () => {
    assert.equal(tabularFormat('text/csv', 'x'), 'csv');
    assert.equal(tabularFormat('text/csv; charset=utf-8', 'x'), 'csv');
    assert.equal(tabularFormat('CSV', 'x'), 'csv');
    assert.equal(tabularFormat('text/tab-separated-values', 'x.txt'), 'tsv');
    assert.equal(tabularFormat(undefined, 'datos/x.PSV'), 'psv');
    assert.equal(tabularFormat('application/json', 'x.csv'), undefined);
    assert.equal(tabularFormat('application/vnd.ms-excel', 'x.xls'), undefined);
  });
});
