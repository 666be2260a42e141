import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Parser } from 'yaml';
import { catalogText, datasetIdentifier, planText } from '../../bench/generate';
import { importFiles } from '../../server/src/core/exchange/importFiles';
import { readPlainYaml, type PlainYamlTree } from '../../server/src/core/parse/plainYaml';
import { readPlainYamlText } from '../../server/src/core/parse/plainYamlText';
import { findTopLevelLists } from '../../server/src/core/parse/yamlLayout';
import { parseYaml, type YamlFragment } from '../../server/src/core/parse/yamlParser';
import { editSequence } from '../support/yamlEdits';

/**
 * Plain block YAML is read from the library's tokens without composing its document (see
 * `plainYaml.ts`). The tree, the problems and what the incremental parser learns must be exactly
 * what composing with the library gives, on every text: real files, generated ones, every corner
 * of the subset and of its edges, and thousands of random edits of them.
 */

const ROOT = path.resolve(__dirname, '..', '..');

/** Texts at the edges of the subset: each either read plainly or left to the library, never read differently. */
const CORNERS = [
  'a: 1\nb: 1.50\nc: ~\nd:\ne: true\nf: 0x1F\ng: 0o17\nh: .inf\ni: -.nan\nj: 1e3\n\'k\': "v"\n1: uno\nnull: x\ntrue: y\n1.0: z\n',
  '# arriba\na: 1 # después\n# entre\nb:\n  # dentro\n  - x # c\n  # fin de la lista\n# fin\n',
  'a: # nada\nb:\n  -\n  - # c\n  -   \n  - \nc:   \n',
  'd: |\n  uno\n  dos\ne: >-\n  a\n  b\n\nf: |+\n  x\n\ng: >2\n    sangría\nh: |\nx: 1\n',
  '|\n  en la raíz\n',
  'hola\n',
  '"hola"',
  "'it''s'",
  '',
  '# solo un comentario\n',
  '---\na: 1\n',
  '--- a: 1\n',
  '---\n- x\n...\n',
  'a: 1\n---\nb: 2\n',
  'a: uno\n  dos\n',
  '- uno\n  dos\n- "tres\n  cuatro"\n',
  `${'k'.repeat(1100)}: largo\n`,
  'a:\tb\n',
  'a:\n\t- x\n',
  'a: [1, 2]\nb: {c: d}\n',
  'a: [a, b, ]\nb: [, a]\nc: [a,, b]\nd: []\ne: {}\n',
  'a: {a}\n',
  'a: {a: }\nb: {c: 1, c: 2}\n',
  'a: [a: 1]\n',
  'a: [a, [b, c], {d: e, "f": \'g\'}]\n',
  'a: [a,\n  b,\n  c\n  ]\nb: {c: 1,\n  d: 2}\n',
  'a: [a, # c\n  b]\n',
  'a: [a]]\n',
  'a: [a\nb: 1\n',
  'a: [a] # c\nb: [b]# c\n',
  'a: [- a]\nb: {c: - d}\n',
  'a: [a,\tb]\n',
  '[a, b]\n',
  '{a: b}\n',
  'a: [x\ny]\n',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: 1\na: 2\n',
  '? a\n: b\n',
  'a: b#c\nd: "e"#f\n',
  'a: 1\n b: 2\n',
  '- a\n  - b\n',
  'a: 1\r\nb:\r\n  - x\r\n',
  '\uFEFFa: 1\n',
  'a:\n  b: 1\n # mal\n  c: 2\n',
  'a: b: c\n',
  'a:\n- x\n- y\nb: 1\n',
  '- - - x\n    - y\n  - z\n',
  '- a: 1\n  b:\n  - c\n',
  'a: "esc \\t \\u00e9 \\x41"\nb: "mal \\q"\n',
  "a: 'dos\n\n  líneas'\n",
  'a: `x`\nb: @y\nc: %z\n',
  'a: -\nb: - x\n',
  'a:\n  - b\n  c: 1\n',
  "  - a: -5\n    b: 0x1F\n    c: .5\n    d: 1e3\n    e: +1\n    f: NULL\n    g: \"x # y\"\n    h: 'it''s'\n    i: a#b\n    j: a #b\n    k: a:b\n    l: http://x.y/z?q=1#f\n    m: [a, \"b\", 'c', 1, true, ~]\n    n: []\n    o: [ ]\n    p: x  \n    q:   y\n",
  '- a\n- b\n',
  '- [a]\n- b: 1\n  c:\n  d: 2\n',
  'a.b: 1\na-b: 2\n_a: 3\nNull: 4\nTRUE: 5\n',
  'a: 1\nb:\n  - x\n  - y: 1\n    z: 2\nc: 3\n',
  'a: 1\n  \n\n',
  'a: b',
  '- a',
  "a: 'x'' '\nb: \"x\" y\nc: 'x' # c\n",
  'a: [a, b] # c\nb: [a, b]# c\n',
  'a: [a:b]\nb: [a b]\nc: [-1, -a]\nd: [a, [b]]\n',
  'a: - b\nb: ? c\n',
  'a: |x\n',
  '# c\n\na: 1\n',
  '  # c\n  a: 1\n',
  '# c\n  - a\n',
  'a:\n    b: 1\n  c: 2\n',
  '- a: 1\n   b: 2\n',
  'a:  \n  b: 1\n',
  'a:   \nb: 1\n',
  'a: x\n\nb: y\n',
  'a: x\n# c\nb: y\n',
  'x',
  ':',
  '- ',
  'a:',
];

/** A chain of `depth` nested one-key mappings. */
function nested(depth: number): string {
  return Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}k${level}:`).join('\n') + ' fondo\n';
}

/** The YAML files `guia import` writes from the real ADELA exports kept as fixtures. */
function importedRealFiles(): string[] {
  const folder = path.join(ROOT, 'test', 'fixtures', 'real');
  const texts: string[] = [];
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.csv'))) {
    const result = importFiles([{ name, bytes: readFileSync(path.join(folder, name)) }]);
    texts.push(...result.files.map((file) => file.text));
  }
  return texts;
}

function exampleFiles(): string[] {
  const folder = path.join(ROOT, 'examples');
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => readFileSync(path.join(folder, file), 'utf8'));
}

const GENERATED = [
  catalogText(12, 5, 'realistic'),
  catalogText(12, 6),
  planText(
    Array.from({ length: 8 }, (_, i) => datasetIdentifier(i)),
    7,
  ),
];

/**
 * `text` read by each plain reader that takes it, and by `parseYaml`, as a piece at `offset`,
 * `depthOffset` deep when given, must be exactly what composing with the library gives.
 */
function assertSameReading(text: string, piece?: { offset: number; depthOffset: number }): void {
  const composed: YamlFragment = { depthOffset: piece?.depthOffset ?? 0, offset: piece?.offset ?? 0 };
  const reference = parseYaml(text, composed, false);
  const read: YamlFragment = { depthOffset: piece?.depthOffset ?? 0, offset: piece?.offset ?? 0 };
  const parsed = parseYaml(text, read);
  assert.deepStrictEqual(
    { root: parsed.root, problems: parsed.problems, fragment: read },
    { root: reference.root, problems: reference.problems, fragment: composed },
    JSON.stringify(text),
  );
  const maxDepth = 200 - (piece?.depthOffset ?? 0);
  const readers: Array<[string, PlainYamlTree | undefined]> = [
    ['text', readPlainYamlText(text, piece?.offset ?? 0, maxDepth)],
    ['tokens', readPlainYaml([...new Parser().parse(text)], piece?.offset ?? 0, maxDepth)],
  ];
  for (const [reader, tree] of readers) {
    if (tree === undefined) continue;
    assert.deepStrictEqual(
      { root: tree.root, nodeEnd: tree.nodeEnd, problems: [], usesAnchors: false },
      { root: reference.root, nodeEnd: composed.nodeEnd, problems: reference.problems, usesAnchors: composed.usesAnchors },
      `${reader}: ${JSON.stringify(text)}`,
    );
  }
}

/** The items of a text's top-level lists, as the incremental parser reads them. */
function listItems(text: string): Array<{ text: string; offset: number }> {
  return (findTopLevelLists(text) ?? []).flatMap((list) => list.items.map((span) => ({ text: text.slice(span.start, span.end), offset: span.start })));
}

/** The text as written on Windows. */
function withCrLf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

function readsPlainly(text: string): boolean {
  return readPlainYaml([...new Parser().parse(text)], 0, 200) !== undefined;
}

describe('reading plain block YAML without composing it', () => {
  const real = importedRealFiles();
  const examples = exampleFiles();

  it('reads every corner of the subset exactly as the library composes it', () => {
    for (const text of [...CORNERS, ...CORNERS.map(withCrLf)]) {
      assertSameReading(text);
      assertSameReading(text, { offset: 17, depthOffset: 1 });
    }
  });

  it('leaves nesting beyond the limit to the library, which reports it once', () => {
    for (const depth of [150, 199, 200, 201, 230]) {
      assertSameReading(nested(depth));
      assertSameReading(nested(depth), { offset: 3, depthOffset: 1 });
    }
  });

  it('reads real, example and generated files, whole and item by item, with either line ending, as the library does', () => {
    const files = [...real, ...examples, ...GENERATED];
    for (const text of [...files, ...files.map(withCrLf)]) {
      assertSameReading(text);
      for (const item of listItems(text)) assertSameReading(item.text, { offset: item.offset, depthOffset: 1 });
    }
  });

  it('agrees with the library after thousands of random edits', () => {
    // Whole files, and single list items (what a big catalog is read as), with and without blank lines after them.
    const items = GENERATED.flatMap((text) =>
      listItems(text)
        .slice(0, 2)
        .map((item) => item.text),
    );
    const lf = [...CORNERS.slice(0, 4), ...GENERATED, ...examples.slice(0, 4), ...real.slice(0, 4), ...items, ...items.map((item) => `${item}\n  \n`)];
    const bases = [...lf, ...lf.slice(-8).map(withCrLf)];
    let readPlainly = 0;
    let readFromText = 0;
    let texts = 0;
    bases.forEach((base, index) => {
      for (const text of editSequence(100 + index, base, 120)) {
        assertSameReading(text);
        if (readsPlainly(text)) readPlainly++;
        if (readPlainYamlText(text, 0, 200) !== undefined) readFromText++;
        texts++;
      }
    });
    // Most edits leave the text plain: the comparison is only worth something if those were read plainly.
    assert.ok(readPlainly > texts * 0.3, `${readPlainly} of ${texts} edited texts were read plainly`);
    assert.ok(readFromText > texts * 0.1, `${readFromText} of ${texts} edited texts were read from the text alone`);
  });

  it('reads the files institutions write without composing them (where the time goes when a catalog opens)', () => {
    const refused = [...real, ...examples, ...GENERATED].filter((text) => !readsPlainly(text));
    assert.deepEqual(refused, []);
    // A catalog's datasets, the bulk of a big one, and the dataset files `guia import` writes are
    // read from the text alone, whatever the line ending (but for a description written as a
    // block of lines, `|-`, which the library reads).
    const items = GENERATED.slice(0, 2)
      .flatMap(listItems)
      .map((item) => item.text);
    const datasets = real.filter((text) => /^identifier:/m.test(text) && !/: [|>]/.test(text));
    assert.ok(items.length > 20 && datasets.length > 20);
    const notFromText = [...items, ...datasets].flatMap((text) => [text, withCrLf(text)]).filter((text) => readPlainYamlText(text, 0, 200) === undefined);
    assert.deepEqual(notFromText, []);
  });
});
