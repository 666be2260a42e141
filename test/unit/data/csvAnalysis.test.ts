import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCsv } from '../../../server/src/core/data/csvAnalysis';
import { checkCsvStream } from '../../../server/src/core/data/csvCheck';
import { bytesOf, chunked, latin1 } from './csvFixtures';

async function analyze(bytes: Uint8Array) {
  return analyzeCsv('datos/x.csv', await checkCsvStream(chunked(bytes, 1024)));
}

/** `line:column:rule` of each finding, positions as the editor shows them (1-based line, 0-based column). */
function located(analysis: Awaited<ReturnType<typeof analyze>>): string[] {
  return analysis.findings.map((finding) => {
    const { line, character } = analysis.parsed.lines.positionAt(finding.start);
    return `${line + 1}:${character}:${finding.data.rule}`;
  });
}

describe('analyzeCsv', () => {
  it('puts each finding on its cell of the real file, far below the lines it keeps', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},Municipio ${i},${i * 10}`);
    rows[4000] = '4000,Mérida,$4,000';
    const analysis = await analyze(bytesOf(`id,municipio,monto\n${rows.join('\n')}\n`));
    assert.deepEqual(located(analysis), ['4002:0:fila-irregular', '4002:12:simbolo-en-numero']);
    const symbol = analysis.findings[1]!;
    const range = analysis.parsed.lines.rangeOf(symbol.start, symbol.end);
    assert.deepEqual(range, { start: { line: 4001, character: 12 }, end: { line: 4001, character: 14 } });
    assert.equal(analysis.parsed.text.slice(symbol.start, symbol.end), '$4');
    assert.equal(analysis.kind, 'csv');
  });

  it('counts one file of evidence for each requirement, failed where it fails', async () => {
    const good = await analyze(bytesOf('a,b\n1,2\n'));
    assert.deepEqual(good.findings, []);
    assert.deepEqual(good.evidence, { 'intermedio-2a': { items: 1, failed: 0 }, 'intermedio-3b': { items: 1, failed: 0 } });
    const latin = await analyze(latin1('a,b\nMérida,2\n'));
    assert.deepEqual(located(latin), ['2:1:codificacion-no-utf8']);
    assert.equal(latin.findings[0]!.requirement, 'intermedio-2a');
    assert.match(latin.findings[0]!.message, /no está en UTF-8.*línea 2.*ISO-8859-1 \(Latin-1\)/);
    assert.deepEqual(latin.evidence, { 'intermedio-2a': { items: 1, failed: 1 }, 'intermedio-3b': { items: 1, failed: 0 } });
  });

  it('marks the delimiter of a blank header cell and says how many more problems there are', async () => {
    const blank = await analyze(bytesOf('a,,c\n1,2,3\n'));
    const [finding] = blank.findings;
    assert.equal(blank.parsed.text.slice(finding!.start, finding!.end), ',');
    assert.match(finding!.message, /La columna 2 no tiene nombre/);
    const many = await analyze(bytesOf(`a,b\n${Array.from({ length: 12 }, () => '1').join('\n')}\n`));
    assert.equal(many.findings.length, 5);
    assert.doesNotMatch(many.findings[3]!.message, /En total/);
    assert.match(many.findings[4]!.message, /En total hay 12 casos de este problema en el archivo; se muestran los primeros 5\./);
    assert.equal(many.findings[4]!.data.count, 12);
  });
});
