import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPlan, COMPLETE_PLAN, edit, endLine, findingsFor, messageOf, stateOf } from './planWorkspace';

describe('intermedio-1a: the working group meets', () => {
  it('is met with a complete session in the last 6 months', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'intermedio-1a'), []);
    assert.equal(stateOf(report, 'intermedio-1a'), 'met');
  });

  it('accepts a session exactly 6 calendar months before the evaluation date (not 183 days)', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'fecha: 2026-09-10', 'fecha: 2026-05-27'));
    assert.deepEqual(findingsFor(report, 'intermedio-1a'), []);
  });

  it('flags the list when the latest session is older than 6 months', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'fecha: 2026-09-10', 'fecha: 2026-05-26'));
    assert.deepEqual(findingsFor(report, 'intermedio-1a'), ['39:sin-sesion-reciente']);
    assert.match(messageOf(report, 'intermedio-1a', 'sin-sesion-reciente'), /fue el 2026-05-26, hace 185 días.*a partir del 2026-05-27/);
    assert.equal(stateOf(report, 'intermedio-1a'), 'partial');
  });

  it('does not count a session dated after the evaluation date as held', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'fecha: 2026-09-10', 'fecha: 2026-12-10'));
    assert.deepEqual(findingsFor(report, 'intermedio-1a'), ['39:sin-sesion-reciente', '40:entrada-futura']);
  });

  it('counts a session without minutes as failed (schema) on the session', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, '      minuta: https://www.coneval.org.mx/minutas/2026-09.pdf\n', ''));
    assert.deepEqual(findingsFor(report, 'intermedio-1a'), ['40:campo-obligatorio']);
    assert.equal(stateOf(report, 'intermedio-1a'), 'partial');
  });

  it('is unmet with an empty list of sessions', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, / {2}sesiones:\n( {4}.*\n)+/, '  sesiones: []\n'));
    assert.deepEqual(findingsFor(report, 'intermedio-1a'), ['39:sin-sesiones']);
    assert.equal(stateOf(report, 'intermedio-1a'), 'unmet');
  });

  it('is unmet without «grupoDeTrabajo», with one finding at the end of the plan', () => {
    const plan = edit(COMPLETE_PLAN, /grupoDeTrabajo:\n( {2}.*\n)+/, '');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'intermedio-1a'), [`${endLine(plan)}:seccion-faltante`]);
    assert.match(messageOf(report, 'intermedio-1a', 'seccion-faltante'), /Falta «grupoDeTrabajo»/);
    assert.equal(stateOf(report, 'intermedio-1a'), 'unmet');
  });

  it('puts a missing «sesiones» on «grupoDeTrabajo»', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, / {2}sesiones:\n( {4}.*\n)+/, '  {}\n').replace('grupoDeTrabajo:\n  {}', 'grupoDeTrabajo: {}'));
    assert.deepEqual(findingsFor(report, 'intermedio-1a'), ['38:seccion-faltante']);
  });
});
