import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesOnlyFileFormats } from '../../../../server/src/core/rules/plan/inventory';
import { checkPlan, COMPLETE_PLAN, edit, findingsFor, messageOf, stateOf } from './planWorkspace';

describe('basico-1b: institutional data inventory', () => {
  it('is met when every row is complete', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'basico-1b'), []);
    assert.equal(stateOf(report, 'basico-1b'), 'met');
  });

  it('flags a file format given as the source system, on the value', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'fuente: PostgreSQL', 'fuente: archivo CSV'));
    assert.deepEqual(findingsFor(report, 'basico-1b'), ['23:fuente-es-formato']);
    assert.match(messageOf(report, 'basico-1b', 'fuente-es-formato'), /«fuente» dice «archivo CSV», que es un formato de archivo/);
    assert.equal(stateOf(report, 'basico-1b'), 'partial', 'one of two rows fails');
  });

  it('flags a media type or a published format as the source, as ADELA rejected them', () => {
    for (const source of ['text/csv', 'application/vnd.ms-excel', 'xlsx', 'CSV']) {
      const report = checkPlan(edit(COMPLETE_PLAN, 'fuente: PostgreSQL', `fuente: ${source}`));
      assert.deepEqual(findingsFor(report, 'basico-1b'), ['23:fuente-es-formato'], source);
    }
    // A store that shares its name with a format is a store: the guide names Excel among the sources.
    assert.deepEqual(findingsFor(checkPlan(edit(COMPLETE_PLAN, 'fuente: PostgreSQL', 'fuente: Excel')), 'basico-1b'), []);
  });

  it('is unmet when every row fails', () => {
    const plan = edit(edit(COMPLETE_PLAN, 'fuente: PostgreSQL', 'fuente: CSV'), 'fuente: Oracle', 'fuente: XLSX');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'basico-1b'), ['23:fuente-es-formato', '30:fuente-es-formato']);
    assert.equal(stateOf(report, 'basico-1b'), 'unmet');
  });

  it('requires legal grounds when access is not public (schema), on the row', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, '    fundamento: Art. 113 fr. I LFTAIP\n', ''));
    assert.deepEqual(findingsFor(report, 'basico-1b'), ['25:campo-obligatorio']);
    assert.equal(stateOf(report, 'basico-1b'), 'partial');
  });

  it('flags an empty inventory', () => {
    const plan = edit(COMPLETE_PLAN, /inventario:\n( {2}.*\n)+/, 'inventario: []\n');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'basico-1b'), ['18:inventario-vacio']);
    assert.equal(stateOf(report, 'basico-1b'), 'unmet');
  });

  it('tells a store from a file format without flagging stores that mention one', () => {
    for (const format of ['CSV', 'csv', '.xlsx', 'Archivos XLSX', 'CSV y PDF', 'formato JSON']) assert.equal(namesOnlyFileFormats(format), true, format);
    for (const store of ['PostgreSQL', 'Oracle', 'Excel', 'Excel (XLSX)', 'Hoja de cálculo', 'Sistema de nómina, exporta CSV', 'SQL Server', 'Access'])
      assert.equal(namesOnlyFileFormats(store), false, store);
  });
});
