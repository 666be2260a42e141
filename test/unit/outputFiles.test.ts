import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importFiles } from '../../server/src/core/exchange/importFiles';
import { isSafeFileName, safeFileName } from '../../server/src/core/files/safeFileName';
import { OutputRefused, writeFilesAtomically } from '../../server/src/outputFiles';
import { CLI, runCli } from '../support/cli';

const CATALOG_JSON = (identifiers: string[]): Buffer =>
  Buffer.from(
    JSON.stringify({
      dataset: identifiers.map((identifier) => ({ identifier, title: `Conjunto ${identifier.slice(0, 20)}`, description: 'Prueba', distribution: [] })),
    }),
  );

describe('file names safe on every system', () => {
  it('renames Windows device names, strips trailing dots and spaces, cuts long names', () => {
    assert.equal(safeFileName('CON', 'x'), 'CON_');
    assert.equal(safeFileName('nul', 'x'), 'nul_');
    assert.equal(safeFileName('AUX.txt', 'x'), 'AUX_.txt');
    assert.equal(safeFileName('com1', 'x'), 'com1_');
    assert.equal(safeFileName('datos. . ', 'x'), 'datos');
    assert.equal(safeFileName('a<b>c:d"e|f?g*h', 'x'), 'a-b-c-d-e-f-g-h');
    assert.equal(safeFileName('...', 'respaldo'), 'respaldo');
    assert.ok(Buffer.byteLength(safeFileName('ñ'.repeat(300), 'x')) <= 120);
    assert.equal(isSafeFileName('CON.dcat.yaml'), false);
    assert.equal(isSafeFileName('consulta.dcat.yaml'), true);
  });

  it('gives imported datasets safe, unique file names', () => {
    const result = importFiles([{ name: 'catalogo.json', bytes: CATALOG_JSON(['CON', 'nul', 'AUX.txt', 'x'.repeat(300), 'x'.repeat(301)]) }]);
    const names = result.files.map((file) => file.name);
    // The importer writes identifiers in the guide's form (CON → con, AUX.txt → aux-txt); a device
    // name among them still gets a file name every system can create.
    assert.deepEqual(names.slice(0, 3), ['con_.dcat.yaml', 'nul_.dcat.yaml', 'aux-txt.dcat.yaml']);
    assert.equal(names[3], `${'x'.repeat(120)}.dcat.yaml`);
    assert.equal(names[4], `${'x'.repeat(120)}-2.dcat.yaml`);
    assert.ok(names.every(isSafeFileName), names.join(', '));
  });
});

describe('writing files all or nothing, never through a link', () => {
  let work: string;
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'guia-escritura-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  const folderWith = (name: string, prepare: (dir: string) => void = () => {}): string => {
    const dir = path.join(work, name);
    mkdirSync(dir, { recursive: true });
    prepare(dir);
    return dir;
  };

  it('writes every file and leaves no temporary folder behind', async () => {
    const dir = folderWith('normal');
    await writeFilesAtomically(
      dir,
      [
        { name: 'a.yaml', text: 'a: 1\n' },
        { name: 'b.yaml', text: 'b: 2\n' },
      ],
      { force: false },
    );
    assert.deepEqual(readdirSync(dir).sort(), ['a.yaml', 'b.yaml']);
  });

  it('refuses a dangling link at a target, with force or not, writing nothing anywhere', async () => {
    const outside = path.join(work, 'fuera-colgante.yaml');
    const dir = folderWith('colgante', (d) => symlinkSync(outside, path.join(d, 'b.yaml')));
    for (const force of [false, true]) {
      await assert.rejects(
        writeFilesAtomically(
          dir,
          [
            { name: 'a.yaml', text: 'a\n' },
            { name: 'b.yaml', text: 'b\n' },
          ],
          { force },
        ),
        (error: Error) => error instanceof OutputRefused && /enlace simbólico/.test(error.message),
      );
      assert.equal(existsSync(outside), false);
      assert.deepEqual(readdirSync(dir), ['b.yaml']);
      assert.ok(lstatSync(path.join(dir, 'b.yaml')).isSymbolicLink());
    }
  });

  it('refuses, even with force, a link to a file outside the folder, which stays as it was', async () => {
    const outside = path.join(work, 'fuera.yaml');
    writeFileSync(outside, 'no tocar\n');
    const dir = folderWith('enlace', (d) => symlinkSync(outside, path.join(d, 'a.yaml')));
    await assert.rejects(writeFilesAtomically(dir, [{ name: 'a.yaml', text: 'nuevo\n' }], { force: true }), OutputRefused);
    assert.equal(readFileSync(outside, 'utf8'), 'no tocar\n');
  });

  it('writes nothing when one name is unsafe, and nothing when one file already exists', async () => {
    const dir = folderWith('nada');
    await assert.rejects(
      writeFilesAtomically(
        dir,
        [
          { name: 'a.yaml', text: 'a\n' },
          { name: `${'x'.repeat(300)}.yaml`, text: 'x\n' },
        ],
        { force: false },
      ),
      OutputRefused,
    );
    await assert.rejects(
      writeFilesAtomically(
        dir,
        [
          { name: 'a.yaml', text: 'a\n' },
          { name: '../b.yaml', text: 'b\n' },
        ],
        { force: false },
      ),
      OutputRefused,
    );
    assert.deepEqual(readdirSync(dir), []);
    writeFileSync(path.join(dir, 'b.yaml'), 'mío\n');
    await assert.rejects(
      writeFilesAtomically(
        dir,
        [
          { name: 'a.yaml', text: 'a\n' },
          { name: 'b.yaml', text: 'b\n' },
        ],
        { force: false },
      ),
      /Ya existe/,
    );
    assert.deepEqual(readdirSync(dir), ['b.yaml']);
    await writeFilesAtomically(
      dir,
      [
        { name: 'a.yaml', text: 'a\n' },
        { name: 'b.yaml', text: 'b\n' },
      ],
      { force: true },
    );
    assert.equal(readFileSync(path.join(dir, 'b.yaml'), 'utf8'), 'b\n');
  });

  describe('guia import --out', { skip: !existsSync(CLI) && 'dist/cli.js is not built (npm run build)' }, () => {
    it('refuses a dangling link in the output folder and writes nothing', async () => {
      const input = path.join(work, 'catalogo-enlace.json');
      writeFileSync(input, CATALOG_JSON(['uno', 'dos']));
      const outside = path.join(work, 'destino-del-enlace.yaml');
      const dir = folderWith('import-colgante', (d) => symlinkSync(outside, path.join(d, 'dos.dcat.yaml')));
      for (const extra of [[], ['--force']]) {
        const run = await runCli(['import', input, '--out', dir, ...extra]);
        assert.equal(run.code, 2, run.stderr);
        assert.match(run.stderr, /es un enlace simbólico: nunca se escribe a través de un enlace/);
        assert.equal(existsSync(outside), false);
        assert.deepEqual(readdirSync(dir), ['dos.dcat.yaml']);
      }
    });

    it('imports a 300-character identifier under a name the system accepts', async () => {
      const input = path.join(work, 'catalogo-largo.json');
      writeFileSync(input, CATALOG_JSON(['a', 'b', 'c', 'largo-'.repeat(50), 'e', 'f', 'g', 'h']));
      const dir = path.join(work, 'import-largo');
      const run = await runCli(['import', input, '--out', dir]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(readdirSync(dir).length, 8);
    });
  });
});
