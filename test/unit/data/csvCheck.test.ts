import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCsvStream } from '../../../server/src/core/data/csvCheck';
import type { CsvReport } from '../../../server/src/core/data/csvReport';
import { bytesOf, chunked, latin1 } from './csvFixtures';

/** Checks bytes fed in chunks of `size`, as a file stream would deliver them. */
function check(bytes: Uint8Array, size = 64 * 1024, delimiter?: string): Promise<CsvReport> {
  return checkCsvStream(chunked(bytes, size), delimiter === undefined ? {} : { delimiter });
}

/** `kind@line` (1-based) of every example, in report order. */
function problems(report: CsvReport): string[] {
  return report.problems.flatMap((problem) => problem.examples.map((example) => `${problem.kind}@${example.line + 1}`));
}

const GOOD =
  'cve_ent,cve_mun,municipio,poblacion_total,porcentaje_pobreza,fecha_corte\n01,01001,Aguascalientes,948990,21.9,2020-08-01\n07,07002,"Acala, Chiapas",30899,78.4,2020-08-01\n14,14039,Guadalajara,1385629,22.1,2020-08-01T00:00:00-06:00\n';

describe('checkCsvStream', () => {
  it('passes a well-formed UTF-8 file with quoted delimiters and ISO dates', async () => {
    const report = await check(bytesOf(GOOD));
    assert.deepEqual(problems(report), []);
    assert.equal(report.encoding.utf8, true);
    assert.equal(report.rows, 3);
    assert.deepEqual(
      report.header.map((cell) => cell.name),
      ['cve_ent', 'cve_mun', 'municipio', 'poblacion_total', 'porcentaje_pobreza', 'fecha_corte'],
    );
  });

  it('gives the same report whatever the chunk size (sequences split across chunks)', async () => {
    const text = 'municipio,monto,fecha\r\nMérida,"$1,500",29/07/2013\r\n"Tlajomulco\r\nde Zúñiga",12 kg,2013-07-30\r\n';
    const whole = JSON.stringify(await check(bytesOf(text)));
    for (const size of [1, 2, 3, 5, 7]) assert.equal(JSON.stringify(await check(bytesOf(text), size)), whole, `chunks of ${size}`);
    const latin = latin1(text);
    const wholeLatin = JSON.stringify(await check(latin));
    for (const size of [1, 3]) assert.equal(JSON.stringify(await check(latin, size)), wholeLatin, `Latin-1 in chunks of ${size}`);
  });

  it('reports a Latin-1 file with the line and column of its first non-UTF-8 character', async () => {
    const report = await check(latin1('estado,municipio\nJalisco,Guadalajara\nYucatán,Mérida\n'));
    assert.equal(report.encoding.utf8, false);
    assert.equal(report.encoding.likely, 'iso-8859-1');
    assert.deepEqual([report.encoding.line, report.encoding.column], [2, 5], 'the á of Yucatán');
    assert.deepEqual(problems(report), [], 'the rest of the file is still read, as Latin-1');
    assert.equal(report.rows, 2);
  });

  it('calls it Windows-1252 when it has the quotes and dashes only that encoding has', async () => {
    const bytes = Uint8Array.from([...latin1('nota\nDirección '), 0x93, ...latin1('norte'), 0x94, 0x0a]);
    const report = await check(bytes);
    assert.equal(report.encoding.likely, 'windows-1252');
  });

  it('recognises UTF-16 and accepts a UTF-8 byte order mark', async () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'a,b\n1,2\n'].flatMap((char) => [char.charCodeAt(0), 0])]);
    const report16 = await check(utf16);
    assert.equal(report16.encoding.likely, 'utf-16le');
    assert.deepEqual(
      report16.header.map((cell) => cell.name),
      ['a', 'b'],
    );
    const bom = await check(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf('a,b\n1,2\n')]));
    assert.equal(bom.encoding.utf8, true);
    assert.equal(bom.encoding.bom, true);
    assert.equal(bom.header[0]!.name, 'a', 'the mark is not part of the first header');
  });

  it('reports ragged rows and blank rows inside the table, not trailing blank lines', async () => {
    const report = await check(bytesOf('a,b,c\n1,2,3\n4,5\n\n6,7,8,9\n10,11,12\n\n\n'));
    assert.deepEqual(problems(report), ['fila-irregular@3', 'fila-irregular@5', 'fila-vacia@4']);
    const ragged = report.problems.find((problem) => problem.kind === 'fila-irregular')!;
    assert.deepEqual(
      ragged.examples.map((example) => [example.cells, example.expected]),
      [
        [2, 3],
        [4, 3],
      ],
    );
  });

  it('reports blank and repeated headers on their cells', async () => {
    const report = await check(bytesOf('cve,monto,,Monto\n1,2,3,4\n'));
    assert.deepEqual(problems(report), ['encabezado-vacio@1', 'encabezado-repetido@1']);
    const repeated = report.problems.find((problem) => problem.kind === 'encabezado-repetido')!.examples[0]!;
    assert.deepEqual([repeated.start, repeated.end, repeated.position, repeated.firstPosition], [11, 16, 4, 2]);
  });

  it('reports a title row above the header and a second header row of units', async () => {
    const title = await check(bytesOf('Índice de rezago social 2020,,\ncve,municipio,indice\n01,Aguascalientes,-1.49\n'));
    assert.deepEqual(problems(title), ['encabezado-titulo@1']);
    assert.deepEqual(
      title.header.map((cell) => cell.name),
      ['cve', 'municipio', 'indice'],
      'the real header is the next row',
    );
    const units = await check(bytesOf('cve,poblacion,superficie\n,personas,km2\n01,948990,1170\n02,51536,512\n03,58250,931\n'));
    assert.deepEqual(problems(units), ['encabezado-multiple@2']);
  });

  it('reports currency and unit symbols in numeric columns only, with the bare number', async () => {
    const report = await check(bytesOf('concepto,monto,avance,peso\nObra 1,"$1,234.50",45%,12 kg\nObra 2,900,50,13\nObra 3,1000,55.5,14\nDesayunos $ escolares,1100,60,15\n'));
    assert.deepEqual(problems(report), ['simbolo-en-numero@2', 'simbolo-en-numero@2', 'simbolo-en-numero@2']);
    const examples = report.problems[0]!.examples.map((example) => [example.column, example.symbol, example.suggestion]);
    assert.deepEqual(examples, [
      ['monto', '$', '1234.50'],
      ['avance', '%', '45'],
      ['peso', 'kg', '12'],
    ]);
  });

  it('reports dates that are not ISO 8601 and rewrites them when the order is known', async () => {
    const report = await check(bytesOf('fecha_alta,folio,fecha_baja\n29/07/2013,A-1,2014-01-31\n7/30/2013 9:00:00 PM,A-2,\n03/04/2013,A-3,2013/12/01\n2013-07-31,10/12,\n'));
    const dates = report.problems.find((problem) => problem.kind === 'fecha-no-iso')!;
    assert.deepEqual(
      dates.examples.map((example) => [example.line + 1, example.value, example.suggestion]),
      [
        [2, '29/07/2013', '2013-07-29'],
        [3, '7/30/2013 9:00:00 PM', '2013-07-30T21:00:00'],
        // Day-first and month-first dates in one column: 03/04 cannot be read either way.
        [4, '03/04/2013', undefined],
        [4, '2013/12/01', '2013-12-01'],
      ],
    );
  });

  it('does not take versions or labels for dates or units (seen in real files)', async () => {
    const report = await check(bytesOf('paquete,version,serie\nubuntu,6.06 LTS,1\ncalver,2019.3.9,2\nlibreria,1.0.1367,3\nlinux,4.10,4\n'));
    assert.deepEqual(problems(report), []);
    const dotted = await check(bytesOf('fecha,version\n29.07.2013,2019.3.9\n'));
    assert.deepEqual(problems(dotted), ['fecha-no-iso@2'], 'dots separate dates only in a date column');
    const impossible = await check(bytesOf('fecha\n45/13/2013\n'));
    assert.deepEqual(problems(impossible), [], 'no calendar has that day and month');
  });

  it('reports an unclosed quote where it opens', async () => {
    const report = await check(bytesOf('a,b\n1,"abc\n2,3\n'));
    assert.deepEqual(problems(report), ['comilla-sin-cerrar@2']);
  });

  it('reports an empty file', async () => {
    assert.deepEqual(problems(await check(new Uint8Array(0))), ['archivo-de-datos-vacio@1']);
    assert.deepEqual(problems(await check(bytesOf('\n\n'))), ['archivo-de-datos-vacio@1']);
  });

  it('guesses semicolons and tabs, and takes the delimiter it is given', async () => {
    assert.equal((await check(bytesOf('a;b\n1;2\n'))).delimiter, ';');
    assert.equal((await check(bytesOf('a\tb\n1\t2\n'))).delimiter, '\t');
    assert.equal((await check(bytesOf('a,b;c\n1,2;3\n'))).delimiter, ',');
    const piped = await check(bytesOf('a|b\n1|2\n'), 1024, '|');
    assert.deepEqual(
      piped.header.map((cell) => cell.name),
      ['a', 'b'],
    );
  });

  it('keeps five examples of each problem and counts the rest, however long the file', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? `${i},x` : `${i},x,extra`));
    const report = await check(bytesOf(`id,nombre\n${rows.join('\n')}\n`), 4096);
    const ragged = report.problems.find((problem) => problem.kind === 'fila-irregular')!;
    assert.equal(ragged.count, 10_000);
    assert.deepEqual(
      ragged.examples.map((example) => example.line + 1),
      [3, 5, 7, 9, 11],
    );
    assert.equal(report.rows, 20_000);
    assert.ok(report.lines.length <= 6, 'only the lines of the examples and the header are kept');
  });
});
