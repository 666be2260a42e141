import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText, decodeWindows1252, garbledWord, SniffingDecoder } from '../../../server/src/core/text/decodeText';

/** The text the streaming decoder gives for bytes fed in chunks of `size`. */
function streamed(bytes: Uint8Array, size: number): string {
  const decoder = new SniffingDecoder();
  const pieces = [];
  for (let start = 0; start < bytes.length; start += size) pieces.push(...decoder.decode(bytes.subarray(start, start + size)));
  pieces.push(...decoder.end());
  return pieces.map((piece) => piece.text).join('');
}

// «Índice “x” – año», as Excel on Windows saves it: Í, “, ”, – and ñ are single bytes.
const WINDOWS_1252 = new Uint8Array([0xcd, 0x6e, 0x64, 0x69, 0x63, 0x65, 0x20, 0x93, 0x78, 0x94, 0x20, 0x96, 0x20, 0x61, 0xf1, 0x6f]);

describe('one text decoder for imports and data checks', () => {
  it('reads Windows-1252 quotes and dashes the same whole or in chunks of any size', () => {
    assert.equal(decodeWindows1252(WINDOWS_1252), 'Índice “x” – año');
    assert.deepEqual(decodeText(WINDOWS_1252), { text: 'Índice “x” – año', encoding: 'windows-1252' });
    for (const size of [1, 3, 5, 64]) assert.equal(streamed(WINDOWS_1252, size), 'Índice “x” – año', `chunks of ${size}`);
  });

  it('reads UTF-8 split inside a character, and names the encoding as the import reports it', () => {
    const bytes = new TextEncoder().encode('año “x”');
    for (const size of [1, 2, 7]) assert.equal(streamed(bytes, size), 'año “x”', `chunks of ${size}`);
    assert.deepEqual(decodeText(bytes), { text: 'año “x”', encoding: 'utf-8' });
  });

  it('reads UTF-16 without a byte-order mark in imports too (zero bytes between ASCII letters)', () => {
    const bytes = new Uint8Array([...'titulo,año'].flatMap((character) => [character.charCodeAt(0), 0]));
    assert.deepEqual(decodeText(bytes), { text: 'titulo,año', encoding: 'utf-16le' });
  });

  it('finds text that was decoded with the wrong encoding before it reached us, and nothing in good Spanish', () => {
    assert.equal(garbledWord('Sistema de InformaciÃ³n Social'), 'InformaciÃ³n');
    assert.equal(garbledWord('Â¿Qué es?'), 'Â¿Qué');
    // CONEVAL's 2014 catalog: UTF-8 read as Latin-1, saved as Mac Roman, read as windows-1252.
    assert.equal(garbledWord(decodeWindows1252(new Uint8Array([0x44, 0x69, 0x61, 0x67, 0x6e, 0xcc, 0x5f, 0x73]))), 'DiagnÌ_s');
    assert.equal(garbledWord('p\u008dblico'), 'p\ufffdblico', 'a C1 control character is shown as �');
    assert.equal(garbledWord(',\u030dndice'), ',\u030dndice', 'an accent on no letter');
    for (const good of ['¿Qué año? Índice de rezago, pingüino, São Paulo, Ñuñoa', 'Cafe\u0301 (NFD)', '«comillas» — 3,5 %', 'ÌTALO'])
      assert.equal(garbledWord(good), undefined, good);
  });
});
