import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogItem, check, GOOD_DATASET, otherDataset, ruleFindings } from './datasetWorkspace';

describe('basico-2b: identifiers unique across the workspace', () => {
  it('passes datasets of different identifiers in different files', () => {
    const report = check({ 'a.dcat.yaml': GOOD_DATASET, 'b.dcat.yaml': otherDataset('pobreza') });
    assert.deepEqual(ruleFindings(report, 'b.dcat.yaml', 'basico-2b'), []);
    assert.equal(report.coverage.basico.requirements['basico-2b'], 'met');
  });

  it('flags a catalog that reuses the identifier of another file, on that dataset', () => {
    const catalog = `dataset:\n${catalogItem(otherDataset('pobreza'))}\n${catalogItem(otherDataset('Rezago-Social'))}\n`;
    const report = check({ 'a.dcat.yaml': GOOD_DATASET, 'b/catalogo.yaml': catalog });
    // `Rezago-Social` is also told the guide's form (lower case), a separate cause.
    assert.deepEqual(ruleFindings(report, 'b/catalogo.yaml', 'basico-2b'), ['25:identificador-forma', '25:identificador-repetido']);
    assert.equal(report.coverage.basico.requirements['basico-2b'], 'partial');
  });

  it('flags the same identifier in two dataset files on the later one', () => {
    const report = check({ 'a.dcat.yaml': GOOD_DATASET, 'b.dcat.yaml': otherDataset('rezago-social').replace('Conjunto rezago-social', 'Otro título') });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2b'), []);
    assert.deepEqual(ruleFindings(report, 'b.dcat.yaml', 'basico-2b'), ['1:identificador-repetido']);
    const diagnostic = report.files.find((file) => file.id === 'b.dcat.yaml')!.diagnostics[0]!;
    assert.match(diagnostic.message, /«rezago-social» ya lo usa el conjunto de a\.dcat\.yaml \(línea 1\)/);
    assert.deepEqual(diagnostic.data, {
      rule: 'identificador-repetido',
      identifier: 'rezago-social',
      firstFile: 'a.dcat.yaml',
      firstLine: 1,
      requirement: 'basico-2b',
      guideUrl: diagnostic.data.guideUrl,
    });
  });

  it('flags the same dataset title in two files, whatever its case and spacing, on the later one', () => {
    const sameTitle = otherDataset('pobreza').replace('Conjunto pobreza', 'ÍNDICE  de rezago social');
    const report = check({ 'a.dcat.yaml': GOOD_DATASET, 'b.dcat.yaml': sameTitle });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2b'), []);
    assert.deepEqual(ruleFindings(report, 'b.dcat.yaml', 'basico-2b'), ['2:titulo-repetido']);
    assert.match(
      report.files.find((file) => file.id === 'b.dcat.yaml')!.diagnostics[0]!.message,
      /título «ÍNDICE {2}de rezago social» ya lo usa el conjunto de a\.dcat\.yaml \(línea 2\)/,
    );
    assert.equal(report.coverage.basico.requirements['basico-2b'], 'partial');
    // A placeholder title is no title: two «Por completar» are not a repeat (the schema says each is empty).
    const placeholders = check({
      'a.dcat.yaml': GOOD_DATASET.replace('Índice de rezago social', 'Por completar'),
      'b.dcat.yaml': otherDataset('pobreza').replace('Conjunto pobreza', 'Por completar'),
    });
    assert.deepEqual(ruleFindings(placeholders, 'b.dcat.yaml', 'basico-2b'), ['2:campo-vacio']);
  });

  it("does not pass Rezago_Social.V2 in silence: the schema's one identifier pattern proposes the guide's form", () => {
    const report = check({ 'a.dcat.yaml': GOOD_DATASET.replace('identifier: rezago-social', 'identifier: Rezago_Social.V2') });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2b'), ['1:identificador-forma']);
    const diagnostic = report.files[0]!.diagnostics.find((item) => item.code === 'basico-2b')!;
    assert.match(diagnostic.message, /«Rezago_Social\.V2».*Escríbelo como «rezago-social-v2»/);
    assert.equal(diagnostic.severity, 2);
    // Accents are intermedio-2a's ASCII finding only: one finding per cause.
    const accented = check({ 'a.dcat.yaml': GOOD_DATASET.replace('identifier: rezago-social', 'identifier: rezago-sócial') });
    assert.deepEqual(ruleFindings(accented, 'a.dcat.yaml', 'basico-2b'), []);
  });
});

describe("basico-2b: the catalog's publisher is checked like a dataset's", () => {
  it('flags a catalog publisher whose mbox is not an email, and an empty name, as on a dataset', () => {
    const catalog = `publisher:\n  name: ""\n  mbox: datosATmodernizacion.gob.ar\ndataset:\n${catalogItem(GOOD_DATASET)}\n`;
    const findings = ruleFindings(check({ 'catalogo.yaml': catalog }), 'catalogo.yaml', 'basico-2b');
    assert.deepEqual(findings, ['2:campo-vacio', '3:correo']);
    const onDataset = GOOD_DATASET.replace('quality:', 'publisher: { name: CONEVAL, mbox: datosATmodernizacion.gob.ar }\nquality:');
    assert.deepEqual(ruleFindings(check({ 'a.dcat.yaml': onDataset }), 'a.dcat.yaml', 'basico-2b'), ['11:correo']);
    const good = `publisher:\n  name: CONEVAL\n  mbox: datos@coneval.gob.mx\ndataset:\n${catalogItem(GOOD_DATASET)}\n`;
    assert.deepEqual(ruleFindings(check({ 'catalogo.yaml': good }), 'catalogo.yaml', 'basico-2b'), []);
  });
});
