import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogText, datasetIdentifier, planText } from '../../bench/generate';
import { analyzeFile, DocumentAnalyzer } from '../../server/src/core/check/analyzeFile';
import { IncrementalYamlParser } from '../../server/src/core/parse/incrementalYaml';
import { parseYaml } from '../../server/src/core/parse/yamlParser';
import type { LineIndex } from '../../server/src/core/text/lineIndex';
import { editSequence } from '../support/yamlEdits';

/**
 * The incremental parser and analyzer must give exactly what a full parse and a fresh analysis give,
 * after any sequence of edits. These tests type, delete and paste at random places in generated
 * catalogs and plans (with a fixed seed, so a failure can be replayed) and compare at every step.
 */

const CATALOG = catalogText(12, 11);
const PLAN = planText(
  Array.from({ length: 8 }, (_, i) => datasetIdentifier(i)),
  12,
);

/** Hand-written layouts the line scan must handle or refuse: compact lists, comments, block scalars, lists in the middle. */
const LAYOUTS = [
  'title: Catálogo\ndataset:\n- identifier: a\n  title: A\n- identifier: b\n  title: B\nlicense: x\n',
  'title: Catálogo\ndataset:\n  # primero\n  - identifier: a\n    description: |\n      Varias\n      líneas\n\n  # segundo\n  - identifier: b\n    keyword: [a, b]\n\n# fin de la lista\nhomepage: https://x.gob.mx\n',
  'dataset:\n  - identifier: a\n    distribution:\n      - title: r\n        mediaType: text/csv\n  -\n  - just a scalar\n  - - nested\n    - list\n',
  'inventario:\n  - conjunto: a\n    acceso: publico\nplan:\n  - conjunto: a\n    periodicidad: anual\nconsultas:\n  - { fecha: 2026-01-01, url: https://x.gob.mx }\n',
];

/** Where a line index says each line starts. */
function lineStarts(lines: LineIndex): number[] {
  return Array.from({ length: lines.lineCount }, (_, line) => lines.offsetAt({ line, character: 0 }));
}

describe('incremental YAML parsing', () => {
  for (const [name, base, seed] of [['catalog', CATALOG, 1], ['plan', PLAN, 2], ...LAYOUTS.map((layout, i) => [`layout ${i + 1}`, layout, 10 + i] as const)] as const) {
    it(`gives exactly the full parse after every random edit of a ${name}`, () => {
      const parser = new IncrementalYamlParser();
      let piecewise = 0;
      let steps = 0;
      for (const text of editSequence(seed, base, 150)) {
        const incremental = parser.parse(text);
        const full = parseYaml(text);
        // The line index too: it is carried over from the last text, not built afresh.
        assert.deepStrictEqual(
          { root: incremental.root, problems: incremental.problems, lines: lineStarts(incremental.lines) },
          { root: full.root, problems: full.problems, lines: lineStarts(full.lines) },
          `step ${steps}: ${JSON.stringify(text)}`,
        );
        if (incremental.lists) piecewise++;
        steps++;
      }
      // The comparison is only worth something if many steps really were read piecewise (fewer in
      // the tiny layouts, where a random edit more often breaks the structure).
      const minimum = name.startsWith('layout') ? 0.15 : 0.3;
      assert.ok(piecewise > steps * minimum, `${piecewise} of ${steps} steps were read piecewise`);
    });
  }

  it('re-reads only the item that changed', () => {
    const parser = new IncrementalYamlParser();
    const first = parser.parse(CATALOG);
    const at = CATALOG.indexOf('title: ', CATALOG.length / 2) + 'title: '.length;
    const second = parser.parse(CATALOG.slice(0, at) + 'x' + CATALOG.slice(at));
    const before = first.lists!.get('dataset')!;
    const after = second.lists!.get('dataset')!;
    const reread = after.filter((item, i) => item.item !== before[i]!.item);
    assert.equal(reread.length, 1);
    // Datasets before the edit keep their very nodes; those after it are moved, not re-read.
    const changed = after.indexOf(reread[0]!);
    assert.equal(after[0]!.node, before[0]!.node);
    assert.equal(after[changed + 1]!.item, before[changed + 1]!.item);
    assert.equal(after[changed + 1]!.node.start, before[changed + 1]!.node.start + 1);
  });

  it('refuses layouts it cannot split safely, and parses them whole', () => {
    const parser = new IncrementalYamlParser();
    for (const text of [
      '%YAML 1.1\n---\ndataset:\n  - identifier: yes\n', // a directive changes how every item reads
      'dataset:\n  - &base { identifier: a }\n  - *base\n', // an alias reaches across items
      'dataset:\n  - identifier: a\n first: wrong column\n',
      'dataset:\r  - identifier: a\r',
    ]) {
      const parsed = parser.parse(text);
      assert.equal(parsed.lists, undefined, JSON.stringify(text));
      assert.deepStrictEqual(parsed.root, parseYaml(text).root);
    }
  });
});

describe('incremental analysis', () => {
  for (const [name, id, role, base, seed] of [
    ['catalog', 'file:///w/catalogo.yaml', 'metadata', CATALOG, 3],
    ['plan', 'file:///w/plan-de-apertura.yaml', 'plan', PLAN, 4],
  ] as const) {
    it(`gives exactly a fresh analysis after every random edit of a ${name}`, () => {
      const analyzer = new DocumentAnalyzer();
      let step = 0;
      for (const text of editSequence(seed, base, 100)) {
        const incremental = analyzer.analyze(id, role, text);
        const fresh = analyzeFile(id, role, text);
        assert.deepStrictEqual(
          { kind: incremental.kind, root: incremental.parsed.root, findings: incremental.findings, evidence: incremental.evidence, datasets: incremental.datasets },
          { kind: fresh.kind, root: fresh.parsed.root, findings: fresh.findings, evidence: fresh.evidence, datasets: fresh.datasets },
          `step ${step++}`,
        );
      }
    });
  }
});
