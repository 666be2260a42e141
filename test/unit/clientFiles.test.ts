import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { targetLevelEdit, type TextEdit } from '../../client/src/files/targetLevelEdit';
import { datasetTemplate, isValidIdentifier, planTemplate, suggestIdentifier, yamlScalar } from '../../client/src/files/templates';
import { analyzeFile } from '../../server/src/core/check/analyzeFile';
import { parseYaml } from '../../server/src/core/parse/yamlParser';
import { stringValue, toPlainValue, valueOf } from '../../server/src/core/parse/sourceTree';

function apply(text: string, edit: TextEdit | undefined): string | undefined {
  return edit && text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

describe('writing the target level into the plan', () => {
  it('replaces a declared level and keeps its comment', () => {
    assert.equal(apply('institucion:\n  nombre: X\nnivelObjetivo: basico   # el mínimo\nplan: []\n', targetLevelEdit('institucion:\n  nombre: X\nnivelObjetivo: basico   # el mínimo\nplan: []\n', 'avanzado')),
      'institucion:\n  nombre: X\nnivelObjetivo: avanzado   # el mínimo\nplan: []\n');
    assert.equal(apply('nivelObjetivo: "intermedio"\n', targetLevelEdit('nivelObjetivo: "intermedio"\n', 'basico')), 'nivelObjetivo: basico\n');
    assert.equal(apply('nivelObjetivo:\nplan: []\n', targetLevelEdit('nivelObjetivo:\nplan: []\n', 'basico')), 'nivelObjetivo: basico\nplan: []\n');
    assert.equal(apply('nivelObjetivo:  # elige\n', targetLevelEdit('nivelObjetivo:  # elige\n', 'basico')), 'nivelObjetivo:  basico # elige\n');
  });

  it('adds the key before the first top-level key, after comments, with the file\'s line ends', () => {
    const text = '# Plan\r\n# de la SE\r\ninstitucion:\r\n  nombre: SE\r\n';
    assert.equal(apply(text, targetLevelEdit(text, 'intermedio')), '# Plan\r\n# de la SE\r\nnivelObjetivo: intermedio\r\ninstitucion:\r\n  nombre: SE\r\n');
  });

  it('ignores nested keys with the same name and leaves flow mappings alone', () => {
    const text = 'otro:\n  nivelObjetivo: basico\n';
    assert.equal(apply(text, targetLevelEdit(text, 'avanzado')), 'nivelObjetivo: avanzado\notro:\n  nivelObjetivo: basico\n');
    assert.equal(targetLevelEdit('{ institucion: { nombre: X } }\n', 'basico'), undefined);
    assert.equal(apply('# vacío\n', targetLevelEdit('# vacío\n', 'basico')), '# vacío\nnivelObjetivo: basico\n');
  });

  it('produces a plan the parser reads with the new level', () => {
    const text = 'institucion:\n  nombre: X\nnivelObjetivo: basico\n';
    const parsed = parseYaml(apply(text, targetLevelEdit(text, 'avanzado'))!);
    assert.equal(stringValue(valueOf(parsed.root, 'nivelObjetivo')), 'avanzado');
    assert.deepEqual(parsed.problems, []);
  });
});

describe('new file templates', () => {
  it('quotes YAML scalars only when a plain one would read back differently', () => {
    assert.equal(yamlScalar('Índice de rezago social'), 'Índice de rezago social');
    assert.equal(yamlScalar('R/P5Y'), 'R/P5Y');
    assert.equal(yamlScalar('Sí: con dos puntos'), '"Sí: con dos puntos"');
    assert.equal(yamlScalar('2026-06'), '"2026-06"');
    assert.equal(yamlScalar('no'), '"no"');
    assert.equal(yamlScalar('# no es comentario'), '"# no es comentario"');
  });

  it('checks and suggests dataset identifiers', () => {
    assert.ok(isValidIdentifier('rezago-social'));
    assert.ok(!isValidIdentifier('rezago social') && !isValidIdentifier('educación') && !isValidIdentifier('-x'));
    // One rule with the schema: upper case and underscores are not the guide's form.
    assert.ok(!isValidIdentifier('Rezago_Social.V2') && !isValidIdentifier('PPPR'));
    assert.equal(suggestIdentifier('Matrícula Escolar 2025/2026'), 'matricula-escolar-2025-2026');
  });

  it('writes a dataset whose only problems are the empty fields left to fill', () => {
    const text = datasetTemplate({ identifier: 'becas', description: 'Becas: por entidad', periodicity: 'anual', today: '2026-11-27' });
    const analysis = analyzeFile('becas.dcat.yaml', 'metadata', text);
    assert.deepEqual(analysis.parsed.problems, []);
    const plain = toPlainValue(analysis.parsed.root!) as Record<string, unknown>;
    assert.deepEqual([plain.identifier, plain.description, plain.accrualPeriodicity, plain.modified], ['becas', 'Becas: por entidad', 'anual', '2026-11-27']);
    const rules = new Set(analysis.findings.map((finding) => finding.data.rule));
    assert.ok(rules.has('campo-vacio'), [...rules].join());
    assert.ok(!rules.has('campo-desconocido') && !rules.has('tipo'), [...rules].join());
  });

  it('writes a plan that parses cleanly and declares the basic level', () => {
    const analysis = analyzeFile('plan-de-apertura.yaml', 'plan', planTemplate('2026-11-27'));
    assert.deepEqual(analysis.parsed.problems, []);
    assert.equal(stringValue(valueOf(analysis.parsed.root, 'nivelObjetivo')), 'basico');
    assert.ok(!analysis.findings.some((finding) => finding.data.rule === 'campo-desconocido'));
  });
});
