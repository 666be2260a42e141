import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCsv } from '../../../server/src/core/adela/csvReader';
import { decodeText } from '../../../server/src/core/text/decodeText';

const cells = (text: string): string[][] => readCsv(text).rows.map((row) => row.cells);

describe('reading spreadsheet CSV', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, numbering rows as a spreadsheet does', () => {
    const table = readCsv('a,b\r\n"x, y","dijo ""hola""\nadiós"\r\nz,w\r\n');
    assert.deepEqual(
      table.rows.map((row) => row.cells),
      [
        ['a', 'b'],
        ['x, y', 'dijo "hola"\nadiós'],
        ['z', 'w'],
      ],
    );
    assert.deepEqual(
      table.rows.map((row) => [row.row, row.line]),
      [
        [1, 1],
        [2, 2],
        [3, 4],
      ],
    );
  });

  it('keeps ragged rows and blank rows as they are', () => {
    assert.deepEqual(cells('a,b,c\n1\n\n1,2,3,4\n'), [['a', 'b', 'c'], ['1'], [''], ['1', '2', '3', '4']]);
  });

  it('reads a quote that never closes as text instead of swallowing the rest of the file', () => {
    const table = readCsv('a,b,c\n1,"abierta,3\n4,5,6\n');
    assert.deepEqual(
      table.rows.map((row) => row.cells),
      [
        ['a', 'b', 'c'],
        ['1', '"abierta', '3'],
        ['4', '5', '6'],
      ],
    );
    assert.deepEqual(
      table.rows.map((row) => row.strayQuote),
      [false, true, false],
    );
  });

  it('reads a quote closed by more text, or inside a cell, as text', () => {
    assert.deepEqual(cells('"abc"def,2\nEl "mejor" dato,3\n'), [
      ['"abc"def', '2'],
      ['El "mejor" dato', '3'],
    ]);
  });

  it('detects semicolons and tabs from the header row', () => {
    assert.equal(readCsv('a;b;c\n1;2,5;3\n').delimiter, ';');
    assert.deepEqual(cells('a\tb\n1\t2\n'), [
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('accepts spaces before a quoted cell', () => {
    assert.deepEqual(cells('a, "b, c", d\n'), [['a', 'b, c', ' d']]);
  });
});

describe('decoding the bytes of an export', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xad])), { text: 'í', encoding: 'utf-8-bom' });
    assert.deepEqual(decodeText(Buffer.from('Índice', 'utf8')), { text: 'Índice', encoding: 'utf-8' });
  });

  it('reads Latin-1 and windows-1252 bytes that are not UTF-8', () => {
    assert.deepEqual(decodeText(Buffer.from([0xcd, 0x6e, 0x64, 0x69, 0x63, 0x65, 0x20, 0x93, 0x78, 0x94])), { text: 'Índice “x”', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with a byte-order mark, as Excel saves "Unicode text"', () => {
    assert.deepEqual(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xed, 0x00])), { text: 'aí', encoding: 'utf-16le' });
  });
});
