import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/check/analyzeFile';
import { computeTimeline } from '../../server/src/core/report/timeline';
import { dayNumber } from '../../server/src/core/text/dates';

const TODAY = dayNumber('2026-11-27')!;

const PLAN = `plan:
  - conjunto: al-dia
    periodicidad: anual
    fechaPublicacion: 2026-03-01
  - conjunto: por-actualizar
    descripcion: Se actualiza cada mes.
    periodicidad: mensual
    fechaPublicacion: 2026-01-15
  - conjunto: atrasado
    periodicidad: trimestral
    fechaPublicacion: 2026-01-15
  - conjunto: sale-pronto
    periodicidad: anual
    fechaPublicacion: 2026-12-15
  - conjunto: no-se-publico
    periodicidad: anual
    fechaPublicacion: 2026-06-01
  - conjunto: el-proximo-ano
    periodicidad: anual
    fechaPublicacion: 2027-06-01
  - conjunto: irregular
    periodicidad: irregular
    fechaPublicacion: 2026-02-01
`;

function dataset(identifier: string, modified: string, periodicity: string): string {
  return `identifier: ${identifier}\ntitle: ${identifier}\nmodified: ${modified}\naccrualPeriodicity: ${periodicity}\ndistribution: []\n`;
}

function timelineOf(files: Record<string, string>) {
  const analyses = Object.entries(files).map(([id, text]) => analyzeFile(id, /plan/.test(id) ? 'plan' : 'metadata', text));
  return computeTimeline(analyses, TODAY);
}

describe('plan timeline', () => {
  const report = timelineOf({
    'plan-de-apertura.yaml': PLAN,
    'al-dia.dcat.yaml': dataset('al-dia', '2026-03-01', 'anual'),
    'por-actualizar.dcat.yaml': dataset('por-actualizar', '2026-11-01T09:00:00-06:00', 'mensual'),
    'atrasado.dcat.yaml': dataset('atrasado', '2026-05-01', 'R/P3M'),
    'irregular.dcat.yaml': dataset('irregular', '2026-02-01', 'irregular'),
  });
  const entry = (identifier: string) => report.entries.find((candidate) => candidate.identifier === identifier)!;

  it('lists every planned dataset in plan order, dated at the evaluation day', () => {
    assert.equal(report.today, '2026-11-27');
    assert.equal(report.plans, 1);
    assert.deepEqual(
      report.entries.map((candidate) => candidate.identifier),
      ['al-dia', 'por-actualizar', 'atrasado', 'sale-pronto', 'no-se-publico', 'el-proximo-ano', 'irregular'],
    );
  });

  it('dates the next update of a published dataset from modified plus one period', () => {
    assert.deepEqual(
      { status: entry('al-dia').status, due: entry('al-dia').due, next: entry('al-dia').nextUpdate, last: entry('al-dia').lastModified },
      { status: 'published', due: 'update', next: '2027-03-02', last: '2026-03-01' },
    );
    assert.equal(entry('por-actualizar').nextUpdate, '2026-12-02');
    assert.equal(entry('por-actualizar').status, 'due-soon');
    assert.equal(entry('por-actualizar').description, 'Se actualiza cada mes.');
    assert.equal(entry('atrasado').nextUpdate, '2026-08-01');
    assert.equal(entry('atrasado').status, 'overdue');
    assert.equal(entry('atrasado').periodicity, 'R/P3M', 'the metadata periodicity wins over the plan');
  });

  it('marks unpublished datasets by their publication date', () => {
    assert.deepEqual([entry('sale-pronto').status, entry('sale-pronto').due, entry('sale-pronto').published], ['due-soon', 'publication', false]);
    assert.equal(entry('no-se-publico').status, 'overdue');
    assert.equal(entry('el-proximo-ano').status, 'planned');
    assert.equal(entry('el-proximo-ano').publicationDate, '2027-06-01');
  });

  it('has no next update for irregular data, and points at the plan entry and the metadata', () => {
    assert.deepEqual([entry('irregular').status, entry('irregular').due, entry('irregular').nextUpdate], ['published', 'none', undefined]);
    assert.equal(entry('atrasado').plan.uri, 'plan-de-apertura.yaml');
    assert.equal(entry('atrasado').plan.range.start.line, 8);
    assert.equal(entry('atrasado').dataset?.uri, 'atrasado.dcat.yaml');
    assert.equal(entry('atrasado').dataset?.range.start.line, 0);
  });

  it('survives a plan without a valid date or identifier, and a workspace without a plan', () => {
    const odd = timelineOf({ 'x.plan.yaml': 'plan:\n  - conjunto: sin-fecha\n    fechaPublicacion: 2026-02-30\n  - descripcion: sin conjunto\n  - 42\n' });
    assert.deepEqual(
      odd.entries.map((candidate) => [candidate.identifier, candidate.status, candidate.publicationDate]),
      [['sin-fecha', 'planned', undefined]],
    );
    assert.deepEqual(timelineOf({ 'a.dcat.yaml': dataset('a', '2026-01-01', 'anual') }), { today: '2026-11-27', plans: 0, entries: [] });
  });
});
