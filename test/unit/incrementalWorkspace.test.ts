import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogText, datasetFileText, datasetIdentifier, planText } from '../../bench/generate';
import { Random } from '../../bench/random';
import { analyzeFile, DocumentAnalyzer } from '../../server/src/core/check/analyzeFile';
import { WorkspaceIndex, type EvaluationOptions } from '../../server/src/core/check/workspaceIndex';
import type { IncrementalParse } from '../../server/src/core/parse/incrementalYaml';

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
  files.set('file:///w/plan-de-apertura.yaml', {
    role: 'plan',
    text: planText(
      Array.from({ length: DATASETS }, (_, i) => datasetIdentifier(i)),
      22,
    ),
  });
  return files;
}

/** The line ranges of the items of the top-level list `key` (`  - ` rows up to the next row or key). */
function rowsOf(lines: readonly string[], key: string): Array<{ start: number; end: number }> {
  const rows: Array<{ start: number; end: number }> = [];
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\S/.test(line)) inList = line.startsWith(`${key}:`);
    else if (inList && line.startsWith('  - ')) rows.push({ start: i, end: i + 1 });
    else if (inList && rows.length > 0 && line.startsWith('    ')) rows[rows.length - 1]!.end = i + 1;
  }
  return rows;
}

/**
 * A plan edit that moves whole rows: copy a row next to itself (two equal rows share one parse),
 * or swap two rows (their findings name other positions).
 */
function moveRows(random: Random, lines: string[]): void {
  const rows = rowsOf(lines, random.pick(['plan', 'inventario', 'dataset']));
  if (rows.length < 2) return;
  const a = rows[random.int(rows.length)]!;
  const copy = lines.slice(a.start, a.end);
  if (random.chance(0.5)) {
    lines.splice(a.end, 0, ...copy);
    return;
  }
  const b = rows[random.int(rows.length)]!;
  if (b.start <= a.start) return;
  const other = lines.slice(b.start, b.end);
  lines.splice(b.start, b.end - b.start, ...copy);
  lines.splice(a.start, a.end - a.start, ...other);
}

/**
 * A catalog where the dataset rules find something in most datasets, by turns: http download URLs,
 * no quality statement, a proprietary format alone, data not updated for years, no name at all.
 */
function withDatasetFlaws(catalog: string): string {
  const flaws: Array<(text: string) => string> = [
    (text) => text.replaceAll('downloadURL: https://', 'downloadURL: http://'),
    (text) => text.replace(/\n {4}quality: [^\n]*/, ''),
    (text) => text.replaceAll('mediaType: text/csv', 'mediaType: application/vnd.ms-excel'),
    (text) => text.replace(/modified: \d{4}/, 'modified: 2019'),
    // Unnamed: messages name it by its position in the catalog.
    (text) => text.replace(/^identifier: [^\n]*\n {4}title: [^\n]*\n {4}/, '').replace(/\n {4}quality: [^\n]*/, ''),
  ];
  const [head, ...datasets] = catalog.split('\n  - ');
  return [head, ...datasets.map((dataset, i) => (i % 6 === 5 ? dataset : flaws[i % 6]!(dataset)))].join('\n  - ');
}

/** A small edit that often changes findings: a date, an identifier, a value, a whole line or whole rows. */
function edit(random: Random, text: string): string {
  const lines = text.split('\n');
  const line = random.int(lines.length);
  const choice = random.int(5);
  if (choice === 0) lines[line] = lines[line]!.replace(/\d{4}-\d{2}(-\d{2})?/, (date) => (random.chance(0.5) ? `${date}x` : '2019-01-01'));
  else if (choice === 1) lines[line] = lines[line]!.replace(/conjunto-0000\d/, datasetIdentifier(random.int(DATASETS + 2)));
  else if (choice === 2) lines.splice(line, 1);
  else if (choice === 3) moveRows(random, lines);
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
    for (let step = 0; step < 120; step++) {
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

  it('reports exactly what a fresh index reports, after every edit of a catalog open in an editor', () => {
    const random = new Random(29);
    const catalogId = 'file:///w/catalogo.yaml';
    const files = workspaceFiles();
    // Its datasets share identifiers (and so download URLs) with the single-dataset files: cross-file findings.
    files.set(catalogId, { role: 'metadata', text: withDatasetFlaws(catalogText(15, 30)) });
    const analyzer = new DocumentAnalyzer();
    const kept = new WorkspaceIndex();
    for (const [id, file] of files) kept.set(id === catalogId ? analyzer.analyze(id, file.role, file.text) : analyzeFile(id, file.role, file.text));
    const ids = [...files.keys()];
    const original = new Map([...files].map(([id, file]) => [id, file.text]));
    let piecewise = 0;
    for (let step = 0; step < 120; step++) {
      const id = random.chance(0.7) ? catalogId : random.pick(ids);
      const file = files.get(id)!;
      // Edits pile up in short runs, then the file starts over: a broken catalog is read whole.
      file.text = edit(random, random.chance(0.25) ? original.get(id)! : file.text);
      const analysis = id === catalogId ? analyzer.analyze(id, file.role, file.text) : analyzeFile(id, file.role, file.text);
      if (id === catalogId && (analysis.parsed as IncrementalParse).lists) piecewise++;
      kept.set(analysis);
      const today = random.chance(0.8) ? '2026-11-27' : '2027-06-01';

      const fresh = new WorkspaceIndex();
      for (const [freshId, freshFile] of files) fresh.set(analyzeFile(freshId, freshFile.role, freshFile.text));
      assert.deepStrictEqual(kept.evaluate(options(today)), fresh.evaluate(options(today)), `step ${step}, editing ${id}`);
    }
    // Kept results are only tested if many steps really read the catalog piecewise.
    assert.ok(piecewise > 40, `${piecewise} steps read the catalog piecewise`);
  });

  it('checks a plan row again when the metadata it was checked against changes', () => {
    const files = workspaceFiles();
    const planId = 'file:///w/plan-de-apertura.yaml';
    const index = new WorkspaceIndex();
    for (const [id, file] of files) index.set(id === planId ? new DocumentAnalyzer().analyze(id, file.role, file.text) : analyzeFile(id, file.role, file.text));
    const missingMetadata = (report: ReturnType<WorkspaceIndex['evaluate']>): string[] =>
      report.files
        .find((file) => file.id === planId)!
        .diagnostics.filter((diagnostic) => diagnostic.data.rule === 'plan-sin-metadatos')
        .map((diagnostic) => String(diagnostic.data.conjunto));
    const before = missingMetadata(index.evaluate(options('2027-06-01')));
    assert.ok(!before.includes(datasetIdentifier(1)));

    // The dataset file of conjunto-00002 now says it is conjunto-00099: the plan's entry lost its metadata.
    const datasetId = `file:///w/datos/${datasetIdentifier(1)}.dcat.yaml`;
    const dataset = files.get(datasetId)!;
    dataset.text = dataset.text.replace(`identifier: ${datasetIdentifier(1)}`, 'identifier: conjunto-00099');
    index.set(analyzeFile(datasetId, 'metadata', dataset.text));
    const after = missingMetadata(index.evaluate(options('2027-06-01')));
    assert.deepEqual(
      after.filter((identifier) => !before.includes(identifier)),
      [datasetIdentifier(1)],
    );
  });

  it('gives a row copied next to itself the findings of its own position', () => {
    const planId = 'file:///w/plan-de-apertura.yaml';
    const flawed = [
      'plan:',
      '  - conjunto: conjunto-00001',
      '    descripcion: Publicación.',
      '    periodicidad: a veces',
      '    fechaPublicacion: 2026-13-45',
      '    criterios: [porque-si]',
    ];
    const text = (rows: number): string =>
      ['institucion:', '  nombre: Instituto', ...flawed.slice(0, 1), ...Array.from({ length: rows }, () => flawed.slice(1)).flat(), ''].join('\n');
    const analyzer = new DocumentAnalyzer();
    const kept = new WorkspaceIndex();
    kept.set(analyzer.analyze(planId, 'plan', text(1)));
    kept.evaluate(options('2026-11-27'));
    kept.set(analyzer.analyze(planId, 'plan', text(2)));
    const fresh = new WorkspaceIndex();
    fresh.set(analyzeFile(planId, 'plan', text(2)));
    const report = kept.evaluate(options('2026-11-27'));
    assert.deepStrictEqual(report, fresh.evaluate(options('2026-11-27')));
    const periodicity = report.files[0]!.diagnostics.filter((diagnostic) => diagnostic.range.start.character === '    periodicidad: '.length);
    assert.deepEqual(
      periodicity.map((diagnostic) => diagnostic.range.start.line),
      [5, 10],
    );
    assert.deepEqual(
      periodicity.map((diagnostic) => diagnostic.data.path),
      [
        ['plan', 0, 'periodicidad'],
        ['plan', 1, 'periodicidad'],
      ],
    );
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
