import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/check/analyzeFile';
import { MAX_DIAGNOSTICS_PER_FILE } from '../../server/src/core/check/diagnostics';
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
});
