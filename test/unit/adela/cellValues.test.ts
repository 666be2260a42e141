import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseAccess, normaliseByteSize, normaliseIdentifier, normaliseMediaType, normalisePeriodicity, splitKeywords } from '../../../server/src/core/adela/cellValues';
import { normaliseDate } from '../../../server/src/core/adela/dateText';

describe('dates from spreadsheets', () => {
  it('converts US dates whose reading is certain, with their time', () => {
    assert.deepEqual(normaliseDate('7/29/2013 9:00:00', 'datetime'), { value: '2013-07-29T09:00:00', converted: true });
    assert.equal(normaliseDate('07/29/13 09:00 PM', 'datetime').value, '2013-07-29T21:00:00');
    assert.equal(normaliseDate('12/31/2013 12:30 AM', 'datetime').value, '2013-12-31T00:30:00');
    assert.equal(normaliseDate('29/07/2013', 'datetime').value, '2013-07-29');
    assert.equal(normaliseDate('5/5/2013', 'date').value, '2013-05-05');
    assert.equal(normaliseDate('2015-06-01 12:00:00 -0500', 'datetime').value, '2015-06-01T12:00:00-05:00');
  });

  it('keeps a date both readings fit, saying which two they are', () => {
    const result = normaliseDate('7/8/2013', 'datetime');
    assert.equal(result.value, '7/8/2013');
    assert.equal(result.converted, false);
    assert.match(result.kept!, /2013-07-08 o 2013-08-07/);
  });

  it('keeps impossible and unreadable dates as written', () => {
    for (const text of ['2012-16-02T14:45:00', '31/31/2013', 'pronto', '25:00 1/13/2013']) {
      const result = normaliseDate(text, 'datetime');
      assert.equal(result.value, text);
      assert.ok(result.kept);
    }
  });

  it('reduces dates to the precision of the field and never invents a day', () => {
    assert.equal(normaliseDate('2026-06-30T00:00:00', 'date').value, '2026-06-30');
    assert.equal(normaliseDate('2016-07-01', 'month').value, '2016-07');
    assert.equal(normaliseDate('7/2016', 'month').value, '2016-07');
    assert.equal(normaliseDate('julio de 2016', 'month').value, '2016-07');
    assert.equal(normaliseDate('jul-16', 'month').value, '2016-07');
    const noDay = normaliseDate('julio de 2016', 'date');
    assert.equal(noDay.value, 'julio de 2016');
    assert.ok(noDay.kept);
  });

  it('leaves ISO 8601 values untouched', () => {
    assert.deepEqual(normaliseDate('2014-05-27T01:42:05-05:00', 'datetime'), { value: '2014-05-27T01:42:05-05:00', converted: false });
    assert.deepEqual(normaliseDate('2016-07', 'month'), { value: '2016-07', converted: false });
  });
});

describe('other template cells', () => {
  it('writes periodicity words in the catalog spelling and ISO repeats in upper case', () => {
    assert.equal(normalisePeriodicity('Anual').value, 'anual');
    assert.equal(normalisePeriodicity('TIEMPO REAL').value, 'tiempo real');
    assert.equal(normalisePeriodicity('r/p18m').value, 'R/P18M');
    assert.ok(normalisePeriodicity('cada año').kept);
  });

  it('turns format names into media types', () => {
    assert.equal(normaliseMediaType('CSV').value, 'text/csv');
    assert.equal(normaliseMediaType('.xlsx').value, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(normaliseMediaType('Text/CSV').value, 'text/csv');
    assert.ok(normaliseMediaType('hoja de cálculo').kept);
  });

  it('reads sizes with thousands separators or Excel decimals, and keeps units', () => {
    assert.equal(normaliseByteSize('74,959').value, 74959);
    assert.equal(normaliseByteSize('74959.0').value, 74959);
    assert.equal(normaliseByteSize('3 MB').value, '3 MB');
    assert.ok(normaliseByteSize('3 MB').kept);
  });

  it('splits keywords and reads access classes in any gender or case', () => {
    assert.deepEqual(splitKeywords('índice,  rezago , ,rezago'), ['índice', 'rezago']);
    assert.deepEqual(splitKeywords('a; b'), ['a', 'b']);
    assert.deepEqual(
      ['Pública', 'PRIVADO', 'restringida'].map((text) => normaliseAccess(text).value),
      ['publico', 'privado', 'restringido'],
    );
    assert.ok(normaliseAccess('si').kept);
  });

  it("writes identifiers in the schema's form, keeping those already in it", () => {
    assert.deepEqual(normaliseIdentifier('rezago-social'), { value: 'rezago-social', converted: false });
    assert.deepEqual(normaliseIdentifier('Rezago_Social.v2'), { value: 'rezago-social-v2', converted: true });
    // SEDESOL's identifiers in its real ADELA catalog (test/fixtures/real).
    assert.deepEqual(
      ['PPPR', '3 X 1', 'PEI_MPT', 'DICONSA_AL'].map((text) => normaliseIdentifier(text).value),
      ['pppr', '3-x-1', 'pei-mpt', 'diconsa-al'],
    );
    assert.equal(normaliseIdentifier('Índice de Rezago Social').value, 'indice-de-rezago-social');
    const kept = normaliseIdentifier('数据');
    assert.equal(kept.value, '数据');
    assert.ok(kept.kept);
  });
});

describe('periodicities from ADELA cells', () => {
  it("reads the adverbs of SEDESOL's real catalog as catalog words", () => {
    assert.deepEqual(normalisePeriodicity('trimestralmente'), { value: 'trimestral', converted: true });
    assert.deepEqual(normalisePeriodicity('Semestralmente'), { value: 'semestral', converted: true });
  });
});

describe('media types from ADELA cells', () => {
  it('writes the media type of one format word however it is spelled, and keeps a list with a note', () => {
    assert.deepEqual(normaliseMediaType('CSV'), { value: 'text/csv', converted: true });
    assert.deepEqual(normaliseMediaType('Excel '), { value: 'application/vnd.ms-excel', converted: true });
    assert.deepEqual(normaliseMediaType('shp'), { value: 'application/zip', converted: true });
    const list = normaliseMediaType('CSV, EXCEL');
    assert.equal(list.value, 'CSV, EXCEL');
    assert.match(list.kept!, /varios formatos/);
    assert.match(normaliseMediaType('Oracle').kept!, /no es un tipo de medio/);
  });
});
