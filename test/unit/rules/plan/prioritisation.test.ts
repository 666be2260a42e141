import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPlan, COMPLETE_PLAN, diagnosticOf, edit, findingsFor, messageOf, METADATA_PATH, REZAGO_SOCIAL, stateOf } from './planWorkspace';

const PUBLIC_ROW = `  - conjunto: pobreza-municipal
    recurso: Pobreza por municipio 2020
    responsable: Director de Medición
    acceso: publico
    fuente: Oracle
    fechaEstimada: 2026-07
  - conjunto: pobreza-municipal
    recurso: Pobreza por municipio 2015
    responsable: Director de Medición
    acceso: publico
    fuente: Oracle
    fechaEstimada: 2026-07
`;

/** Two more public inventory rows of one dataset that is not in the plan (lines 32 and 38). */
const WITH_UNPLANNED = edit(COMPLETE_PLAN, 'plan:\n', `${PUBLIC_ROW}plan:\n`);

describe('intermedio-1b: prioritisation documented', () => {
  it('is met when every entry names its criteria and every public dataset is planned', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'intermedio-1b'), []);
    assert.equal(stateOf(report, 'intermedio-1b'), 'met');
  });

  it('flags an entry without criteria on its first key', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, '    criterios: [registro-publico]\n', ''));
    assert.deepEqual(findingsFor(report, 'intermedio-1b'), ['33:sin-criterios']);
    assert.match(messageOf(report, 'intermedio-1b', 'sin-criterios'), /«rezago-social» del plan no dice por qué se prioriza: agrega «criterios»/);
  });

  it('flags an empty list of criteria on the key', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'criterios: [registro-publico]', 'criterios: []'));
    assert.deepEqual(findingsFor(report, 'intermedio-1b'), ['37:sin-criterios']);
    // The public inventory dataset is still planned: that half of the evidence holds.
    assert.equal(stateOf(report, 'intermedio-1b'), 'partial');
  });

  it("rejects a criterion that is not one of the guide's (schema)", () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'criterios: [registro-publico]', 'criterios: [es-importante]'));
    assert.deepEqual(findingsFor(report, 'intermedio-1b'), ['37:valor-no-permitido']);
  });

  it('reports a public inventory dataset missing from the plan once, on its first row', () => {
    const report = checkPlan(WITH_UNPLANNED);
    assert.deepEqual(findingsFor(report, 'intermedio-1b'), ['32:inventario-fuera-del-plan']);
    assert.deepEqual(diagnosticOf(report, 'intermedio-1b', 'inventario-fuera-del-plan').data.conjunto, 'pobreza-municipal');
    assert.equal(stateOf(report, 'intermedio-1b'), 'partial');
  });

  it('does not ask for a public dataset that is already published (it may leave the plan, not the portal)', () => {
    const published = REZAGO_SOCIAL.replace('identifier: rezago-social', 'identifier: pobreza-municipal').replace('municipio-2020.csv', 'pobreza-2020.csv');
    const report = checkPlan(WITH_UNPLANNED, { [METADATA_PATH]: REZAGO_SOCIAL, 'datos/pobreza.dcat.yaml': published });
    assert.deepEqual(findingsFor(report, 'intermedio-1b'), []);
    assert.equal(stateOf(report, 'intermedio-1b'), 'met');
  });

  it('does not ask for private or restricted inventory datasets in the plan', () => {
    const report = checkPlan(edit(WITH_UNPLANNED, /acceso: publico\n {4}fuente: Oracle/g, 'acceso: restringido\n    fundamento: Art. 110 LFTAIP\n    fuente: Oracle'));
    assert.deepEqual(findingsFor(report, 'intermedio-1b'), []);
  });
});
