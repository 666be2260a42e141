import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FIXTURES } from './fixtures';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

/** Runs the built command line as a person would (npm test builds dist/ first). */
function guia(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: FIXTURES });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('guia import and guia export', { skip: !existsSync(CLI) && 'dist/cli.js is not built (npm run build)' }, () => {
  let work: string;
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'guia-adela-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('imports clean templates with exit code 0 and prints what it wrote', () => {
    const out = path.join(work, 'limpio');
    const result = guia('import', 'catalogo-limpio.csv', 'plan-limpio.csv', 'inventario-limpio.csv', '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Archivos escritos: 3/);
    assert.match(result.stdout, /Conjuntos de datos: 2 · recursos: 3 · filas del plan: 3 · filas del inventario: 4/);
    assert.match(result.stdout, /Filas no tomadas: 0/);
    assert.ok(existsSync(path.join(out, 'indicadores-pobreza.dcat.yaml')));
    assert.match(readFileSync(path.join(out, 'plan-de-apertura.yaml'), 'utf8'), /conjunto: rezago-social/);
  });

  it('exits with 1 and one line per row not taken when a template is messy', () => {
    const result = guia('import', 'catalogo-sucio.csv', '--out', path.join(work, 'sucio'));
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /Filas no tomadas: 5/);
    for (const row of [6, 9, 10, 11, 12]) assert.match(result.stdout, new RegExp(`catalogo-sucio\\.csv, fila ${row}: `));
    assert.match(result.stdout, /codificación windows-1252/);
  });

  it('never replaces existing files without --force', () => {
    const out = path.join(work, 'dos-veces');
    assert.equal(guia('import', 'catalogo-limpio.csv', '--out', out).code, 0);
    const target = path.join(out, 'rezago-social.dcat.yaml');
    writeFileSync(target, '# editado a mano\n');
    const refused = guia('import', 'catalogo-limpio.csv', '--out', out);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /Ya existe .*rezago-social\.dcat\.yaml; no se reemplaza/);
    assert.equal(readFileSync(target, 'utf8'), '# editado a mano\n');
    assert.equal(guia('import', 'catalogo-limpio.csv', '--out', out, '--force').code, 0);
    assert.notEqual(readFileSync(target, 'utf8'), '# editado a mano\n');
  });

  it('exits with 2 on usage errors and files it cannot recognise, writing nothing', () => {
    assert.equal(guia('import', 'catalogo-limpio.csv').code, 2);
    const unknown = path.join(work, 'otra.csv');
    writeFileSync(unknown, 'nombre,edad\nAna,30\n');
    const result = guia('import', unknown, 'catalogo-limpio.csv', '--out', path.join(work, 'nada'));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /No se reconoce el archivo/);
    assert.ok(!existsSync(path.join(work, 'nada')));
    assert.equal(guia('export', 'xml', '.', '--out', '-').code, 2);
  });

  it('exports examples/completo as catalogo.json, and refuses to replace the file without --force', () => {
    const target = path.join(work, 'catalogo.json');
    const result = guia('export', 'catalogo', path.join(ROOT, 'examples', 'completo'), '--out', target);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Exportado .*catalogo\.json: 2 conjuntos de datos, 4 recursos/);
    assert.equal((JSON.parse(readFileSync(target, 'utf8')) as { dataset: unknown[] }).dataset.length, 2);
    assert.equal(guia('export', 'catalogo', path.join(ROOT, 'examples', 'completo'), '--out', target).code, 2);
  });

  it('exports a workspace with errors to standard output, warning on standard error', () => {
    const result = guia('export', 'dcat-ap', path.join(ROOT, 'examples', 'con-errores'), '--out', '-');
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout)['@type'], 'dcat:Catalog');
    assert.match(result.stderr, /aviso: El espacio de trabajo tiene \d+ errores/);
  });

  it('speaks English with --lang en', () => {
    const result = guia('import', 'catalogo-sucio.csv', '--out', path.join(work, 'english'), '--lang', 'en');
    assert.equal(result.code, 1);
    assert.match(result.stdout, /Rows not taken: 5/);
    assert.match(result.stdout, /catalogo-sucio\.csv, row 6: Repeats the resource of row 3\./);
  });
});
