import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPlan, COMPLETE_PLAN, diagnosticOf, edit, endLine, findingsFor, messageOf, stateOf } from './planWorkspace';

describe('basico-3b (plan side): link monitoring recorded', () => {
  it('is met with a method and a frequency', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'basico-3b'), []);
    assert.equal(stateOf(report, 'basico-3b'), 'met');
  });

  it('is unmet without «monitoreo», as an error at the end of the plan, where it is added', () => {
    const plan = edit(COMPLETE_PLAN, /monitoreo:\n( {2}.*\n)+/, '');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'basico-3b'), [`${endLine(plan)}:seccion-faltante`]);
    assert.equal(diagnosticOf(report, 'basico-3b', 'seccion-faltante').severity, 1);
    assert.equal(stateOf(report, 'basico-3b'), 'unmet');
  });

  it('is unmet without a method (schema)', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, '  metodo: revisión automática de enlaces\n', ''));
    assert.deepEqual(findingsFor(report, 'basico-3b'), ['48:campo-obligatorio']);
    assert.equal(stateOf(report, 'basico-3b'), 'unmet');
  });

  it('recommends saying how often the URLs are checked', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, '  frecuencia: semanal\n', ''));
    assert.deepEqual(findingsFor(report, 'basico-3b'), ['48:monitoreo-sin-frecuencia']);
    assert.equal(diagnosticOf(report, 'basico-3b', 'monitoreo-sin-frecuencia').severity, 2);
    assert.equal(stateOf(report, 'basico-3b'), 'partial');
  });
});

const REPORTS = `reportes:
  - folio: R-12
    recibido: 2026-10-01
    respondido: 2026-10-15
  - folio: R-13
    recibido: 2026-10-20
  - folio: R-14
    recibido: 2026-11-01
`;

/** The complete plan with two open reports: R-13 received 38 days ago (line 56), R-14 26 days ago. */
const OPEN_REPORTS = edit(COMPLETE_PLAN, /reportes:\n( {2}.*\n)+/, REPORTS);

describe('intermedio-3a: citizen reports answered within 30 days', () => {
  it('is met when every report was answered in time', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'intermedio-3a'), []);
    assert.equal(stateOf(report, 'intermedio-3a'), 'met');
  });

  it('flags a report open for more than 30 days, not one open for fewer', () => {
    const report = checkPlan(OPEN_REPORTS);
    assert.deepEqual(findingsFor(report, 'intermedio-3a'), ['56:reporte-sin-respuesta']);
    assert.match(messageOf(report, 'intermedio-3a', 'reporte-sin-respuesta'), /«R-13» se recibió el 2026-10-20 y lleva 38 días sin respuesta/);
    assert.equal(stateOf(report, 'intermedio-3a'), 'partial');
  });

  it('recommends answering sooner when an answer took more than 30 days', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'respondido: 2026-10-15', 'respondido: 2026-11-01'));
    assert.deepEqual(findingsFor(report, 'intermedio-3a'), ['54:respuesta-tardia']);
    assert.equal(diagnosticOf(report, 'intermedio-3a', 'respuesta-tardia').severity, 2);
    assert.equal(stateOf(report, 'intermedio-3a'), 'partial');
  });

  it('accepts an answer on day 30', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'respondido: 2026-10-15', 'respondido: 2026-10-31'));
    assert.deepEqual(findingsFor(report, 'intermedio-3a'), []);
  });

  it('flags an answer dated before the report was received, and dates in the future', () => {
    assert.deepEqual(findingsFor(checkPlan(edit(COMPLETE_PLAN, 'respondido: 2026-10-15', 'respondido: 2026-09-15')), 'intermedio-3a'), ['54:respuesta-antes-de-recibir']);
    assert.deepEqual(findingsFor(checkPlan(edit(COMPLETE_PLAN, 'recibido: 2026-10-01', 'recibido: 2026-12-01')), 'intermedio-3a'), ['53:fecha-futura']);
  });

  it('counts «reportes: []» as a declaration that none were received', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, /reportes:\n( {2}.*\n)+/, 'reportes: []\n'));
    assert.deepEqual(findingsFor(report, 'intermedio-3a'), []);
    assert.equal(stateOf(report, 'intermedio-3a'), 'met');
  });

  it('is unmet without «reportes», saying to write an empty list if none were received', () => {
    const plan = edit(COMPLETE_PLAN, /reportes:\n( {2}.*\n)+/, '');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'intermedio-3a'), [`${endLine(plan)}:seccion-faltante`]);
    assert.match(messageOf(report, 'intermedio-3a', 'seccion-faltante'), /«reportes: \[\]» si no se ha recibido ninguno/);
    assert.equal(stateOf(report, 'intermedio-3a'), 'unmet');
  });
});
