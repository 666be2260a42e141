import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CLI, runCli } from '../../support/cli';

const ROOT = path.resolve(__dirname, '../../..');

interface CheckJson {
  evaluationDate: string;
  files: { path: string }[];
  coverage: Record<string, { met: number; requirements: Record<string, string> }>;
  institutions: { name: string; root: string; targetLevel: string; coverage: CheckJson['coverage']; findings: Record<string, { count: number; errors: number }> }[];
}

async function checkJson(...paths: string[]): Promise<CheckJson> {
  const run = await runCli(['check', ...paths, '--format', 'json', '--today', '2026-12-01'], { cwd: ROOT });
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return JSON.parse(run.stdout) as CheckJson;
}

describe('guia check, institution by institution', { skip: !existsSync(CLI) && 'dist/cli.js is not built (npm run build)' }, () => {
  it('reports each example as checking its folder alone would, and what both reach together', async () => {
    const [whole, completo, conErrores] = await Promise.all([checkJson('examples'), checkJson('examples/completo'), checkJson('examples/con-errores')]);
    assert.equal(whole.evaluationDate, '2026-12-01');
    assert.deepEqual(
      whole.institutions.map((institution) => [institution.name, institution.root, institution.targetLevel]),
      [
        ['Consejo Nacional de Evaluación de la Política de Desarrollo Social', path.join('examples', 'completo'), 'intermedio'],
        ['Secretaría de Ejemplo', path.join('examples', 'con-errores'), 'basico'],
      ],
    );
    assert.deepEqual(whole.institutions[0]!.coverage, completo.coverage);
    assert.deepEqual(whole.institutions[1]!.coverage, conErrores.coverage);
    assert.deepEqual(whole.institutions[0]!.findings, {});
    assert.ok(whole.institutions[1]!.findings['basico-1a']!.errors > 0);
    // completo alone is complete; the examples together are not, because con-errores is not.
    assert.deepEqual(
      ['basico', 'intermedio', 'avanzado'].map((level) => completo.coverage[level]!.met),
      [8, 8, 4],
    );
    assert.deepEqual(whole.coverage.basico, conErrores.coverage.basico);
    // Every file is reported once, judged within its own institution.
    assert.deepEqual(
      whole.files.map((file) => file.path),
      [...completo.files, ...conErrores.files].map((file) => file.path).sort(),
    );
    // One institution checked alone is listed as the only one.
    assert.equal(completo.institutions.length, 1);
    assert.deepEqual(completo.institutions[0]!.coverage, completo.coverage);
  });

  it('prints one board per institution, under its name', async () => {
    const run = await runCli(['check', 'examples', '--today', '2026-12-01'], { cwd: ROOT });
    assert.match(run.stdout, /== Institución: Consejo Nacional[^\n]*\nTablero de la guía — nivel objetivo: Intermedio\n5 archivos revisados: 0 errores/);
    assert.match(run.stdout, /== Institución: Secretaría de Ejemplo[^\n]*\nTablero de la guía — nivel objetivo: Básico/);
    assert.equal(run.code, 1);
  });
});
