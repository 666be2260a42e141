import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { mediaTypeToWrite, opennessOf, readFormatCell } from '../../../server/src/core/catalog/formatWords';

/** The mediaType cells of 118 institutions' ADELA catalogs (2015), as harvested: see test/fixtures/real/README.md. */
function realMediaTypeCells(): string[] {
  const text = readFileSync(new URL('../../fixtures/real/adela-recursos-2015.csv', import.meta.url), 'utf8');
  const cells = new Set<string>();
  for (const line of text.split('\n').slice(1)) {
    // Each cell is a JSON value printed by jq; the mediaType is the fourth of five.
    const match = /,("(?:[^"\\]|\\.)*"|null),("?[^",]*"?|null)$/.exec(line);
    if (match && match[1] !== 'null') cells.add(JSON.parse(match[1]!) as string);
  }
  return [...cells];
}

const openness = (cell: string) => opennessOf(readFormatCell(cell).formats);

describe('format cells as catalogs write them', () => {
  it('reads free words, case, trailing spaces, lists and IANA spellings', () => {
    assert.equal(openness('Excel '), 'proprietary');
    assert.equal(openness('excel, pdf'), 'proprietary');
    assert.deepEqual(
      readFormatCell('excel, pdf').formats.map((entry) => entry.mediaType),
      ['application/vnd.ms-excel', 'application/pdf'],
    );
    assert.equal(openness('csv/zip'), 'open');
    assert.equal(openness('CSV, EXCEL'), 'open');
    assert.equal(openness('XLS'), 'proprietary');
    assert.equal(openness('PDF'), 'proprietary');
    assert.equal(openness('shp'), 'open');
    assert.equal(openness('ArcGis Server'), 'proprietary');
    assert.equal(openness('aspx'), 'proprietary');
    assert.equal(openness('text/xlsx'), 'proprietary');
    assert.equal(openness('application/kml'), 'open');
    assert.equal(openness('application/soap+xml'), 'open');
    assert.equal(openness('Plataforma Joomla, Formato de los archivos .CSV'), 'open');
  });

  it('tells a database or system from a format, and an unknown word from both', () => {
    assert.deepEqual(readFormatCell('Oracle').stores, ['oracle']);
    assert.deepEqual(readFormatCell('SQL Server 2000').stores, ['sql server 2000']);
    assert.equal(openness('Oracle'), 'unknown');
    assert.deepEqual(readFormatCell('Sistema Ebis').stores, ['sistema ebis']);
    assert.deepEqual(readFormatCell('application/x-netcdf').unknown, ['application/x-netcdf']);
    assert.equal(readFormatCell('application/x-netcdf').iana, true);
  });

  it('writes the media type of a cell that names one format, never of a list', () => {
    assert.equal(mediaTypeToWrite(readFormatCell('CSV')), 'text/csv');
    assert.equal(mediaTypeToWrite(readFormatCell('Excel ')), 'application/vnd.ms-excel');
    assert.equal(mediaTypeToWrite(readFormatCell('shp')), 'application/zip');
    assert.equal(mediaTypeToWrite(readFormatCell('CSV, EXCEL')), undefined);
    assert.equal(mediaTypeToWrite(readFormatCell('Oracle')), undefined);
  });

  it('decides every mediaType spelling of the real corpus, and leaves unknown only what names no format', () => {
    const cells = realMediaTypeCells();
    assert.ok(cells.length >= 100, `${cells.length} spellings`);
    const unknown = cells.filter((cell) => openness(cell) === 'unknown');
    // What stays unknown is a database, a system or a product, never a format word we could have read.
    for (const cell of unknown) {
      const reading = readFormatCell(cell);
      assert.equal(reading.formats.length, 0, cell);
    }
    // 74 of the 117 spellings name a format; the other 43 are databases, systems and products (Oracle, SIABUC, Google Maps).
    assert.ok(cells.length - unknown.length >= 74, `${unknown.length} of ${cells.length} unknown: ${unknown.join(' | ')}`);
    assert.ok(unknown.filter((cell) => readFormatCell(cell).stores.length > 0).length >= 25);
  });
});
