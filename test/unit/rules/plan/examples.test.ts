import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { collectFiles } from '../../../../server/src/cli/collectFiles';
import { analyzeFile } from '../../../../server/src/core/check/analyzeFile';
import { WorkspaceIndex, type WorkspaceReport } from '../../../../server/src/core/check/workspaceIndex';
import { FileClassifier } from '../../../../server/src/core/files/fileKinds';
import { TODAY } from './planWorkspace';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', '..', 'examples');

/** The plan's requirements and the plan side of mixed ones: what these rules answer for. */
const PLAN_REQUIREMENTS = {
  basico: ['basico-1a', 'basico-1b', 'basico-1c', 'basico-3b', 'basico-4a'],
  intermedio: ['intermedio-1a', 'intermedio-1b', 'intermedio-3a', 'intermedio-4a', 'intermedio-4b'],
  avanzado: ['avanzado-1a', 'avanzado-3a', 'avanzado-4a'],
} as const;

/** Reads an example folder as the command line does and evaluates it at the tests' date. */
async function checkExample(name: string): Promise<{ report: WorkspaceReport; texts: Map<string, string> }> {
  const { files, errors } = await collectFiles([path.join(EXAMPLES, name)], new FileClassifier());
  assert.deepEqual(errors, []);
  const index = new WorkspaceIndex();
  const texts = new Map<string, string>();
  for (const file of files) {
    const id = path.relative(path.join(EXAMPLES, name), file.path).split(path.sep).join('/');
    texts.set(id, file.text);
    index.set(analyzeFile(id, file.role, file.text));
  }
  const report = index.evaluate({ today: TODAY, showAboveTarget: true, pagesRoot: 'file:///docs/requisitos', language: 'es' });
  return { report, texts };
}

describe('examples/completo', () => {
  it('meets every plan requirement at every level, with no diagnostic on the plan', async () => {
    const { report } = await checkExample('completo');
    const plan = report.files.find((file) => file.id === 'plan-de-apertura.yaml')!;
    assert.deepEqual(
      plan.diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.code}:${String(diagnostic.data.rule)}`),
      [],
    );
    for (const [level, requirements] of Object.entries(PLAN_REQUIREMENTS)) {
      for (const requirement of requirements) assert.equal(report.coverage[level as keyof typeof PLAN_REQUIREMENTS].requirements[requirement], 'met', requirement);
    }
    // basico-2b's plan side: no finding about planned datasets without metadata, on any file.
    assert.deepEqual(
      report.files.flatMap((file) => file.diagnostics).filter((diagnostic) => diagnostic.data.rule === 'plan-sin-metadatos'),
      [],
    );
  });
});

describe('examples/con-errores', () => {
  it('flags the plan on exactly the lines marked «# ←»', async () => {
    const { report, texts } = await checkExample('con-errores');
    const text = texts.get('plan-de-apertura.yaml')!;
    const marked = text.split('\n').flatMap((line, i) => (line.includes('# ←') ? [i + 1] : []));
    const plan = report.files.find((file) => file.id === 'plan-de-apertura.yaml')!;
    const flagged = [...new Set(plan.diagnostics.map((diagnostic) => diagnostic.range.start.line + 1))];
    assert.ok(marked.length > 15, 'the example still shows many kinds of mistakes');
    assert.deepEqual(flagged, marked);
  });

  it('reports the cross-file mistakes with the rule a person can look up', async () => {
    const { report } = await checkExample('con-errores');
    const plan = report.files.find((file) => file.id === 'plan-de-apertura.yaml')!;
    const rules = (line: number): string[] =>
      plan.diagnostics.filter((diagnostic) => diagnostic.range.start.line + 1 === line).map((diagnostic) => `${diagnostic.code}:${String(diagnostic.data.rule)}`);
    assert.deepEqual(rules(31), ['basico-2b:plan-sin-metadatos']);
    assert.deepEqual(rules(20), ['intermedio-1b:inventario-fuera-del-plan']);
    assert.deepEqual(rules(48), ['basico-4a:conjunto-inexistente']);
    assert.deepEqual(rules(59), ['intermedio-4b:url-no-directa']);
  });
});
