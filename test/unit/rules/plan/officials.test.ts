import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPlan, COMPLETE_PLAN, diagnosticOf, edit, endLine, findingsFor, messageOf, stateOf } from './planWorkspace';

describe('basico-1a: Enlace and Administrador designated', () => {
  it('is met when both officials and the designation letter are recorded', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'basico-1a'), []);
    assert.equal(stateOf(report, 'basico-1a'), 'met');
  });

  it('is partial when only the designation letter is missing, reported on «responsables»', () => {
    const plan = edit(COMPLETE_PLAN, / {2}oficioDesignacion:\n.*\n.*\n/, '');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'basico-1a'), ['6:campo-obligatorio']);
    assert.equal(stateOf(report, 'basico-1a'), 'partial');
  });

  it('is unmet when the plan has no «responsables» at all', () => {
    const plan = edit(COMPLETE_PLAN, /responsables:\n( {2}.*\n)+/, '');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'basico-1a'), [`${endLine(plan)}:campo-obligatorio`]);
    assert.equal(stateOf(report, 'basico-1a'), 'unmet');
  });

  it('flags a designation letter dated after the evaluation date', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'fecha: 2015-07-20', 'fecha: 2027-01-10'));
    assert.deepEqual(findingsFor(report, 'basico-1a'), ['17:oficio-fecha-futura']);
    assert.match(messageOf(report, 'basico-1a', 'oficio-fecha-futura'), /«oficioDesignacion\.fecha» \(2027-01-10\) es posterior a la fecha de evaluación \(2026-11-27\)/);
    assert.equal(stateOf(report, 'basico-1a'), 'partial');
  });

  it('does not report a malformed letter date twice', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'fecha: 2015-07-20', 'fecha: 20/07/2015'));
    assert.deepEqual(findingsFor(report, 'basico-1a'), ['17:fecha-iso8601']);
  });

  it('recommends an official address over a personal webmail one', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'luis.soto@coneval.gob.mx', 'luis.soto@gmail.com'));
    assert.deepEqual(findingsFor(report, 'basico-1a'), ['14:correo-no-institucional']);
    assert.equal(diagnosticOf(report, 'basico-1a', 'correo-no-institucional').severity, 2, 'a warning: the address works');
    assert.equal(stateOf(report, 'basico-1a'), 'partial');
  });

  it('reports an invalid email through the schema and counts the official as failed', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'ana.ruiz@coneval.gob.mx', 'ana.ruiz@coneval'));
    assert.deepEqual(findingsFor(report, 'basico-1a'), ['10:correo']);
    assert.equal(stateOf(report, 'basico-1a'), 'partial');
  });
});
