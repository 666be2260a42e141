import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { institutionFor, institutionOf, uriPath } from '../../client/src/board/institutions';
import { shortName } from '../../server/src/core/report/institutionView';
import { statusForActiveFile } from '../../client/src/status/statusModel';
import { useLanguage } from '../../server/src/core/l10n';
import type { CoverageReport, InstitutionCoverage } from '../../server/src/protocol/protocol';
import { institutionCoverage } from '../support/board';
import { REQUIREMENT_CATALOG } from '../../server/src/core/catalog/requirements';

const ENGLISH = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<string, string>;

const institution = institutionCoverage;

const COMPLETO = institution('file:///trabajo/ejemplos/completo', 'Consejo Nacional de Evaluación de la Política de Desarrollo Social', {}, {}, 'intermedio', {
  acronym: 'CONEVAL',
});
const CON_ERRORES = institution(
  'file:///trabajo/ejemplos/con-errores',
  'Secretaría de Ejemplo',
  { 'basico-1a': 'unmet', 'basico-2b': 'partial' },
  { 'basico-1a': { count: 3, errors: 3 }, 'basico-2b': { count: 1, errors: 0 } },
);

/** The server's report about `focus` (the document last opened), listing both institutions. */
function twoInstitutions(focus: InstitutionCoverage = CON_ERRORES): CoverageReport {
  return {
    targetLevel: focus.targetLevel,
    targetLevelSource: focus.targetLevelSource,
    coverage: focus.coverage,
    findings: focus.findings,
    files: { plan: 1, dataset: 2 },
    institution: { name: focus.name, root: focus.root },
    institutions: [COMPLETO, CON_ERRORES],
  };
}

const folder = (root: string): string => root.split('/').pop()!;

describe('the institution of the active file', () => {
  it('is the nearest institution root above the file, however VS Code and the server spell the URI', () => {
    const nested = institution('file:///trabajo/ejemplos/completo/anexo', 'Anexo');
    const all = [COMPLETO, CON_ERRORES, nested];
    assert.equal(institutionOf('file:///trabajo/ejemplos/completo/datos/rezago-social.dcat.yaml', all), COMPLETO);
    assert.equal(institutionOf('file:///trabajo/ejemplos/completo/anexo/datos/x.dcat.yaml', all), nested);
    assert.equal(institutionOf('file:///trabajo/ejemplos/completo-2/plan.yaml', all), undefined, 'a folder whose name only starts like a root is not inside it');
    assert.equal(institutionOf('file:///trabajo/README.md', all), undefined);
    const windows = institution('file:///C:/Datos%20abiertos/SEP/', 'SEP');
    assert.equal(institutionOf('file:///c%3A/Datos%20abiertos/SEP/plan-de-apertura.yaml', [windows]), windows);
    assert.equal(uriPath('file:///trabajo/Educaci%C3%B3n/'), 'file:///trabajo/Educación');
    assert.equal(uriPath('no es una URI'), undefined);
  });

  it('falls back to the institution the server reports about when no file, or a file outside every institution, is active', () => {
    assert.equal(institutionFor(twoInstitutions(), undefined), CON_ERRORES);
    assert.equal(institutionFor(twoInstitutions(), 'file:///trabajo/README.md'), CON_ERRORES);
    assert.equal(institutionFor(twoInstitutions(), 'file:///trabajo/ejemplos/completo/plan-de-apertura.yaml'), COMPLETO);
  });

  it('is named by its acronym, or by its name cut short, where room is short', () => {
    assert.equal(shortName(COMPLETO), 'CONEVAL');
    assert.equal(shortName({ name: 'Secretaría de Infraestructura, Comunicaciones y Transportes' }), 'Secretaría de Infraestructura,…');
    assert.equal(shortName({ name: 'SEP' }), 'SEP');
  });
});

describe('status bar with several institutions', () => {
  afterEach(() => useLanguage('es'));

  it("shows the active file's institution at its own target level, without asking the server", () => {
    // The server's report is about con-errores (last edited); the active editor is completo's.
    const report = twoInstitutions(CON_ERRORES);
    const completo = statusForActiveFile(report, 'file:///trabajo/ejemplos/completo/datos/rezago-social.dcat.yaml', 'es', REQUIREMENT_CATALOG, folder);
    assert.equal(completo.kind, 'met');
    assert.equal(completo.text, '$(pass) Guía: Intermedio 8/8 · CONEVAL');
    assert.match(completo.tooltip, /Institución: Consejo Nacional de Evaluación de la Política de Desarrollo Social/);
    assert.match(completo.tooltip, /Carpeta: completo/);
    assert.match(completo.accessibilityLabel, /^Institución: Consejo Nacional .*nivel Intermedio, 8 de 8 requisitos cumplidos/);

    const conErrores = statusForActiveFile(twoInstitutions(COMPLETO), 'file:///trabajo/ejemplos/con-errores/datos/becas.dcat.yaml', 'es', REQUIREMENT_CATALOG, folder);
    assert.equal(conErrores.kind, 'errors');
    assert.equal(conErrores.text, '$(error) Guía: Básico 6/8 · Secretaría de Ejemplo');
    assert.match(conErrores.tooltip, /Hay 3 errores que corregir\./);
    assert.match(conErrores.tooltip, /Carpeta: con\\-errores/);
  });

  it('shows a name from the workspace as text, never as Markdown', () => {
    const hostile = institution('file:///trabajo/x', '[clic](command:guia.restartServer) <img src=x>');
    const status = statusForActiveFile(
      { ...twoInstitutions(), institutions: [hostile, CON_ERRORES] },
      'file:///trabajo/x/plan-de-apertura.yaml',
      'es',
      REQUIREMENT_CATALOG,
      folder,
    );
    assert.match(status.tooltip, /Institución: \\\[clic\\\]\\\(command\\:guia\\\.restartServer\\\) \\<img src=x\\>/);
  });

  it("keeps the report's own figures, without a name, when the workspace holds one institution", () => {
    const report = { ...twoInstitutions(COMPLETO), institutions: [COMPLETO] };
    assert.equal(statusForActiveFile(report, 'file:///trabajo/ejemplos/completo/plan-de-apertura.yaml', 'es', REQUIREMENT_CATALOG, folder).text, '$(pass) Guía: Intermedio 8/8');
  });

  it('is in English with the English bundle', () => {
    useLanguage('en', ENGLISH);
    const status = statusForActiveFile(twoInstitutions(), 'file:///trabajo/ejemplos/con-errores/plan-de-apertura.yaml', 'en', REQUIREMENT_CATALOG, folder);
    assert.equal(status.text, '$(error) Guide: Basic 6/8 · Secretaría de Ejemplo');
    assert.match(status.tooltip, /Institution: Secretaría de Ejemplo/);
    assert.match(status.tooltip, /Folder: con\\-errores/);
  });
});
