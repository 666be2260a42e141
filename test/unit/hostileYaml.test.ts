import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/check/analyzeFile';
import { parseJson } from '../../server/src/core/parse/jsonParser';
import { parseYaml } from '../../server/src/core/parse/yamlParser';
import { toPlainValue, type SourceNode } from '../../server/src/core/parse/sourceTree';

/**
 * Hostile input: files written to exhaust the parser (time, memory or stack). Each must end with a
 * bounded tree and one clear Spanish diagnostic. The per-test timeout is only a hang detector.
 */
const HANG_GUARD = { timeout: 60_000 };

/** Nodes in a source tree, counted without recursion (the tree may be deep). */
function countNodes(root: SourceNode | undefined): number {
  let count = 0;
  const pending: SourceNode[] = root ? [root] : [];
  while (pending.length > 0) {
    const node = pending.pop()!;
    count++;
    if (node.type === 'array') pending.push(...node.items);
    else if (node.type === 'object') for (const property of node.properties) pending.push(property.value);
  }
  return count;
}

function rulesOf(problems: ReadonlyArray<{ rule: string }>): string[] {
  return problems.map((problem) => problem.rule);
}

function billionLaughs(): string {
  const names = 'abcdefghij';
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level < 10; level++) {
    lines.push(
      `${names[level]}: &${names[level]} [${Array(10)
        .fill(`*${names[level - 1]}`)
        .join(', ')}]`,
    );
  }
  return lines.join('\n') + '\n';
}

describe('hostile YAML and JSON', () => {
  it('stops a billion-laughs alias bomb with a bounded tree and one diagnostic', HANG_GUARD, () => {
    const parsed = parseYaml(billionLaughs());
    // Ten levels of ten aliases would be 10^10 nodes; the expansion stops at a fixed budget.
    assert.ok(countNodes(parsed.root) < 20_000, `nodes: ${countNodes(parsed.root)}`);
    const bomb = parsed.problems.filter((problem) => problem.rule === 'yaml-alias-excesivo');
    assert.equal(bomb.length, 1, JSON.stringify(rulesOf(parsed.problems)));
    assert.match(bomb[0]!.message, /alias.*demasiados nodos/);

    const analysis = analyzeFile('bomba.dcat.yaml', 'metadata', billionLaughs());
    assert.ok(analysis.findings.some((finding) => finding.data.rule === 'yaml-alias-excesivo' && finding.weight === 'mandatory'));
  });

  it('reports anchors used inside themselves instead of expanding them forever', HANG_GUARD, () => {
    for (const text of ['a: &a [*a]\n', 'a: &a\n  b: *a\n', 'a: &a\n  - b: &b\n      c: *a\n']) {
      const parsed = parseYaml(text);
      const cyclic = parsed.problems.filter((problem) => problem.rule === 'yaml-alias-ciclico');
      assert.equal(cyclic.length, 1, `${JSON.stringify(text)} → ${JSON.stringify(rulesOf(parsed.problems))}`);
      assert.match(cyclic[0]!.message, /propio ancla/);
      assert.ok(countNodes(parsed.root) < 10);
    }
  });

  it('reads a 100,000-key mapping and finds its one duplicate key', HANG_GUARD, () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i}`);
    keys.push('k500: otra vez');
    const text = keys.join('\n') + '\n';
    const parsed = parseYaml(text);
    assert.equal(parsed.root?.type === 'object' ? parsed.root.properties.length : 0, 100_001);
    const duplicates = parsed.problems.filter((problem) => problem.rule === 'yaml-duplicate-key');
    assert.equal(duplicates.length, 1);
    assert.equal(text.slice(duplicates[0]!.start, duplicates[0]!.end), 'k500');
  });

  it('caps the findings of a file with 100,000 unknown fields and says how many there are', HANG_GUARD, () => {
    const text = '{' + Array.from({ length: 100_000 }, (_, i) => `"campo${i}": ${i}`).join(',') + '}';
    const analysis = analyzeFile('campos.dcat.json', 'metadata', text);
    assert.ok(analysis.findings.length <= 502, `findings: ${analysis.findings.length}`);
    const summary = analysis.findings.find((finding) => finding.data.rule === 'demasiados-problemas');
    assert.ok(summary);
    assert.match(summary.message, /problemas de estructura; se muestran los primeros 500/);
  });

  for (const [shape, text] of [
    ['block mappings', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' fondo\n'],
    ['block sequences', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}-`).join('\n') + ' fondo\n'],
    ['flow sequences', `a: ${'['.repeat(1000)}${']'.repeat(1000)}\n`],
    ['flow mappings', `a: ${'{b: '.repeat(1000)}1${'}'.repeat(1000)}\n`],
  ] as const) {
    it(`says once that 1,000 levels of ${shape} are too deep`, HANG_GUARD, () => {
      const parsed = parseYaml(text);
      const deep = parsed.problems.filter((problem) => problem.rule === 'yaml-anidamiento');
      assert.equal(deep.length, 1, JSON.stringify(rulesOf(parsed.problems)));
      assert.match(deep[0]!.message, /anidado a (más de 200|demasiados) niveles; no se revisó más adentro/);
      const analysis = analyzeFile('hondo.dcat.yaml', 'metadata', text);
      assert.equal(analysis.findings.filter((finding) => finding.data.rule === 'yaml-anidamiento').length, 1);
    });
  }

  it('says a JSON file nested 100,000 levels deep is too deep instead of overflowing the stack', HANG_GUARD, () => {
    for (const depth of [1000, 100_000]) {
      const parsed = parseJson(`{"dataset": ${'['.repeat(depth)}${']'.repeat(depth)}}`);
      assert.deepEqual(rulesOf(parsed.problems), ['json-anidamiento']);
      assert.match(parsed.problems[0]!.message, /anidado a más de 200 niveles/);
      assert.equal(parsed.problems[0]!.start, 12 + 199);
    }
    // Brackets inside strings are text, not nesting.
    assert.deepEqual(parseJson(`{"title": "${'['.repeat(2000)}"}`).problems, []);
  });

  it('reads custom and unusual tags as the text written; unknown ones get a warning; nothing is run', HANG_GUARD, () => {
    const text = [
      'title: !!python/object/apply:os.system ["echo hola"]',
      'description: !js/function "function () { return 1 }"',
      'keyword: !!binary aG9sYQ==',
      'modified: !!timestamp 2020-01-01',
      '',
    ].join('\n');
    const parsed = parseYaml(text);
    const tags = parsed.problems.filter((problem) => problem.rule === 'yaml-tag-resolve-failed');
    assert.equal(tags.length, 2, JSON.stringify(parsed.problems));
    for (const tag of tags) {
      assert.equal(tag.severity, 'warning');
      assert.match(tag.message, /Etiqueta YAML \(!\) desconocida/);
    }
    const values =
      parsed.root?.type === 'object' ? parsed.root.properties.map((property) => [property.key, property.value.type === 'scalar' ? property.value.value : property.value.type]) : [];
    assert.deepEqual(values, [
      ['title', 'array'],
      ['description', 'function () { return 1 }'],
      // Not decoded bytes nor a JavaScript date: what the user wrote, as the schema checks it.
      ['keyword', 'aG9sYQ=='],
      ['modified', '2020-01-01'],
    ]);
  });

  it('reports the first 200 syntax errors of a file full of them and counts the rest in one', HANG_GUARD, () => {
    const text = '- ]\n'.repeat(5000);
    const parsed = parseYaml(text);
    assert.equal(parsed.problems.length, 201);
    const summary = parsed.problems[200]!;
    assert.equal(summary.rule, 'demasiados-errores-de-sintaxis');
    assert.match(summary.message, /^Hay 9799 errores de sintaxis más a partir de aquí; corrige los primeros para ver los demás\.$/);
    // Where the first error left out is, so the user can see where the count starts.
    assert.equal(text.slice(summary.start, summary.end), ']');
    assert.ok(analyzeFile('roto.dcat.yaml', 'metadata', text).findings.length <= 202);
  });

  it('checks the first document of a multi-document stream and says the rest is skipped', HANG_GUARD, () => {
    const text = 'identifier: uno\n---\nidentifier: dos\n---\nidentifier: tres\n';
    const parsed = parseYaml(text);
    const multiple = parsed.problems.filter((problem) => problem.rule === 'yaml-multiple-docs');
    assert.ok(multiple.length >= 1, JSON.stringify(rulesOf(parsed.problems)));
    assert.match(multiple[0]!.message, /varios documentos YAML.*solo se revisa el primero/);
    const root = parsed.root;
    assert.ok(root?.type === 'object');
    assert.deepEqual(
      root.properties.map((property) => property.key),
      ['identifier'],
    );
  });
});

describe('keys that name object internals', () => {
  it('keeps a key «__proto__» as data in the plain value: no prototype changes', () => {
    const root = parseYaml('identifier: a\n__proto__:\n  polluted: true\nconstructor: x\n').root!;
    const value = toPlainValue(root) as Record<string, unknown>;
    assert.deepEqual(Object.keys(value), ['identifier', '__proto__', 'constructor']);
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.equal((value as { polluted?: unknown }).polluted, undefined);
    assert.equal(({} as { polluted?: unknown }).polluted, undefined);
    assert.deepEqual(JSON.parse(JSON.stringify(value)), { identifier: 'a', ['__proto__']: { polluted: true }, constructor: 'x' });
  });
});
