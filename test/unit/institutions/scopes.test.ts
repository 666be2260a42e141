import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../../server/src/core/check/analyzeFile';
import { InstitutionIndexes } from '../../../server/src/core/institutions/institutionIndexes';
import { partitionInstitutions, type ScopedFile } from '../../../server/src/core/institutions/scopes';
import { roleFromName } from '../../support/analyze';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const OPTIONS = { today: '2026-12-01', showAboveTarget: true, pagesRoot: 'file:///docs/requisitos', language: 'es' as const };

function files(...ids: string[]): ScopedFile[] {
  return ids.map((id) => ({ id, kind: /plan/.test(id) ? 'plan' : 'dataset' }));
}

function summary(scopes: ReturnType<typeof partitionInstitutions>): Record<string, string[]> {
  return Object.fromEntries(scopes.map((scope) => [scope.root, scope.files.map((file) => file.id)]));
}

describe('institutions as scopes', () => {
  it('makes each folder holding a plan one institution, with the metadata below it', () => {
    const scopes = partitionInstitutions(
      files('pais/sep/plan-de-apertura.yaml', 'pais/sep/datos/becas.dcat.yaml', 'pais/inegi/plan-de-apertura.yaml', 'pais/inegi/censo/catalogo.json', 'pais/suelto.dcat.yaml'),
      ['pais'],
    );
    assert.deepEqual(summary(scopes), {
      pais: ['pais/suelto.dcat.yaml'],
      'pais/inegi': ['pais/inegi/plan-de-apertura.yaml', 'pais/inegi/censo/catalogo.json'],
      'pais/sep': ['pais/sep/plan-de-apertura.yaml', 'pais/sep/datos/becas.dcat.yaml'],
    });
    assert.deepEqual(
      scopes.map((scope) => scope.hasPlan),
      [false, true, true],
    );
  });

  it('gives a nested plan its own institution, and leaves out a root that only holds institutions', () => {
    const scopes = partitionInstitutions(files('a/plan-de-apertura.yaml', 'a/x.dcat.yaml', 'a/organo/plan-de-apertura.yaml', 'a/organo/datos/y.dcat.yaml'), ['.']);
    assert.deepEqual(summary(scopes), {
      a: ['a/plan-de-apertura.yaml', 'a/x.dcat.yaml'],
      'a/organo': ['a/organo/plan-de-apertura.yaml', 'a/organo/datos/y.dcat.yaml'],
    });
  });

  it('keeps each root of a multi-root workspace apart, with URIs as the server has them', () => {
    const scopes = partitionInstitutions(files('file:///w/uno/datos/a.dcat.yaml', 'file:///w/dos/b.dcat.yaml', 'file:///w/dos/sub/plan-de-apertura.yaml'), [
      'file:///w/uno/',
      'file:///w/dos',
    ]);
    assert.deepEqual(summary(scopes), {
      'file:///w/dos': ['file:///w/dos/b.dcat.yaml'],
      'file:///w/dos/sub': ['file:///w/dos/sub/plan-de-apertura.yaml'],
      'file:///w/uno': ['file:///w/uno/datos/a.dcat.yaml'],
    });
  });

  it('keeps files named one by one together, as one institution', () => {
    const scopes = partitionInstitutions(files('x/datos/a.dcat.yaml', 'x/b.dcat.yaml'), []);
    assert.deepEqual(summary(scopes), { x: ['x/datos/a.dcat.yaml', 'x/b.dcat.yaml'] });
  });
});

describe('one index per institution', () => {
  const read = (relative: string): string => readFileSync(path.join(EXAMPLES, relative), 'utf8');
  const add = (indexes: InstitutionIndexes, relative: string): void => {
    indexes.set(analyzeFile(`ex/${relative}`, roleFromName(relative), read(relative)));
  };

  it('judges the two examples each against its own plan, never mixed', () => {
    const indexes = new InstitutionIndexes(['ex']);
    for (const relative of [
      'completo/plan-de-apertura.yaml',
      'completo/datos/rezago-social.dcat.yaml',
      'completo/datos/pobreza-municipal.dcat.yaml',
      'con-errores/plan-de-apertura.yaml',
      'con-errores/datos/becas.dcat.yaml',
    ])
      add(indexes, relative);
    const report = indexes.evaluate(OPTIONS);
    const [completo, conErrores] = report.institutions;
    assert.equal(report.institutions.length, 2);
    assert.equal(completo!.name, 'Consejo Nacional de Evaluación de la Política de Desarrollo Social');
    assert.equal(completo!.acronym, 'CONEVAL');
    assert.equal(completo!.targetLevel, 'intermedio');
    assert.equal(completo!.files.flatMap((file) => file.diagnostics).filter((diagnostic) => diagnostic.severity === 1).length, 0);
    assert.equal(conErrores!.name, 'Secretaría de Ejemplo');
    assert.equal(conErrores!.targetLevel, 'basico');
    assert.equal(completo!.coverage.basico.met, 8);
    assert.ok(conErrores!.coverage.basico.met < 8);
    // Together they meet only what both meet.
    assert.equal(report.coverage.basico.met, conErrores!.coverage.basico.met);
    assert.equal(report.files.length, 5);
  });

  it('moves files when a plan comes or goes, and keeps the other institution as it was', () => {
    const indexes = new InstitutionIndexes(['ex']);
    add(indexes, 'completo/plan-de-apertura.yaml');
    add(indexes, 'completo/datos/rezago-social.dcat.yaml');
    add(indexes, 'con-errores/datos/becas.dcat.yaml');
    assert.deepEqual(
      indexes.institutions().map((entry) => [entry.root, entry.index.size]),
      [
        ['ex', 1],
        ['ex/completo', 2],
      ],
    );
    const completo = indexes.indexOf('ex/completo/plan-de-apertura.yaml');
    add(indexes, 'con-errores/plan-de-apertura.yaml');
    assert.deepEqual(
      indexes.institutions().map((entry) => [entry.root, entry.index.size]),
      [
        ['ex/completo', 2],
        ['ex/con-errores', 2],
      ],
    );
    assert.equal(indexes.indexOf('ex/completo/plan-de-apertura.yaml'), completo);
    indexes.delete('ex/con-errores/plan-de-apertura.yaml');
    assert.deepEqual(
      indexes.institutions().map((entry) => [entry.root, entry.index.size]),
      [
        ['ex', 1],
        ['ex/completo', 2],
      ],
    );
  });
});
