import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWorkspace } from '../support/analyze';

const VALID_DATASET = `identifier: rezago-social
title: Índice de rezago social
description: Índice de rezago social por municipio.
keyword: [rezago, pobreza]
modified: 2026-05-27T01:42:05-05:00
contactPoint: Dirección de Información
mbox: datos@coneval.gob.mx
landingPage: https://www.coneval.org.mx/datos/diccionario.html
accrualPeriodicity: R/P5Y
distribution:
  - title: Rezago por municipio
    downloadURL: https://datos.coneval.gob.mx/rezago.csv
    mediaType: text/csv
`;

/** `line:rule` of the basico-2b findings (other requirements' rules are tested on their own). */
function basico2b(path: string, text: string): string[] {
  const report = checkWorkspace({ [path]: text });
  return report.files[0]!.diagnostics.filter((diagnostic) => diagnostic.code === 'basico-2b' && diagnostic.data.rule !== 'campo-desconocido').map(
    (diagnostic) => `${diagnostic.range.start.line + 1}:${String(diagnostic.data.rule)}`,
  );
}

describe('dataset metadata (basico-2b)', () => {
  it('passes a complete dataset', () => {
    assert.deepEqual(basico2b('a.dcat.yaml', VALID_DATASET), []);
  });

  it('puts a missing required field on the first key of the dataset', () => {
    const text = VALID_DATASET.replace('mbox: datos@coneval.gob.mx\n', '');
    const report = checkWorkspace({ 'a.dcat.yaml': text });
    const [diagnostic] = report.files[0]!.diagnostics.filter((d) => d.code === 'basico-2b');
    assert.equal(diagnostic!.code, 'basico-2b');
    assert.equal(diagnostic!.severity, 1);
    assert.equal(diagnostic!.source, 'guía');
    assert.match(diagnostic!.message, /«mbox» \(Correo de contacto\)/);
    assert.deepEqual(diagnostic!.range.start, { line: 0, character: 0 });
    assert.equal(diagnostic!.codeDescription.href, 'file:///docs/requisitos/es/basico-2b.md');
  });

  it('flags each malformed field on its own line', () => {
    const text = VALID_DATASET.replace('2026-05-27T01:42:05-05:00', '27/05/2014')
      .replace('datos@coneval.gob.mx', 'datos(at)coneval')
      .replace('R/P5Y', 'mensualmente')
      .replace('text/csv', 'CSV')
      .replace('https://www.coneval.org.mx/datos/diccionario.html', 'www.coneval');
    assert.deepEqual(basico2b('a.dcat.yaml', text), ['5:fecha-iso8601', '7:correo', '8:url', '9:periodicidad', '13:tipo-de-medio']);
  });

  it('accepts periodicity words in any case and ISO repeats outside the catalog', () => {
    assert.deepEqual(basico2b('a.dcat.yaml', VALID_DATASET.replace('R/P5Y', 'Tiempo Real')), []);
    assert.deepEqual(basico2b('a.dcat.yaml', VALID_DATASET.replace('R/P5Y', 'R/P18M')), []);
  });

  it('requires at least one resource', () => {
    const text = VALID_DATASET.replace(/distribution:[\s\S]*$/, 'distribution: []\n');
    assert.deepEqual(basico2b('a.dcat.yaml', text), ['10:sin-recursos']);
  });

  it('flags duplicate titles in a catalog on the second one', () => {
    const item = (id: string) =>
      VALID_DATASET.replace('rezago-social', id)
        .trimEnd()
        .split('\n')
        .map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`))
        .join('\n');
    const text = `dataset:\n${item('uno')}\n${item('dos')}\n`;
    const findings = basico2b('catalogo.yaml', text);
    assert.deepEqual(findings, ['16:titulo-duplicado']);
  });

  it('accepts an ADELA catalogo.json export, with the email under publisher', () => {
    const catalog = {
      title: 'Catálogo',
      homepage: 'https://www.ejemplo.gob.mx',
      issued: '2015-07-20',
      modified: '2016-01-12T10:39:42.505Z',
      language: 'es',
      license: 'https://datos.gob.mx/libreusomx/',
      dataset: [
        {
          identifier: 'matricula',
          title: 'Matrícula',
          description: 'Alumnos.',
          issued: '2015-07-20',
          modified: '2016-01-12T10:39:42.505Z',
          theme: 'Educación',
          keyword: ['escuelas'],
          language: 'es',
          contactPoint: 'Dirección',
          temporal: '2010/2015',
          spatial: 'nacional',
          govType: 'federal',
          accrualPeriodicity: 'anual',
          landingPage: 'https://www.ejemplo.gob.mx/datos',
          openessRating: 3,
          comments: [],
          quality: 'Revisado',
          publisher: { name: 'SEP', position: 'Director', mbox: 'datos@sep.gob.mx' },
          public: true,
          publishDate: '2015-07-20',
          distribution: [
            {
              title: 'Matrícula 2015',
              description: 'CSV',
              issued: '2015-07-20',
              modified: '2015-07-20',
              license: 'https://datos.gob.mx/libreusomx/',
              spatial: 'nacional',
              downloadURL: 'https://datos.sep.gob.mx/matricula.csv',
              mediaType: 'text/csv',
              format: 'CSV',
              byteSize: '1024',
              temporal: '2015',
              tools: 'Excel',
              publishDate: '2015-07-20',
            },
          ],
        },
      ],
    };
    assert.deepEqual(basico2b('catalogo.json', JSON.stringify(catalog, null, 2)), []);
  });

  it('reports a JSON syntax error at its line and keeps checking', () => {
    const text = '{\n  "identifier": "x",\n  "title": "y"\n  "description": "z"\n}\n';
    const report = checkWorkspace({ 'a.dcat.json': text });
    const diagnostics = report.files[0]!.diagnostics.filter((d) => d.code === 'basico-2b');
    // The missing comma is reported where it is missing, and the field after it is still read.
    assert.ok(diagnostics.some((d) => d.data.rule === 'json-sintaxis' && d.range.start.line === 3));
    const missing = diagnostics.filter((d) => d.data.rule === 'campo-obligatorio').map((d) => d.data.field);
    assert.ok(missing.includes('modified'));
    assert.ok(!missing.includes('description'));
  });

  it('warns about unknown fields without failing the requirement', () => {
    const report = checkWorkspace({ 'a.dcat.yaml': VALID_DATASET + 'titel: x\n' });
    const [diagnostic] = report.files[0]!.diagnostics.filter((d) => d.data.rule === 'campo-desconocido');
    assert.equal(diagnostic!.severity, 2);
    assert.equal(diagnostic!.data.rule, 'campo-desconocido');
    assert.equal(diagnostic!.range.start.line, 13);
  });
});
