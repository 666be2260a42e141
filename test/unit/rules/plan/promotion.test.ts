import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPlan, COMPLETE_PLAN, diagnosticOf, edit, endLine, findingsFor, messageOf, stateOf } from './planWorkspace';

describe('intermedio-4a: use of the data promoted every semester', () => {
  it('is met with an action in the last 6 months', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'intermedio-4a'), []);
    assert.equal(stateOf(report, 'intermedio-4a'), 'met');
  });

  it('flags the list when the latest action is older than 6 months', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'fecha: 2026-08-20', 'fecha: 2026-04-20'));
    assert.deepEqual(findingsFor(report, 'intermedio-4a'), ['63:sin-participacion-reciente']);
    assert.equal(stateOf(report, 'intermedio-4a'), 'partial');
  });

  it("asks for the action's public URL", () => {
    const report = checkPlan(edit(COMPLETE_PLAN, '    url: https://www.coneval.org.mx/dataton\n', ''));
    assert.deepEqual(findingsFor(report, 'intermedio-4a'), ['64:participacion-sin-url']);
  });

  it('recommends one of the known kinds of action, whatever the accents', () => {
    assert.deepEqual(findingsFor(checkPlan(edit(COMPLETE_PLAN, 'tipo: datatón', 'tipo: Dataton')), 'intermedio-4a'), []);
    const report = checkPlan(edit(COMPLETE_PLAN, 'tipo: datatón', 'tipo: reunión'));
    assert.deepEqual(findingsFor(report, 'intermedio-4a'), ['64:tipo-de-participacion']);
    assert.equal(diagnosticOf(report, 'intermedio-4a', 'tipo-de-participacion').severity, 2);
  });

  it('is unmet with an empty list', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, /participacion:\n( {2}.*\n)+/, 'participacion: []\n'));
    assert.deepEqual(findingsFor(report, 'intermedio-4a'), ['63:sin-participacion']);
    assert.equal(stateOf(report, 'intermedio-4a'), 'unmet');
  });
});

describe('intermedio-4b: digital communication at most 2 months apart', () => {
  it('is met when actions are close enough and cite dataset URLs (a download URL, a datos.gob.mx dataset page)', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'intermedio-4b'), []);
    assert.equal(stateOf(report, 'intermedio-4b'), 'met');
  });

  it('accepts the landing page of a dataset and ignores scheme and trailing slash', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'url: https://datos.coneval.gob.mx/rezago/municipio-2020.csv', 'url: http://www.coneval.org.mx/datos/diccionario.html/'));
    assert.deepEqual(findingsFor(report, 'intermedio-4b'), []);
  });

  it('flags a URL that does not lead to a dataset', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'url: https://datos.gob.mx/busca/dataset/rezago-social', 'url: https://www.coneval.org.mx/noticias'));
    assert.deepEqual(findingsFor(report, 'intermedio-4b'), ['73:url-no-directa']);
    assert.match(messageOf(report, 'intermedio-4b', 'url-no-directa'), /comunicación n\.º 2 no lleva directo a un conjunto de datos/);
  });

  it('flags a gap of more than 62 days on the later action', () => {
    const report = checkPlan(edit(COMPLETE_PLAN, 'fecha: 2026-09-30', 'fecha: 2026-09-08'));
    assert.deepEqual(findingsFor(report, 'intermedio-4b'), ['71:comunicacion-espaciada']);
    assert.match(messageOf(report, 'intermedio-4b', 'comunicacion-espaciada'), /Pasaron 63 días entre la comunicación del 2026-09-08 y la del 2026-11-10/);
    assert.equal(stateOf(report, 'intermedio-4b'), 'partial');
  });

  it('accepts exactly 2 calendar months, whatever the order of the list, and not a day more', () => {
    const plan = edit(edit(COMPLETE_PLAN, 'fecha: 2026-09-30', 'fecha: 2026-11-10'), 'fecha: 2026-11-10\n    canal: boletín', 'fecha: 2026-09-10\n    canal: boletín');
    assert.deepEqual(findingsFor(checkPlan(plan), 'intermedio-4b'), []);
    // 2026-09-09 → 2026-11-10 is 62 days but more than 2 months.
    const longer = edit(edit(COMPLETE_PLAN, 'fecha: 2026-09-30', 'fecha: 2026-11-10'), 'fecha: 2026-11-10\n    canal: boletín', 'fecha: 2026-09-09\n    canal: boletín');
    assert.equal(findingsFor(checkPlan(longer), 'intermedio-4b').length, 1);
  });

  it('looks for gaps in the last year only', () => {
    const entry = (date: string): string => `  - fecha: ${date}\n    canal: boletín\n    url: https://datos.gob.mx/busca/dataset/rezago-social\n`;
    const log = (dates: string[]): string => edit(COMPLETE_PLAN, /comunicacion:\n( {2}.*\n)+/, `comunicacion:\n${dates.map(entry).join('')}`);
    // 2024-01-10 → 2025-11-01 ended more than 365 days before 2026-11-27: history, not flagged.
    // 2025-12-31 → 2026-03-15 (74 days) ended inside the year: flagged on 2026-03-15 (line 77).
    const report = checkPlan(log(['2024-01-10', '2025-11-01', '2025-12-31', '2026-03-15', '2026-05-15', '2026-07-15', '2026-09-14', '2026-11-14']));
    assert.deepEqual(findingsFor(report, 'intermedio-4b'), ['77:comunicacion-espaciada']);
  });

  it('flags the list when the latest action is more than 62 days old', () => {
    const plan = edit(edit(COMPLETE_PLAN, 'fecha: 2026-09-30', 'fecha: 2026-08-01'), 'fecha: 2026-11-10', 'fecha: 2026-09-20');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'intermedio-4b'), ['67:sin-comunicacion-reciente']);
    assert.match(messageOf(report, 'intermedio-4b', 'sin-comunicacion-reciente'), /fue el 2026-09-20, hace 68 días/);
  });

  it('is unmet with an empty list, or without the section', () => {
    const empty = checkPlan(edit(COMPLETE_PLAN, /comunicacion:\n( {2}.*\n)+/, 'comunicacion: []\n'));
    assert.deepEqual(findingsFor(empty, 'intermedio-4b'), ['67:sin-comunicacion']);
    assert.equal(stateOf(empty, 'intermedio-4b'), 'unmet');
    const without = edit(COMPLETE_PLAN, /comunicacion:\n( {2}.*\n)+/, '');
    const missing = checkPlan(without);
    assert.deepEqual(findingsFor(missing, 'intermedio-4b'), [`${endLine(without)}:seccion-faltante`]);
  });
});
