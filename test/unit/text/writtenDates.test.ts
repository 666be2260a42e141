import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseDate } from '../../../server/src/core/adela/dateText';
import { checkCsvStream } from '../../../server/src/core/data/csvCheck';
import { certainIsoDate, readWrittenDate, TWO_DIGIT_YEAR_PIVOT } from '../../../server/src/core/text/writtenDates';
import { bytesOf, chunked } from '../data/csvFixtures';

/** The suggestion the CSV check gives for each non-ISO cell of a one-column file named `fecha`. */
async function cellSuggestions(...cells: string[]): Promise<Array<string | undefined>> {
  const report = await checkCsvStream(chunked(bytesOf(`fecha\n${cells.join('\n')}\n`), 1024), {});
  return report.problems.find((problem) => problem.kind === 'fecha-no-iso')?.examples.map((example) => example.suggestion) ?? [];
}

/** What the importer, the quick fix and the CSV check make of one date cell. */
async function everywhere(text: string): Promise<{ imported: string; fixed: string | undefined; cell: string | undefined }> {
  return { imported: normaliseDate(text, 'datetime').value, fixed: certainIsoDate(text, 'datetime'), cell: (await cellSuggestions(text))[0] };
}

describe('one reader of written dates, shared by import, quick fixes and CSV checks', () => {
  it("reads two-digit years with Excel's pivot everywhere: 15/07/85 is 1985, 1/2/29 is 2029", async () => {
    assert.equal(TWO_DIGIT_YEAR_PIVOT, 30);
    assert.deepEqual(await everywhere('15/07/85'), { imported: '1985-07-15', fixed: '1985-07-15', cell: '1985-07-15' });
    assert.equal(certainIsoDate('13/01/29', 'date'), '2029-01-13');
    assert.equal(certainIsoDate('13/01/30', 'date'), '1930-01-13');
  });

  it('reads English and Spanish month names everywhere: 29 Aug 2013, 29 de agosto de 2013', async () => {
    for (const text of ['29 Aug 2013', '29 de agosto de 2013', '29-ago-2013', '29 August 2013']) {
      assert.deepEqual(await everywhere(text), { imported: '2013-08-29', fixed: '2013-08-29', cell: '2013-08-29' }, text);
    }
  });

  it("reads ADELA's US date-times (7/29/2013 9:00:00) the same way everywhere", async () => {
    assert.deepEqual(await everywhere('7/29/2013 9:00:00'), { imported: '2013-07-29T09:00:00', fixed: '2013-07-29T09:00:00', cell: '2013-07-29T09:00:00' });
    assert.deepEqual(await everywhere('29/07/2013'), { imported: '2013-07-29', fixed: '2013-07-29', cell: '2013-07-29' });
  });

  it('leaves 7/8/2013 undecided alone and says both readings, month/day first', async () => {
    const date = readWrittenDate('7/8/2013', 'date')!;
    assert.equal(date.evidence, 'unknown');
    assert.deepEqual(
      date.readings.map((reading) => reading.order),
      ['month-first', 'day-first'],
    );
    assert.equal(certainIsoDate('7/8/2013', 'datetime'), undefined);
    assert.match(normaliseDate('7/8/2013', 'datetime').kept!, /2013-07-08 o 2013-08-07/);
    assert.deepEqual(await cellSuggestions('7/8/2013'), [undefined]);
  });

  it('decides 7/8/2013 by the evidence of its column: 7/29 makes it July, 29/07 August', async () => {
    assert.equal(readWrittenDate('7/29/2013', 'date')!.evidence, 'month-first');
    assert.equal(readWrittenDate('29/07/2013', 'date')!.evidence, 'day-first');
    assert.deepEqual(await cellSuggestions('7/29/2013', '7/8/2013'), ['2013-07-29', '2013-07-08']);
    assert.deepEqual(await cellSuggestions('29/07/2013', '7/8/2013'), ['2013-07-29', '2013-08-07']);
    assert.deepEqual(await cellSuggestions('29/07/2013', '7/29/2013', '7/8/2013'), ['2013-07-29', '2013-07-29', undefined], 'a column with both orders proves neither');
  });

  it('is strict with cells that may not be dates and lenient with values known to be dates', () => {
    for (const text of ['2019.3.9', '1.0.1367', '10/12', '3/4/13', 'julio 2016', '45/13/2013']) assert.equal(readWrittenDate(text, 'cell'), undefined, text);
    assert.equal(readWrittenDate('45/13/2013', 'date'), undefined, 'no calendar has that day and month');
    assert.deepEqual(readWrittenDate('31/02/2013', 'cell'), { readings: [], evidence: 'day-first' }, 'shaped like a date, but no such day');
    assert.equal(certainIsoDate('29.07.2013', 'date'), '2013-07-29');
    assert.equal(certainIsoDate('julio de 2016', 'month'), '2016-07');
    assert.equal(certainIsoDate('julio de 2016', 'date'), undefined, 'never invents a day');
    assert.equal(certainIsoDate('29/07-2013', 'date'), undefined, 'one separator per date');
    assert.equal(certainIsoDate('25:00 1/13/2013', 'datetime'), undefined);
  });

  it("reads ISO 8601's basic form 20140214 as the metadata's 2014-02-14 (CONEVAL's first catalog); a data file may keep it, it is ISO 8601 too", async () => {
    assert.deepEqual(await everywhere('20140214'), { imported: '2014-02-14', fixed: '2014-02-14', cell: undefined });
    assert.equal(readWrittenDate('20140214', 'cell'), undefined, 'eight digits in a table are a key or an amount');
    assert.deepEqual(readWrittenDate('20141302', 'date'), { readings: [], evidence: 'unknown' }, 'shaped like a date, but there is no month 13');
    for (const text of ['12345678', '00000000', '2014021']) assert.equal(certainIsoDate(text, 'date'), undefined, text);
  });
});
