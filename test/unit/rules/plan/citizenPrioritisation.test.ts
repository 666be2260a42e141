import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWorkspace } from '../../../support/analyze';
import { checkPlan, COMPLETE_PLAN, edit, endLine, findingsFor, messageOf, METADATA_PATH, PLAN_PATH, REZAGO_SOCIAL, stateOf } from './planWorkspace';

describe('avanzado-1a: citizens take part in prioritisation; plan kept current', () => {
  it('is met with a recorded consultation and a revision in the last 12 months', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'avanzado-1a'), []);
    assert.equal(stateOf(report, 'avanzado-1a'), 'met');
  });

  it('flags a plan last revised more than 12 months ago, on «revisado»', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'revisado: 2026-03-01', 'revisado: 2025-11-26'));
    assert.deepEqual(findingsFor(report, 'avanzado-1a'), ['5:plan-sin-revision-reciente']);
    assert.match(messageOf(report, 'avanzado-1a', 'plan-sin-revision-reciente'), /el 2025-11-26, hace 366 días/);
    assert.equal(stateOf(report, 'avanzado-1a'), 'partial');
  });

  it('accepts a revision exactly 12 calendar months ago, across a 29 February too', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'revisado: 2026-03-01', 'revisado: 2025-11-27'));
    assert.deepEqual(findingsFor(report, 'avanzado-1a'), []);
    // 2024-02-28 → 2025-02-28 is 366 days, and still one year.
    const leap = checkWorkspace({ [PLAN_PATH]: edit(COMPLETE_PLAN, 'revisado: 2026-03-01', 'revisado: 2024-02-28'), [METADATA_PATH]: REZAGO_SOCIAL }, { today: '2025-02-28' });
    assert.deepEqual(
      findingsFor(leap, 'avanzado-1a').filter((finding) => finding.endsWith('plan-sin-revision-reciente')),
      [],
    );
    const late = checkWorkspace({ [PLAN_PATH]: edit(COMPLETE_PLAN, 'revisado: 2026-03-01', 'revisado: 2024-02-27'), [METADATA_PATH]: REZAGO_SOCIAL }, { today: '2025-02-28' });
    assert.deepEqual(
      findingsFor(late, 'avanzado-1a').filter((finding) => finding.endsWith('plan-sin-revision-reciente')),
      ['5:plan-sin-revision-reciente'],
    );
  });

  it('flags a revision dated after the evaluation date', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'revisado: 2026-03-01', 'revisado: 2026-12-01'));
    assert.deepEqual(findingsFor(report, 'avanzado-1a'), ['5:revision-futura']);
  });

  it('counts a consultation without outcome as failed (schema)', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, '    resultado: 3 conjuntos priorizados\n', ''));
    assert.deepEqual(findingsFor(report, 'avanzado-1a'), ['45:campo-obligatorio']);
    assert.equal(stateOf(report, 'avanzado-1a'), 'partial');
  });

  it('is unmet without consultations and without «revisado», one finding each at the end of the plan', () => {
    const plan = edit(edit(COMPLETE_PLAN, /consultas:\n( {2}.*\n)+/, ''), 'revisado: 2026-03-01\n', '');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'avanzado-1a'), [`${endLine(plan)}:seccion-faltante`, `${endLine(plan)}:seccion-faltante`]);
    assert.equal(stateOf(report, 'avanzado-1a'), 'unmet');
  });

  it('is unmet with an empty list of consultations and an old revision', () => {
    const plan = edit(edit(COMPLETE_PLAN, /consultas:\n( {2}.*\n)+/, 'consultas: []\n'), 'revisado: 2026-03-01', 'revisado: 2024-01-01');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'avanzado-1a'), ['5:plan-sin-revision-reciente', '44:sin-consultas']);
    assert.equal(stateOf(report, 'avanzado-1a'), 'unmet');
  });
});
