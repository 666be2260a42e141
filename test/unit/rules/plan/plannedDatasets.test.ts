import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPlan, COMPLETE_PLAN, diagnosticOf, edit, findingsFor, messageOf, METADATA_PATH, REZAGO_SOCIAL, stateOf } from './planWorkspace';

const SECOND_ENTRY = `  - conjunto: pobreza-municipal
    descripcion: Pobreza por municipio.
    periodicidad: R/P5Y
    fechaPublicacion: 2026-11-27
    criterios: [interes-nacional]
`;

/** The complete plan with a second planned dataset right after the first (lines 38-42). */
const TWO_ENTRIES = edit(COMPLETE_PLAN, 'grupoDeTrabajo:\n', `${SECOND_ENTRY}grupoDeTrabajo:\n`);

describe('basico-1c: opening plan published', () => {
  it('is met when every planned dataset is complete', () => {
    const report = checkPlan(COMPLETE_PLAN);
    assert.deepEqual(findingsFor(report, 'basico-1c'), []);
    assert.equal(stateOf(report, 'basico-1c'), 'met');
  });

  it('flags an identifier planned twice on the second entry', () => {
    const plan = edit(TWO_ENTRIES, 'conjunto: pobreza-municipal', 'conjunto: Rezago-Social');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'basico-1c'), ['38:conjunto-repetido']);
    assert.match(messageOf(report, 'basico-1c', 'conjunto-repetido'), /«Rezago-Social» ya está en el plan \(entrada n\.º 1\)/);
    assert.equal(stateOf(report, 'basico-1c'), 'partial');
  });

  it('is unmet when the plan list is empty (schema)', () => {
    const plan = edit(COMPLETE_PLAN, /plan:\n( {2}.*\n)+/, 'plan: []\n');
    const report = checkPlan(plan);
    assert.deepEqual(findingsFor(report, 'basico-1c'), ['32:lista-vacia']);
    assert.equal(stateOf(report, 'basico-1c'), 'unmet');
  });

  it('counts an entry with a field the schema rejects as failed', () => {
    const report = checkPlan(edit(TWO_ENTRIES, 'periodicidad: R/P5Y', 'periodicidad: cada lustro'));
    assert.deepEqual(findingsFor(report, 'basico-1c'), ['40:periodicidad']);
    assert.equal(stateOf(report, 'basico-1c'), 'partial');
  });
});

describe('basico-2b (plan side): planned datasets whose date has come have metadata', () => {
  it('is met when the due dataset has metadata and the other is not due yet', () => {
    const report = checkPlan(edit(TWO_ENTRIES, 'fechaPublicacion: 2026-11-27', 'fechaPublicacion: 2026-11-28'));
    assert.deepEqual(findingsFor(report, 'basico-2b'), []);
    assert.equal(stateOf(report, 'basico-2b'), 'met');
  });

  it('flags a dataset due today without metadata, on its identifier, with what a quick fix needs', () => {
    const report = checkPlan(TWO_ENTRIES);
    assert.deepEqual(findingsFor(report, 'basico-2b'), ['38:plan-sin-metadatos']);
    const diagnostic = diagnosticOf(report, 'basico-2b', 'plan-sin-metadatos');
    assert.equal(diagnostic.severity, 1);
    assert.deepEqual(
      { ...diagnostic.data, guideUrl: undefined },
      {
        rule: 'plan-sin-metadatos',
        requirement: 'basico-2b',
        guideUrl: undefined,
        conjunto: 'pobreza-municipal',
        descripcion: 'Pobreza por municipio.',
        periodicidad: 'R/P5Y',
        fechaPublicacion: '2026-11-27',
      },
    );
    assert.equal(stateOf(report, 'basico-2b'), 'partial', 'the other dataset is documented');
  });

  it('finds the metadata inside a catalog, and whatever the case of the identifier', () => {
    const catalog = `dataset:\n${REZAGO_SOCIAL.replace('rezago-social', 'Pobreza-Municipal')
      .trimEnd()
      .split('\n')
      .map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`))
      .join('\n')}\n`;
    const report = checkPlan(TWO_ENTRIES, { [METADATA_PATH]: REZAGO_SOCIAL, 'catalogo.yaml': catalog });
    assert.deepEqual(findingsFor(report, 'basico-2b'), []);
  });

  it('names the metadata identifier that differs only in accents', () => {
    const report = checkPlan(TWO_ENTRIES, { [METADATA_PATH]: REZAGO_SOCIAL, 'datos/pobreza.dcat.yaml': REZAGO_SOCIAL.replace('rezago-social', 'pobreza-municípal') });
    assert.match(messageOf(report, 'basico-2b', 'plan-sin-metadatos'), /hay un conjunto con identifier «pobreza-municípal»/);
  });

  it('is unmet when the workspace has no metadata for any due dataset', () => {
    const report = checkPlan(COMPLETE_PLAN, {});
    assert.deepEqual(findingsFor(report, 'basico-2b'), ['33:plan-sin-metadatos']);
    assert.equal(stateOf(report, 'basico-2b'), 'unmet');
  });

  it('skips an entry with a malformed date (the schema reports it)', () => {
    const report = checkPlan(edit(TWO_ENTRIES, 'fechaPublicacion: 2026-11-27', 'fechaPublicacion: 2026-02-30'));
    assert.deepEqual(findingsFor(report, 'basico-2b'), []);
    assert.deepEqual(findingsFor(report, 'basico-1c'), ['41:fecha-iso8601']);
  });
});
