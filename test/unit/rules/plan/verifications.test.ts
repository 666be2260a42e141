import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPlan, COMPLETE_PLAN, edit, endLine, findingsFor, messageOf, stateOf } from './planWorkspace';

describe('avanzado-3a: compliance verified every semester', () => {
  it('is met with a verification in the last 6 months', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'avanzado-3a'), []);
    assert.equal(stateOf(report, 'avanzado-3a'), 'met');
  });

  it('flags the list when the latest verification is older than 6 months', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'fecha: 2026-07-01', 'fecha: 2026-03-15'));
    assert.deepEqual(findingsFor(report, 'avanzado-3a'), ['55:sin-verificacion-reciente']);
    assert.match(messageOf(report, 'avanzado-3a', 'sin-verificacion-reciente'), /fue el 2026-03-15, hace 257 días/);
    assert.equal(stateOf(report, 'avanzado-3a'), 'partial');
  });

  it('counts a verification without who verified as failed (schema)', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, '    responsable: OIC\n', ''));
    assert.deepEqual(findingsFor(report, 'avanzado-3a'), ['56:campo-obligatorio']);
  });

  it('is unmet with an empty list or none at all', () => {
    const empty = checkPlan(edit(COMPLETE_PLAN, /verificaciones:\n( {2}.*\n)+/, 'verificaciones: []\n'));
    assert.deepEqual(findingsFor(empty, 'avanzado-3a'), ['55:sin-verificaciones']);
    assert.equal(stateOf(empty, 'avanzado-3a'), 'unmet');
    const without = edit(COMPLETE_PLAN, /verificaciones:\n( {2}.*\n)+/, '');
    const missing = checkPlan(without);
    assert.deepEqual(findingsFor(missing, 'avanzado-3a'), [`${endLine(without)}:seccion-faltante`]);
    assert.equal(stateOf(missing, 'avanzado-3a'), 'unmet');
  });
});
