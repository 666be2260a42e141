import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseYaml } from '../../server/src/core/parse/yamlParser';
import { nodeAtPath, propertyAtPath, toPlainValue } from '../../server/src/core/parse/sourceTree';

/** A plain object to compare with literals (the tree's objects have no prototype). */
const plain = (node: Parameters<typeof toPlainValue>[0]): unknown => JSON.parse(JSON.stringify(toPlainValue(node)));

describe('parseYaml', () => {
  it('keeps the exact offsets of keys and values', () => {
    const text = 'identifier: rezago-social\ndistribution:\n  - title: Municipios\n    byteSize: 42\n';
    const parsed = parseYaml(text);
    assert.deepEqual(parsed.problems, []);
    const title = nodeAtPath(parsed.root, ['distribution', 0, 'title'])!;
    assert.equal(text.slice(title.start, title.end), 'Municipios');
    const key = propertyAtPath(parsed.root, ['distribution', 0, 'byteSize'])!;
    assert.equal(text.slice(key.keyStart, key.keyEnd), 'byteSize');
    assert.deepEqual(parsed.lines.positionAt(title.start), { line: 2, character: 11 });
    assert.deepEqual(plain(parsed.root!), { identifier: 'rezago-social', distribution: [{ title: 'Municipios', byteSize: 42 }] });
  });

  it('reads dates as text, as the guide writes them', () => {
    const parsed = parseYaml('modified: 2026-05-27T01:42:05-05:00\nfechaEstimada: 2026-06\n');
    assert.deepEqual(plain(parsed.root!), { modified: '2026-05-27T01:42:05-05:00', fechaEstimada: '2026-06' });
  });

  it('reports a syntax error at its place and still reads the rest', () => {
    const text = 'title: "sin cerrar\ndescription: bien\n';
    const parsed = parseYaml(text);
    assert.ok(parsed.problems.length > 0);
    assert.equal(parsed.problems[0]!.severity, 'error');
    assert.match(parsed.problems[0]!.message, /comilla|cierre|carácter/i);
  });

  it('reports duplicate keys in Spanish', () => {
    const parsed = parseYaml('title: a\ntitle: b\n');
    const problem = parsed.problems.find((candidate) => candidate.rule === 'yaml-duplicate-key');
    assert.ok(problem, JSON.stringify(parsed.problems));
    assert.match(problem.message, /repetida/);
  });

  it('keeps positions right after a byte-order mark and with CRLF line ends', () => {
    const text = '\uFEFFidentifier: a\r\ntitle: b\r\n';
    const parsed = parseYaml(text);
    const title = nodeAtPath(parsed.root, ['title'])!;
    assert.equal(text.slice(title.start, title.end), 'b');
    assert.deepEqual(parsed.lines.positionAt(title.start), { line: 1, character: 7 });
  });

  it('stops an alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10)
          .fill(`*${'abcdefghij'[i - 1]}`)
          .join(', ')}]`,
      );
    const started = Date.now();
    const parsed = parseYaml(levels.join('\n') + '\n');
    assert.ok(Date.now() - started < 5000);
    assert.ok(
      parsed.problems.some((problem) => /alias/i.test(problem.message)),
      JSON.stringify(parsed.problems.map((p) => p.rule)),
    );
  });
});
