import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseYaml } from '../../server/src/core/parse/yamlParser';
import { check } from './rules/datasets/datasetWorkspace';
import { checkPlan, COMPLETE_PLAN, edit } from './rules/plan/planWorkspace';

const DATASET = `identifier: rezago
title: Índice de rezago
description: Índice por municipio.
modified: 2026-05-27
contactPoint: Dirección
mbox: datos@coneval.gob.mx
landingPage: https://www.coneval.org.mx
accrualPeriodicity: anual
distribution:
  - title: Rezago
    downloadURL: https://datos.coneval.gob.mx/rezago.csv
    mediaType: text/csv
`;

/** `line:code:rule` of every diagnostic at the basic level, as the Problems panel lists them. */
function problems(text: string): string[] {
  return check({ 'a.dcat.yaml': text })
    .files[0]!.diagnostics.filter((d) => d.severity === 1)
    .map((d) => `${d.range.start.line + 1}:${d.code}:${d.data.rule}`);
}

describe('broken YAML: said where it starts, without a cascade', () => {
  it('reports an unclosed quote at its opening, not past the end of the file', () => {
    for (const [line, opening] of [
      [2, 'title: "Índice de rezago'],
      [2, "title: 'Índice de rezago"],
      [11, '    downloadURL: "https://datos.coneval.gob.mx/rezago.csv'],
    ] as const) {
      const lines = DATASET.split('\n');
      lines[line - 1] = opening;
      const text = lines.join('\n');
      const parsed = parseYaml(text);
      const problem = parsed.problems.find((candidate) => candidate.rule === 'yaml-sin-cierre');
      assert.ok(problem, opening);
      assert.equal(parsed.lines.positionAt(problem.start).line + 1, line, opening);
      assert.equal(text[problem.start], opening.includes('"') ? '"' : "'");
      assert.match(problem.message, /abre un texto que no se cierra/);
    }
  });

  it('reports an unclosed bracket at its opening', () => {
    const parsed = parseYaml(DATASET.replace('title: Índice de rezago', 'title: [Índice de rezago'));
    const problem = parsed.problems.find((candidate) => candidate.rule === 'yaml-sin-cierre')!;
    assert.equal(parsed.lines.positionAt(problem.start).line + 1, 2);
    assert.match(problem.message, /«\[» abre una lista u objeto que no se cierra.*«\]»/);
  });

  it('does not report as missing the fields an unclosed quote took in', () => {
    // Before: eight «Falta el campo obligatorio» for fields written right below the quote.
    assert.deepEqual(problems(DATASET.replace('title: Índice de rezago', 'title: "Índice de rezago')), ['2:basico-2b:yaml-sin-cierre']);
    const inResource = problems(DATASET.replace('    downloadURL: https://datos.coneval.gob.mx/rezago.csv', '    downloadURL: "https://datos.coneval.gob.mx/rezago.csv'));
    assert.deepEqual(inResource, ['11:basico-2b:yaml-sin-cierre']);
    const report = check({ 'a.dcat.yaml': DATASET.replace('title: Índice de rezago', 'title: "Índice de rezago') });
    assert.equal(report.coverage.basico.requirements['basico-2b'], 'unmet', 'a dataset broken by a syntax error is not evidence');
  });

  it('still reports fields that are really missing, and a plan section taken in by a quote is not «missing»', () => {
    assert.deepEqual(
      problems(DATASET.replace('mbox: datos@coneval.gob.mx\n', '').replace('title: Índice de rezago', 'title: "Índice de rezago')).filter((p) => !p.endsWith('yaml-sin-cierre')),
      ['1:basico-2b:campo-obligatorio'],
    );
    const plan = checkPlan(edit(COMPLETE_PLAN, 'lugar: Sala 2', 'lugar: "Sala 2'));
    const diagnostics = plan.files.find((file) => file.id.startsWith('plan'))!.diagnostics;
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line + 1}:${d.data.rule}`),
      [`${COMPLETE_PLAN.split('\n').findIndex((line) => line.includes('lugar: Sala 2')) + 1}:yaml-sin-cierre`],
    );
  });
});
