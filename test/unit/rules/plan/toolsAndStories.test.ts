import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPlan, COMPLETE_PLAN, diagnosticOf, edit, endLine, findingsFor, messageOf, stateOf } from './planWorkspace';

describe('basico-4a: government tools use and link the open data', () => {
  it('is met when each tool names existing datasets and links to datos.gob.mx', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'basico-4a'), []);
    assert.equal(stateOf(report, 'basico-4a'), 'met');
  });

  it('flags each dataset identifier no metadata declares, on the identifier', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'conjuntos: [rezago-social]\n    enlaceDatos', 'conjuntos: [rezago-social, pobreza]\n    enlaceDatos'));
    assert.deepEqual(findingsFor(report, 'basico-4a'), ['61:conjunto-inexistente']);
    const diagnostic = diagnosticOf(report, 'basico-4a', 'conjunto-inexistente');
    assert.deepEqual([diagnostic.range.start.character, diagnostic.range.end.character], [31, 38], 'underlines «pobreza» only');
    assert.equal(diagnostic.data.conjunto, 'pobreza');
    assert.equal(stateOf(report, 'basico-4a'), 'unmet', 'the only tool fails');
  });

  it('reads identifiers written as one comma-separated string', () => {
    const ok = checkPlan(edit(COMPLETE_PLAN, 'conjuntos: [rezago-social]\n    enlaceDatos', 'conjuntos: "rezago-social"\n    enlaceDatos'));
    assert.deepEqual(findingsFor(ok, 'basico-4a'), []);
    const unknown = checkPlan(edit(COMPLETE_PLAN, 'conjuntos: [rezago-social]\n    enlaceDatos', 'conjuntos: rezago-social, pobreza\n    enlaceDatos'));
    assert.deepEqual(findingsFor(unknown, 'basico-4a'), ['61:conjunto-inexistente']);
  });

  it('flags a data link that is not on datos.gob.mx', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'enlaceDatos: https://datos.gob.mx/busca/organization/coneval', 'enlaceDatos: https://www.coneval.org.mx/datos'));
    assert.deepEqual(findingsFor(report, 'basico-4a'), ['62:enlace-fuera-de-datos-gob']);
    assert.match(messageOf(report, 'basico-4a', 'enlace-fuera-de-datos-gob'), /«enlaceDatos» debe llevar a datos\.gob\.mx/);
  });

  it('does not mistake a look-alike host for datos.gob.mx', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'enlaceDatos: https://datos.gob.mx/busca/organization/coneval', 'enlaceDatos: https://datos.gob.mx.ejemplo.com/coneval'));
    assert.deepEqual(findingsFor(report, 'basico-4a'), ['62:enlace-fuera-de-datos-gob']);
  });

  it('counts «herramientas: []» as a declaration that there are none', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, /herramientas:\n( {2}.*\n)+/, 'herramientas: []\n'));
    assert.deepEqual(findingsFor(report, 'basico-4a'), []);
    assert.equal(stateOf(report, 'basico-4a'), 'met');
  });

  it('is unmet without «herramientas», as an error', () => {
    const plan = edit(COMPLETE_PLAN, /herramientas:\n( {2}.*\n)+/, '');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'basico-4a'), [`${endLine(plan)}:seccion-faltante`]);
    assert.equal(diagnosticOf(report, 'basico-4a', 'seccion-faltante').severity, 1);
    assert.equal(stateOf(report, 'basico-4a'), 'unmet');
  });
});

describe('avanzado-4a: impact documented', () => {
  it('is met with a story that links existing datasets', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'avanzado-4a'), []);
    assert.equal(stateOf(report, 'avanzado-4a'), 'met');
  });

  it('flags a story that names a dataset no metadata declares', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, /conjuntos: \[rezago-social\]\n$/, 'conjuntos: [rezago]\n'));
    assert.deepEqual(findingsFor(report, 'avanzado-4a'), ['77:conjunto-inexistente']);
    assert.equal(stateOf(report, 'avanzado-4a'), 'unmet');
  });

  it('counts a story without a link as failed (schema)', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, '    url: https://www.coneval.org.mx/historia\n', ''));
    assert.deepEqual(findingsFor(report, 'avanzado-4a'), ['75:campo-obligatorio']);
  });

  it('is unmet with an empty list or none at all', () => {
    assert.deepEqual(findingsFor(checkPlan(edit(COMPLETE_PLAN, /historias:\n( {2}.*\n)+/, 'historias: []\n')), 'avanzado-4a'), ['74:sin-historias']);
    const without = edit(COMPLETE_PLAN, /historias:\n( {2}.*\n)+/, '');
    const missing = checkPlan(without);
    assert.deepEqual(findingsFor(missing, 'avanzado-4a'), [`${endLine(without)}:seccion-faltante`]);
    assert.equal(stateOf(missing, 'avanzado-4a'), 'unmet');
  });
});
