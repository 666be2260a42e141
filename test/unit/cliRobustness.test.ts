import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI, cliForUser, runCli, type CliRun } from '../support/cli';

const ROOT = path.resolve(__dirname, '../..');
const GOOD = readFileSync(path.join(ROOT, 'examples', 'completo', 'datos', 'rezago-social.dcat.yaml'), 'utf8');
/** Permissions mean nothing to root: as root, the command line runs as `nobody` for those cases. */
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

/**
 * As root, `nobody` runs a copy of the command line it can reach, on files in a folder it can reach,
 * wherever the repository was cloned; undefined when not root (permissions work for the user).
 */
let asNobody: ReturnType<typeof cliForUser> | undefined;

/** Runs the built command line, as `nobody` (its own copy) when asked and this process is root. */
function guia(args: string[], options: { asNobody?: boolean; cwd?: string } = {}): Promise<CliRun> {
  if (options.asNobody && asNobody && 'cli' in asNobody) return runCli(args, { cwd: options.cwd, uid: NOBODY, gid: NOBODY, cli: asNobody.cli });
  return runCli(args, { cwd: options.cwd });
}

/** The reason a test that needs `nobody` cannot run here, printed by skipping it; undefined when it can. */
function nobodyUnavailable(): string | undefined {
  return asNobody && 'skip' in asNobody ? asNobody.skip : undefined;
}

/** Every file below a folder with its size and modification time, to see that nothing was written. */
function snapshot(folder: string): string[] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .sort()
    .map((entry) => {
      try {
        const stat = statSync(path.join(folder, entry));
        return `${entry} ${stat.size} ${stat.mtimeMs}`;
      } catch {
        return `${entry} (no legible)`;
      }
    });
}

describe('guia check on input that cannot be checked', { skip: !existsSync(CLI) && 'dist/cli.js is not built (npm run build)' }, () => {
  let work: string;

  before(() => {
    if (AS_ROOT) asNobody = cliForUser(NOBODY, NOBODY);
    // `nobody` must be able to reach the folders it is meant to read: its copy's own folder.
    work = asNobody && 'work' in asNobody ? asNobody.work : mkdtempSync(path.join(tmpdir(), 'guia-cli-'));
    chmodSync(work, 0o755);
  });
  after(() => {
    if (asNobody && 'dispose' in asNobody) asNobody.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  /** A folder with one good dataset and whatever `extra` adds; returns its path. */
  function folder(name: string, extra: (dir: string) => void): string {
    const dir = path.join(work, name);
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, 'bueno.dcat.yaml'), GOOD);
    extra(dir);
    return dir;
  }

  /** The good dataset was checked: its diagnostics or the board name one file at least. */
  function checkedTheGoodFile(run: CliRun): void {
    assert.match(run.stdout, /1 archivo revisado:|[1-9]\d* archivos revisados:/, run.stdout + run.stderr);
  }

  it('says a file cannot be read for lack of permission, exit 2, and checks the others', async (t) => {
    const unavailable = nobodyUnavailable();
    if (unavailable) return void t.skip(unavailable);
    const dir = folder('sin-permiso', (d) => {
      writeFileSync(path.join(d, 'cerrado.dcat.yaml'), GOOD);
      chmodSync(path.join(d, 'cerrado.dcat.yaml'), 0o000);
    });
    const run = await guia(['check', dir, '--today', '2026-11-27'], { asNobody: true });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /guia: Sin permiso para leer .*cerrado\.dcat\.yaml: pide acceso o revisa los permisos\./);
    checkedTheGoodFile(run);
    assert.match(run.stdout, /1 archivo revisado:/);
  });

  it('says a folder cannot be read for lack of permission, exit 2, and checks the rest', async (t) => {
    const unavailable = nobodyUnavailable();
    if (unavailable) return void t.skip(unavailable);
    const dir = folder('carpeta-cerrada', (d) => {
      mkdirSync(path.join(d, 'privada'));
      writeFileSync(path.join(d, 'privada', 'oculto.dcat.yaml'), GOOD);
      chmodSync(path.join(d, 'privada'), 0o000);
    });
    const run = await guia(['check', dir, '--today', '2026-11-27'], { asNobody: true });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /Sin permiso para leer .*privada/);
    assert.match(run.stdout, /1 archivo revisado:/);
  });

  it('names symbolic link loops, given directly or met in a folder, and never follows folder links', async () => {
    const dir = folder('bucles', (d) => {
      symlinkSync('b.dcat.yaml', path.join(d, 'a.dcat.yaml'));
      symlinkSync('a.dcat.yaml', path.join(d, 'b.dcat.yaml'));
      // A link back to the folder itself: following it would walk forever.
      symlinkSync('..', path.join(d, 'arriba'));
      // A link to a real file is read as that file.
      symlinkSync('bueno.dcat.yaml', path.join(d, 'enlace.dcat.yaml'));
    });
    const run = await guia(['check', dir, path.join(dir, 'a.dcat.yaml'), '--today', '2026-11-27']);
    assert.equal(run.code, 2, run.stderr);
    const loops = run.stderr.split('\n').filter((line) => /Enlace simbólico en bucle/.test(line));
    // a and b met in the folder, and a given directly.
    assert.equal(loops.length, 3, run.stderr);
    assert.match(run.stdout, /2 archivos revisados:/);
  });

  it('never reads a link that leaves the checked folder (its text would end up in the report), and says so', async () => {
    const secret = folder('secreto', (d) => writeFileSync(path.join(d, 'id_rsa'), 'identifier: -----BEGIN OPENSSH PRIVATE KEY-----\n'));
    const dir = folder('repositorio', (d) => {
      symlinkSync(path.join(secret, 'id_rsa'), path.join(d, 'catalogo.dcat.yaml'));
      symlinkSync(path.join(secret, 'id_rsa'), path.join(d, 'notas.yaml'));
    });
    const run = await guia(['check', dir, '--today', '2026-11-27', '--format', 'json']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /Es un enlace simbólico a un archivo fuera de la carpeta revisada; no se lee: .*catalogo\.dcat\.yaml/);
    assert.doesNotMatch(run.stderr, /notas\.yaml/, 'a link not named like ours is skipped quietly');
    assert.doesNotMatch(run.stdout, /PRIVATE KEY/);
    const checked = (JSON.parse(run.stdout) as { files: Array<{ path: string }> }).files.map((file) => path.basename(file.path));
    assert.deepEqual(checked, ['bueno.dcat.yaml']);
  });

  it('refuses binary files with a message, and says on a non-UTF-8 file that it was not checked, as the editor does', async () => {
    const dir = folder('binarios', (d) => {
      writeFileSync(path.join(d, 'imagen.dcat.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      writeFileSync(path.join(d, 'latin1.dcat.yaml'), Buffer.from('title: Índice de población\n', 'latin1'));
    });
    const run = await guia(['check', dir, '--today', '2026-11-27']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /No es un archivo de texto \(contiene bytes nulos\), no se revisa: .*imagen\.dcat\.json/);
    assert.match(run.stdout, /latin1\.dcat\.yaml:1:1: error basico-2b: No se revisó este archivo: no está codificado en UTF-8/);
    assert.doesNotMatch(run.stdout, /poblaci/i, 'nothing of its text is read');
    assert.match(run.stdout, /2 archivos revisados:/);
  });

  it('does not wait on a named pipe: says it is not a regular file', { skip: !existsSync('/usr/bin/mkfifo') && 'no mkfifo' }, async () => {
    const dir = folder('tuberia', () => {});
    const pipe = path.join(dir, 'tuberia.dcat.yaml');
    spawnSync('mkfifo', [pipe]);
    const run = await guia(['check', pipe, path.join(dir, 'bueno.dcat.yaml'), '--today', '2026-11-27']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /No es un archivo normal \(es una tubería, un socket o un dispositivo\), no se lee: .*tuberia\.dcat\.yaml/);
    assert.match(run.stdout, /1 archivo revisado:/);
  });

  it('says a path does not exist, exit 2, and checks the others', async () => {
    const dir = folder('inexistente', () => {});
    const run = await guia(['check', path.join(dir, 'no-hay.dcat.yaml'), path.join(dir, 'bueno.dcat.yaml'), '--today', '2026-11-27']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /guia: No existe: .*no-hay\.dcat\.yaml/);
    assert.match(run.stdout, /1 archivo revisado:/);
  });

  it('says a folder has nothing to check (exit 2); an empty file is checked and reported as empty', async () => {
    const empty = path.join(work, 'vacia');
    mkdirSync(empty);
    const none = await guia(['check', empty]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /No hay archivos de metadatos ni planes de apertura que revisar en la carpeta .*vacia/);

    const dir = folder('archivo-vacio', (d) => writeFileSync(path.join(d, 'vacio.dcat.yaml'), ''));
    const run = await guia(['check', path.join(dir, 'vacio.dcat.yaml'), '--today', '2026-11-27']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /vacio\.dcat\.yaml:1:1: error basico-2b: El archivo de metadatos está vacío/);
  });

  it('gives a file above --max-file-size-kb one diagnostic instead of a check', async () => {
    const dir = folder('grande', (d) => writeFileSync(path.join(d, 'grande.dcat.yaml'), GOOD + `keyword: [${'relleno, '.repeat(300)}fin]\n`));
    const run = await guia(['check', path.join(dir, 'grande.dcat.yaml'), '--max-file-size-kb', '2', '--today', '2026-11-27']);
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stdout.split('\n').filter((line) => line.includes('grande.dcat.yaml:'));
    assert.equal(lines.length, 1, run.stdout);
    assert.match(lines[0]!, /:1:1: error basico-2b: No se revisó este archivo: mide 4 KB y el límite es 2 KB/);
    const bad = await guia(['check', dir, '--max-file-size-kb', 'mucho']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Tamaño no válido «mucho»/);
  });

  it('never writes: the checked folder is byte for byte the same afterwards', async () => {
    const dir = folder('intacta', (d) => writeFileSync(path.join(d, 'plan-de-apertura.yaml'), readFileSync(path.join(ROOT, 'examples', 'completo', 'plan-de-apertura.yaml'))));
    const before = snapshot(dir);
    for (const format of ['text', 'json', 'sarif']) {
      const run = await guia(['check', dir, '--format', format, '--today', '2026-11-27'], { cwd: dir });
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
    }
    assert.deepEqual(snapshot(dir), before);
  });
});
