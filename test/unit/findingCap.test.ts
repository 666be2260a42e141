import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/check/analyzeFile';
import { fileDiagnostics, MAX_DIAGNOSTICS_PER_FILE } from '../../server/src/core/check/diagnostics';
import type { Finding } from '../../server/src/core/findings';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { WorkspaceIndex } from '../../server/src/core/check/workspaceIndex';

/** A catalog with thousands of resources, each with the same two mistakes. */
function catalogWith(resources: number): string {
  const lines = ['title: Catálogo grande', 'identifier: grande', 'description: Muchos recursos', 'distribution:'];
  for (let i = 0; i < resources; i++) lines.push(`  - downloadURL: https://datos.ejemplo.gob.mx/r/${i}.csv`, '    format: CSV');
  return lines.join('\n') + '\n';
}

describe('findings per file are capped', () => {
  it('shows the first findings in text order and one more that counts the rest', () => {
    const index = new WorkspaceIndex();
    index.set(analyzeFile('grande.dcat.yaml', 'metadata', catalogWith(3000)));
    const [file] = index.evaluate({ showAboveTarget: true, pagesRoot: '', language: 'es' }).files;
    const diagnostics = file!.diagnostics;
    assert.equal(diagnostics.length, MAX_DIAGNOSTICS_PER_FILE + 1);
    const summary = diagnostics.filter((diagnostic) => diagnostic.data.rule === 'demasiados-hallazgos');
    assert.equal(summary.length, 1);
    const omitted = summary[0]!.data.omitted as number;
    assert.ok(omitted > 3000, `omitted ${omitted}`);
    assert.match(summary[0]!.message, new RegExp(`tiene ${omitted} hallazgos más a partir de aquí; se muestran los primeros ${MAX_DIAGNOSTICS_PER_FILE}`));
    const lines = diagnostics.map((diagnostic) => diagnostic.range.start.line);
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => a - b),
    );
    // The summary sits where the first finding left out is: after every finding shown.
    assert.equal(diagnostics.at(-1), summary[0]);
  });

  it('leaves a file with fewer findings than the cap as it was', () => {
    const index = new WorkspaceIndex();
    index.set(analyzeFile('chico.dcat.yaml', 'metadata', catalogWith(3)));
    const [file] = index.evaluate({ showAboveTarget: true, pagesRoot: '', language: 'es' }).files;
    assert.ok(file!.diagnostics.length > 0);
    assert.ok(!file!.diagnostics.some((diagnostic) => diagnostic.data.rule === 'demasiados-hallazgos'));
  });

  it('counts every finding above the target level kept out of Problems, with the first of each requirement', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `linea ${i}`).join('\n');
    const finding = (requirement: Finding['requirement'], line: number, message: string): Finding => {
      const start = text.indexOf(`linea ${line}`);
      return { requirement, weight: 'recommendation', start, end: start + 5, message, data: { rule: 'prueba' } };
    };
    // 2,500 above the target (Básico), listed out of text order; two at the target.
    const above = Array.from({ length: 2500 }, (_, i) => finding('avanzado-1a', 2999 - i, `avanzado en ${2999 - i}`));
    const { diagnostics, aboveTarget } = fileDiagnostics(
      [...above, finding('basico-2b', 7, 'básico'), finding('intermedio-1a', 900, 'intermedio')],
      new LineIndex(text),
      { targetLevel: 'basico' },
      { pagesRoot: '', language: 'es' },
      { showAboveTarget: false },
    );
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.code),
      ['basico-2b'],
    );
    assert.deepEqual(Object.keys(aboveTarget).sort(), ['avanzado-1a', 'intermedio-1a']);
    // Every one counted, past the cap of what Problems shows; the first in text order named.
    assert.equal(aboveTarget['avanzado-1a']!.count, 2500);
    assert.equal(aboveTarget['avanzado-1a']!.first.message, 'avanzado en 500');
    assert.equal(aboveTarget['avanzado-1a']!.first.range.start.line, 500);
    assert.deepEqual(aboveTarget['intermedio-1a'], { count: 1, first: { range: { start: { line: 900, character: 0 }, end: { line: 900, character: 5 } }, message: 'intermedio' } });
  });
});
