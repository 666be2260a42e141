import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, dayNumber, formatDay } from '../../../../server/src/core/text/dates';
import { isPlaceholder } from '../../../../server/src/core/text/placeholders';
import { checkPlan, COMPLETE_PLAN, edit, findingsFor, messageOf, stateOf } from './planWorkspace';

/** One-based line of the first occurrence of `text` in the complete plan. */
const lineOf = (text: string): number => COMPLETE_PLAN.slice(0, COMPLETE_PLAN.indexOf(text)).split('\n').length;
const monthsFrom = (date: string, months: number): string => formatDay(addMonths(dayNumber(date)!, months));

describe('evidence that counts (issue 13): calendar months, no future, no placeholders', () => {
  it('counts months on the calendar, the last day of a short month standing in for a missing one', () => {
    assert.equal(monthsFrom('2026-11-27', -6), '2026-05-27');
    assert.equal(monthsFrom('2026-08-31', -6), '2026-02-28');
    assert.equal(monthsFrom('2024-02-29', 12), '2025-02-28');
    assert.equal(monthsFrom('2025-02-28', -12), '2024-02-28');
    assert.equal(monthsFrom('2026-01-31', 1), '2026-02-28');
    assert.equal(monthsFrom('2026-12-15', 2), '2027-02-15');
  });

  it('does not take a consultation dated after the evaluation date as held', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'fecha: 2026-02-01', 'fecha: 2027-02-01'));
    assert.deepEqual(findingsFor(report, 'avanzado-1a'), ['44:sin-consulta-realizada', '45:entrada-futura']);
    // The revision still counts: the requirement is partly met, never met.
    assert.equal(stateOf(report, 'avanzado-1a'), 'partial');
  });

  it('does not count a future verification or action next to an old one', () => {
    const verification = checkPlan(
      edit(COMPLETE_PLAN, '  - fecha: 2026-07-01\n    responsable: OIC\n', '  - fecha: 2026-01-01\n    responsable: OIC\n  - fecha: 2027-01-10\n    responsable: OIC\n'),
    );
    assert.deepEqual(
      findingsFor(verification, 'avanzado-3a').map((finding) => finding.split(':')[1]),
      ['sin-verificacion-reciente', 'entrada-futura'],
    );
    assert.notEqual(stateOf(verification, 'avanzado-3a'), 'met');
    const action = checkPlan(edit(COMPLETE_PLAN, 'fecha: 2026-08-20', 'fecha: 2026-12-20'));
    assert.deepEqual(
      findingsFor(action, 'intermedio-4a').map((finding) => finding.split(':')[1]),
      ['sin-participacion-reciente', 'entrada-futura'],
    );
    assert.match(messageOf(action, 'intermedio-4a', 'entrada-futura'), /posterior a la fecha de evaluación \(2026-11-27\)/);
  });

  it("takes the product's own stand-ins and the usual placeholders as no value", () => {
    for (const text of [
      'Por completar',
      'To be completed',
      'Por describir cómo se controla la calidad de estos datos.',
      'To be described: how the quality of this data is controlled.',
      'pendiente',
      'Pendiente.',
      'POR DEFINIR',
      'TODO',
      'TODO: poner la URL',
      'N/A',
      'n/a',
      'NA',
      's/d',
      '-',
      '...',
      '   ',
      '',
    ]) {
      assert.equal(isPlaceholder(text), true, text);
    }
    for (const text of ['Todo el país', 'Dirección de Información', 'Oracle', 'Art. 113 fr. I LFTAIP', 'anual', 'Nacional']) assert.equal(isPlaceholder(text), false, text);
  });

  it('does not accept placeholders as a name, grounds or the datasets a tool uses', () => {
    const name = checkPlan(edit(COMPLETE_PLAN, 'nombre: Ana Ruiz', 'nombre: "Por completar"'));
    assert.deepEqual(findingsFor(name, 'basico-1a'), ['8:campo-vacio']);
    assert.match(messageOf(name, 'basico-1a', 'campo-vacio'), /texto provisional \(«Por completar»\)/);
    assert.equal(stateOf(name, 'basico-1a'), 'partial');
    const grounds = checkPlan(edit(COMPLETE_PLAN, 'fundamento: Art. 113 fr. I LFTAIP', 'fundamento: "  "'));
    assert.deepEqual(findingsFor(grounds, 'basico-1b'), [`${lineOf('fundamento:')}:campo-vacio`]);
    const tools = checkPlan(edit(COMPLETE_PLAN, 'conjuntos: [rezago-social]\n    enlaceDatos', 'conjuntos: ""\n    enlaceDatos'));
    assert.deepEqual(findingsFor(tools, 'basico-4a'), [`${lineOf('conjuntos: [rezago-social]\n    enlaceDatos')}:campo-vacio`]);
    assert.equal(stateOf(tools, 'basico-4a'), 'unmet');
    const criteria = checkPlan(edit(COMPLETE_PLAN, 'criterios: [registro-publico]', 'criterios: ""'));
    assert.deepEqual(findingsFor(criteria, 'intermedio-1b'), [`${lineOf('criterios:')}:campo-vacio`]);
  });
});
