import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { exportWorkspace } from '../../../server/src/core/exchange/exportWorkspace';
import { importFiles } from '../../../server/src/core/exchange/importFiles';
import { restoreFormula } from '../../../server/src/core/adela/formulaCells';
import { CATALOG_COLUMNS } from '../../../server/src/core/adela/spreadsheetTemplates';
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
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key, item]) => key !== 'id' && item !== null && item !== '')
          .map(([key, item]) => [key, shared(item)]),
      );
    };
    assert.deepEqual(exported.dataset, shared(source.dataset));
    assert.equal(exported.license, 'https://datos.gob.mx/libreusomx/');
  });

  it('carries the catalog template through catalogo.json and back without losing a cell', () => {
    const json = roundTrip(['catalogo-limpio.csv'], 'catalogo');
    const reimported = importFiles([{ name: 'catalogo.json', bytes: Buffer.from(json) }]);
    const exported = exportWorkspace(
      reimported.files.map((file) => analyzeFile(file.name, 'metadata', file.text)),
      'csv',
      0,
    );
    assert.ok(!('error' in exported));
    assert.deepEqual(csvRows(exported.text), csvRows(fixture('catalogo-limpio.csv')));
  });
});

/**
 * Our CSV reader and writer checked against a reader nobody here wrote (csv-parse): every CSV export
 * of the sample templates, quotes, commas, line breaks and formula cells included, reads the same.
 */
describe('round trip: an independent CSV reader agrees with ours', () => {
  /** csv-parse's rows, shaped like `csvRows`: cells trimmed, trailing empty cells and blank rows dropped. */
  function oracleRows(text: string): string[][] {
    const rows: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
    return rows
      .map((cells) => {
        const copy = cells.map((cell) => cell.replace(/\r\n?/g, '\n').trim());
        while (copy.length > 0 && copy[copy.length - 1] === '') copy.pop();
        return copy;
      })
      .filter((cells) => cells.length > 0);
  }

  it('reads every CSV export as our reader does', () => {
    const exports: Array<[string[], 'csv' | 'plan-csv' | 'inventario-csv']> = [
      [['catalogo-limpio.csv'], 'csv'],
      [['catalogo-sucio.csv'], 'csv'],
      [['catalogo-adela-sucio.json'], 'csv'],
      [['catalogo-limpio.csv', 'plan-sucio.csv'], 'plan-csv'],
      [['catalogo-limpio.csv', 'inventario-sucio.csv'], 'inventario-csv'],
    ];
    for (const [names, format] of exports) {
      const text = roundTrip(names, format);
      const ours = csvRows(text);
      assert.ok(ours.length > 1, `${names.join(' + ')} → ${format} has rows`);
      assert.deepEqual(oracleRows(text), ours, `${names.join(' + ')} → ${format}`);
    }
  });

  it('reads quotes, delimiters, line breaks and neutralised formulas written by our exporter', () => {
    const dataset =
      'identifier: comillas\ntitle: "Obras, \\"presupuesto\\" y\\nmetas"\ndescription: "=SUMA(A1:A9)"\nmodified: 2026-01-01\npublisher:\n  name: X\ncontactPoint:\n  fn: X\n  hasEmail: mailto:a@b.mx\naccrualPeriodicity: anual\nkeyword: [a]\ndistribution:\n  - title: "a;b,c"\n    downloadURL: https://a.mx/a.csv\n    mediaType: text/csv\n';
    const analysis = analyzeFile('ws/comillas.dcat.yaml', 'metadata', dataset);
    const exported = exportWorkspace([analysis], 'csv', 0);
    if ('error' in exported) throw new Error(exported.error);
    const rows = oracleRows(exported.text);
    // Our reader takes back the apostrophe the exporter put before a formula; the oracle shows it.
    assert.deepEqual(
      rows.map((cells) => cells.map(restoreFormula)),
      csvRows(exported.text),
    );
    assert.ok(
      rows.some((cells) => cells.includes('Obras, "presupuesto" y\nmetas')),
      'a title with a comma, quotes and a line break is one cell',
    );
    assert.ok(
      rows.some((cells) => cells.includes("'=SUMA(A1:A9)")),
      'a formula cell is neutralised with an apostrophe',
    );
  });
});
