import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datasetFileText, datasetIdentifier, planText } from '../../bench/generate';
import { Random } from '../../bench/random';
import { analyzeFile, DocumentAnalyzer } from '../../server/src/core/check/analyzeFile';
import { WorkspaceIndex, type EvaluationOptions } from '../../server/src/core/check/workspaceIndex';

/**
 * A workspace index that is kept up to date edit after edit (reusing per-file diagnostics and the
 * outputs of rules whose files did not change) must report exactly what an index built afresh from
 * the same files reports.
 */

const DATASETS = 12;
const options = (today: string): EvaluationOptions => ({ today, showAboveTarget: true, pagesRoot: 'file:///docs/requisitos', language: 'es' });

function workspaceFiles(): Map<string, { role: 'metadata' | 'plan'; text: string }> {
  const random = new Random(21);
  const files = new Map<string, { role: 'metadata' | 'plan'; text: string }>();
  for (let i = 0; i < DATASETS; i++) files.set(`file:///w/datos/${datasetIdentifier(i)}.dcat.yaml`, { role: 'metadata', text: datasetFileText(random, i) });
  files.set('file:///w/plan-de-apertura.yaml', { role: 'plan', text: planText(Array.from({ length: DATASETS }, (_, i) => datasetIdentifier(i)), 22) });
  return files;
}

/** A small edit that often changes findings: a date, an identifier, a value or a whole line. */
function edit(random: Random, text: string): string {
  const lines = text.split('\n');
  const line = random.int(lines.length);
  const choice = random.int(4);
  if (choice === 0) lines[line] = lines[line]!.replace(/\d{4}-\d{2}(-\d{2})?/, (date) => (random.chance(0.5) ? `${date}x` : '2019-01-01'));
  else if (choice === 1) lines[line] = lines[line]!.replace(/conjunto-0000\d/, datasetIdentifier(random.int(DATASETS + 2)));
  else if (choice === 2) lines.splice(line, 1);
  else lines[line] = `${lines[line]!}${random.pick(['a', ' ', ':', '-'])}`;
  return lines.join('\n');
}

describe('incremental workspace evaluation', () => {
  it('reports exactly what a fresh index reports, after every edit of the plan or a dataset file', () => {
    const random = new Random(23);
    const files = workspaceFiles();
    const analyzers = new Map<string, DocumentAnalyzer>();
    const kept = new WorkspaceIndex();
    for (const [id, file] of files) kept.set(analyzeFile(id, file.role, file.text));
    const ids = [...files.keys()];
    for (let step = 0; step < 60; step++) {
      // Mostly the plan, as when someone types in it with the dataset files closed.
      const id = random.chance(0.6) ? 'file:///w/plan-de-apertura.yaml' : random.pick(ids);
      const file = files.get(id)!;
      file.text = edit(random, file.text);
      const analyzer = analyzers.get(id) ?? new DocumentAnalyzer();
      analyzers.set(id, analyzer);
      kept.set(analyzer.analyze(id, file.role, file.text));
      const today = random.chance(0.8) ? '2026-11-27' : '2027-06-01';

      const fresh = new WorkspaceIndex();
      for (const [freshId, freshFile] of files) fresh.set(analyzeFile(freshId, freshFile.role, freshFile.text));
      assert.deepStrictEqual(kept.evaluate(options(today)), fresh.evaluate(options(today)), `step ${step}, editing ${id}`);
    }
  });

  it('hands back the same diagnostics array for a file nothing changed for', () => {
    const files = workspaceFiles();
    const index = new WorkspaceIndex();
    for (const [id, file] of files) index.set(analyzeFile(id, file.role, file.text));
    const before = index.evaluate(options('2026-11-27'));
    const plan = files.get('file:///w/plan-de-apertura.yaml')!;
    index.set(analyzeFile('file:///w/plan-de-apertura.yaml', 'plan', plan.text.replace('vision: ', 'vision: Nueva. ')));
    const after = index.evaluate(options('2026-11-27'));
    const dataset = (report: typeof before) => report.files.find((file) => file.id.endsWith(`${datasetIdentifier(3)}.dcat.yaml`))!;
    assert.equal(dataset(after).diagnostics, dataset(before).diagnostics);
  });
});
