import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportWorkspace } from '../../../server/src/core/exchange/exportWorkspace';
import { importFiles } from '../../../server/src/core/exchange/importFiles';
import { CATALOG_COLUMNS } from '../../../server/src/core/adela/templates';
import { analyzeFile } from '../../../server/src/core/check/analyzeFile';
import { csvRows, fixture, roundTrip } from './fixtures';

/**
 * Import then export must give back every field the two formats share. For the CSV templates
 * that is every cell: the clean fixtures are already in the canonical form an export writes.
 */
describe('round trip: import a template, export it again', () => {
  it('gives back every cell of the catalog template', () => {
    const original = csvRows(fixture('catalogo-limpio.csv'));
    const exported = csvRows(roundTrip(['catalogo-limpio.csv'], 'csv'));
    assert.deepEqual(exported, original);
    assert.equal(original[0]!.length, CATALOG_COLUMNS.length);
  });

  it('gives back a v2 template in v3 columns, the documentation page moved to ds:landingPage', () => {
    const original = csvRows(fixture('catalogo-v2.csv'));
    const exported = csvRows(roundTrip(['catalogo-v2.csv'], 'csv'));
    assert.deepEqual(exported[0], [...CATALOG_COLUMNS]);
    assert.deepEqual(exported.slice(1), original.slice(1));
  });

  it('gives back every cell of the plan template, dataset names included', () => {
    const original = csvRows(fixture('plan-limpio.csv')).slice(1);
    // Alone, the names stay names; with the catalog they become identifiers and come back as titles.
    assert.deepEqual(csvRows(roundTrip(['plan-limpio.csv'], 'plan-csv')).slice(1), original);
    assert.deepEqual(csvRows(roundTrip(['catalogo-limpio.csv', 'plan-limpio.csv'], 'plan-csv')).slice(1), original);
  });

  it('gives back every cell of the inventory template', () => {
    const original = csvRows(fixture('inventario-limpio.csv')).slice(1);
    assert.deepEqual(csvRows(roundTrip(['inventario-limpio.csv'], 'inventario-csv')).slice(1), original);
    assert.deepEqual(csvRows(roundTrip(['catalogo-limpio.csv', 'inventario-limpio.csv'], 'inventario-csv')).slice(1), original);
  });

  it('gives back every dataset field of an ADELA catalogo.json, less ADELA’s ids and empty values', () => {
    const source = JSON.parse(Buffer.from(fixture('catalogo-adela.json')).toString('utf8')) as { dataset: Array<Record<string, unknown>> };
    const exported = JSON.parse(roundTrip(['catalogo-adela.json'], 'catalogo')) as { dataset: Array<Record<string, unknown>>; license: string };
    const shared = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(shared);
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(Object.entries(value).filter(([key, item]) => key !== 'id' && item !== null && item !== '').map(([key, item]) => [key, shared(item)]));
    };
    assert.deepEqual(exported.dataset, shared(source.dataset));
    assert.equal(exported.license, 'https://datos.gob.mx/libreusomx/');
  });

  it('carries the catalog template through catalogo.json and back without losing a cell', () => {
    const json = roundTrip(['catalogo-limpio.csv'], 'catalogo');
    const reimported = importFiles([{ name: 'catalogo.json', bytes: Buffer.from(json) }]);
    const exported = exportWorkspace(reimported.files.map((file) => analyzeFile(file.name, 'metadata', file.text)), 'csv', 0);
    assert.ok(!('error' in exported));
    assert.deepEqual(csvRows(exported.text), csvRows(fixture('catalogo-limpio.csv')));
  });
});
