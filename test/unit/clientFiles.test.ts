import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { targetLevelEdit, type TextEdit } from '../../client/src/files/targetLevelEdit';
import { datasetTemplate, isValidIdentifier, planTemplate, suggestIdentifier, yamlScalar } from '../../server/src/core/templates/newFileTemplates';
import { analyzeFile } from '../../server/src/core/check/analyzeFile';
import { parseYaml } from '../../server/src/core/parse/yamlParser';
import { stringValue, toPlainValue, valueOf } from '../../server/src/core/parse/sourceTree';
import { WorkspaceIndex, type WorkspaceReport } from '../../server/src/core/check/workspaceIndex';
import { isStandIn } from '../../server/src/core/text/placeholders';

function apply(text: string, edit: TextEdit | undefined): string | undefined {
  return edit && text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

describe('writing the target level into the plan', () => {
  it('replaces a declared level and keeps its comment', () => {
    assert.equal(
      apply(
        'institucion:\n  nombre: X\nnivelObjetivo: basico   # el mínimo\nplan: []\n',
        targetLevelEdit('institucion:\n  nombre: X\nnivelObjetivo: basico   # el mínimo\nplan: []\n', 'avanzado'),
      ),
      'institucion:\n  nombre: X\nnivelObjetivo: avanzado   # el mínimo\nplan: []\n',
    );
    assert.equal(apply('nivelObjetivo: "intermedio"\n', targetLevelEdit('nivelObjetivo: "intermedio"\n', 'basico')), 'nivelObjetivo: basico\n');
    assert.equal(apply('nivelObjetivo:\nplan: []\n', targetLevelEdit('nivelObjetivo:\nplan: []\n', 'basico')), 'nivelObjetivo: basico\nplan: []\n');
    assert.equal(apply('nivelObjetivo:  # elige\n', targetLevelEdit('nivelObjetivo:  # elige\n', 'basico')), 'nivelObjetivo:  basico # elige\n');
  });

  it("adds the key before the first top-level key, after comments, with the file's line ends", () => {
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

  it('writes a dataset that parses cleanly, with each value to fill marked «…»', () => {
    const text = datasetTemplate({ identifier: 'becas', description: 'Becas: por entidad', periodicity: 'anual', today: '2026-11-27' });
    const analysis = analyzeFile('becas.dcat.yaml', 'metadata', text);
    assert.deepEqual(analysis.parsed.problems, []);
    const plain = toPlainValue(analysis.parsed.root!) as Record<string, unknown>;
    assert.deepEqual([plain.identifier, plain.description, plain.accrualPeriodicity, plain.modified], ['becas', 'Becas: por entidad', 'anual', '2026-11-27']);
    assert.ok(isStandIn(plain.title) && isStandIn(plain.mbox));
    assert.ok(!/""|yaml-language-server|https:\/\/guia-datos-abiertos/.test(text), 'no empty strings, no modeline');
  });

  it('writes a plan that parses cleanly and declares the basic level', () => {
    const analysis = analyzeFile('plan-de-apertura.yaml', 'plan', planTemplate('2026-11-27'));
    assert.deepEqual(analysis.parsed.problems, []);
    assert.equal(stringValue(valueOf(analysis.parsed.root, 'nivelObjetivo')), 'basico');
    assert.ok(!analysis.findings.some((finding) => finding.data.rule === 'campo-desconocido'));
  });

  it('opens new files with one summary of what is left and no errors; filled in, they reach Básico', () => {
    const fresh = evaluateTemplates((text) => text);
    for (const file of fresh.files) {
      assert.deepEqual(
        file.diagnostics.filter((diagnostic) => diagnostic.severity <= 2).map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.data.rule}`),
        [],
        file.id,
      );
      const summary = file.diagnostics.filter((diagnostic) => diagnostic.data.rule === 'valores-por-completar');
      assert.equal(summary.length, 1, file.id);
      assert.deepEqual(summary[0]!.range.start, { line: 0, character: 0 });
      assert.ok(
        file.diagnostics.some((diagnostic) => diagnostic.severity === 4),
        file.id,
      );
    }
    // Placeholders are not evidence: a fresh pair of files does not meet Básico.
    assert.ok(fresh.coverage.basico.met < fresh.coverage.basico.total);
    assert.equal(fresh.coverage.basico.requirements['basico-1a'], 'unmet');

    const filled = evaluateTemplates((text) =>
      text
        .replace(/^([^#\n]*?)«([^«»\n]+)»/gm, (_, before: string, label: string) => {
          const value = FILLED[label];
          assert.ok(value !== undefined, `no value for «${label}»`);
          return before + value;
        })
        .replace(/«([^«»\n]+)»/g, (_, label: string) => FILLED[label] ?? label),
    );
    const errors = filled.files.flatMap((file) =>
      file.diagnostics
        .filter((diagnostic) => diagnostic.severity <= 2)
        .map((diagnostic) => `${file.id}:${diagnostic.range.start.line + 1}:${diagnostic.data.rule}:${diagnostic.message}`),
    );
    assert.deepEqual(errors, []);
    assert.equal(filled.coverage.basico.met, filled.coverage.basico.total, JSON.stringify(filled.coverage.basico.requirements));

    // A wrong value typed over a placeholder is an error at once.
    const wrong = evaluateTemplates((text) => text.replace('«correo@institucion.gob.mx»', 'becas(at)sep.gob.mx'));
    assert.ok(wrong.files.some((file) => file.diagnostics.some((diagnostic) => diagnostic.severity === 1 && diagnostic.range.start.line === 7)));
  });
});

/** What a person types over each placeholder of the templates. */
const FILLED: Record<string, string> = {
  'Nombre claro del conjunto': 'Becas otorgadas por entidad federativa',
  'Qué contiene el conjunto, con detalle suficiente para juzgar su interés':
    'Número de becas otorgadas cada año por entidad federativa, nivel educativo y sexo de la persona becada.',
  'palabra clave': 'becas',
  'Área responsable de los datos': 'Dirección General de Becas',
  'correo@institucion.gob.mx': 'becas@sep.gob.mx',
  'https://www.institucion.gob.mx/datos': 'https://www.sep.gob.mx/datos/becas',
  'Nombre del recurso': 'Becas por entidad 2025',
  'https://datos.institucion.gob.mx/archivo.csv': 'https://datos.sep.gob.mx/becas/becas-2025.csv',
  'Nombre de la institución': 'Secretaría de Educación Pública',
  SIGLAS: 'SEP',
  'La visión de la institución sobre sus datos abiertos': 'Publicar los datos de becas para que cualquiera pueda usarlos.',
  'Nombre del Enlace Institucional': 'Ana Ruiz',
  'Cargo (al menos Director General)': 'Directora General de Planeación',
  'enlace@institucion.gob.mx': 'ana.ruiz@sep.gob.mx',
  'Nombre del Administrador de Datos': 'Luis Soto',
  Cargo: 'Director General de Tecnologías de la Información',
  'administrador@institucion.gob.mx': 'luis.soto@sep.gob.mx',
  'Número del oficio': 'SEP/DGP/123/2026',
  'AAAA-MM-DD': '2026-03-02',
  'identificador-del-conjunto': 'becas',
  'Qué es, en una frase': 'Becas otorgadas por entidad.',
  'Cargo del responsable': 'Director de Becas',
  'Sistema o base de datos de origen': 'PostgreSQL',
  'AAAA-MM': '2026-06',
  'Qué se publicará': 'Las becas otorgadas cada año por entidad.',
  'anual, mensual, irregular…': 'anual',
  'Cómo se revisa que cada enlace de descarga responda': 'revisión mensual de los enlaces de descarga',
  'Herramienta digital de gobierno que usa los datos': 'Mapa de becas',
  'https://www.institucion.gob.mx/herramienta': 'https://www.sep.gob.mx/mapa-becas',
  'https://datos.gob.mx/busca/organization/siglas': 'https://datos.gob.mx/busca/organization/sep',
};

/** A workspace of the two templates, as an editor shows it, after `edit` ran over both texts. */
function evaluateTemplates(edit: (text: string) => string): WorkspaceReport {
  const index = new WorkspaceIndex();
  index.set(analyzeFile('plan-de-apertura.yaml', 'plan', edit(planTemplate('2026-11-27'))));
  index.set(analyzeFile('becas.dcat.yaml', 'metadata', edit(datasetTemplate({ identifier: 'becas', today: '2026-11-27' }))));
  return index.evaluate({ today: '2026-11-27', showAboveTarget: false, pendingAsHints: true, pagesRoot: 'file:///docs/requisitos', language: 'es' });
}
