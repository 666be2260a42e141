import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeAllOrNothing, type FileToWrite, type FolderFiles } from '../../client/src/files/allOrNothingWrite';

type Entry = { kind: 'file'; bytes: Uint8Array } | { kind: 'link' | 'other' };

/**
 * A folder in memory standing in for `workspace.fs` in a browser, with failures on demand: the
 * k-th write (1-based, rollback writes included) fails, optionally after writing half its bytes as
 * a real file system can; reads or looks can fail too.
 */
class MemoryFolder implements FolderFiles {
  readonly entries = new Map<string, Entry>();
  writes = 0;
  failAtWrite = 0;
  halfWriteOnFailure = false;
  failWritesFrom = Infinity;
  failLooks = false;

  constructor(files: Record<string, string | Entry> = {}) {
    for (const [name, content] of Object.entries(files)) this.entries.set(name, typeof content === 'string' ? { kind: 'file', bytes: bytes(content) } : content);
  }

  kind(name: string): Promise<'missing' | 'file' | 'link' | 'other'> {
    if (this.failLooks) return Promise.reject(new Error('EACCES: permission denied'));
    return Promise.resolve(this.entries.get(name)?.kind ?? 'missing');
  }

  read(name: string): Promise<Uint8Array> {
    const entry = this.entries.get(name);
    return entry?.kind === 'file' ? Promise.resolve(entry.bytes) : Promise.reject(new Error(`ENOENT: ${name}`));
  }

  write(name: string, content: Uint8Array): Promise<void> {
    this.writes++;
    if (this.writes === this.failAtWrite || this.writes >= this.failWritesFrom) {
      if (this.halfWriteOnFailure) this.entries.set(name, { kind: 'file', bytes: content.slice(0, Math.floor(content.length / 2)) });
      return Promise.reject(new Error('ENOSPC: no space left on device'));
    }
    this.entries.set(name, { kind: 'file', bytes: content });
    return Promise.resolve();
  }

  delete(name: string): Promise<void> {
    this.entries.delete(name);
    return Promise.resolve();
  }

  /** Names and contents, to compare the folder before and after. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(
      [...this.entries].sort(([a], [b]) => a.localeCompare(b)).map(([name, entry]) => [name, entry.kind === 'file' ? new TextDecoder().decode(entry.bytes) : `<${entry.kind}>`]),
    );
  }
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const toWrite = (files: Record<string, string>): FileToWrite[] => Object.entries(files).map(([name, text]) => ({ name, bytes: bytes(text) }));

// What an import of three datasets and a plan writes: two replace files the person kept, two are new.
const IMPORTED = toWrite({
  'poblacion.dcat.yaml': 'identifier: poblacion\ntitle: Población\n',
  'rezago-social.dcat.yaml': 'identifier: rezago-social\n',
  'escuelas.dcat.yaml': 'identifier: escuelas\ntitle: Escuelas\n',
  'plan-de-apertura.yaml': 'institucion:\n  nombre: INEGI\n',
});
const BEFORE = { 'rezago-social.dcat.yaml': 'identifier: viejo\n', 'plan-de-apertura.yaml': 'plan: []\n', 'notas.md': 'mías\n' };

describe('writing an import all or nothing (the browser, through workspace.fs)', () => {
  it('writes every file, creating the new ones and replacing the ones the person agreed to replace', async () => {
    const folder = new MemoryFolder(BEFORE);
    const result = await writeAllOrNothing(folder, IMPORTED, { replace: true });
    assert.deepEqual(result, { written: IMPORTED.map((file) => file.name) });
    assert.equal(folder.snapshot()['rezago-social.dcat.yaml'], 'identifier: rezago-social\n');
    assert.equal(folder.snapshot()['escuelas.dcat.yaml'], 'identifier: escuelas\ntitle: Escuelas\n');
    assert.equal(folder.snapshot()['notas.md'], 'mías\n');
  });

  for (const halfWritten of [false, true]) {
    it(`leaves the folder exactly as it was when the k-th write fails, for every k${halfWritten ? ' (the failed write leaving half a file)' : ''}`, async () => {
      for (let k = 1; k <= IMPORTED.length; k++) {
        const folder = new MemoryFolder(BEFORE);
        const before = folder.snapshot();
        folder.failAtWrite = k;
        folder.halfWriteOnFailure = halfWritten;
        const result = await writeAllOrNothing(folder, IMPORTED, { replace: true });
        assert.deepEqual(folder.snapshot(), before, `write ${k} failed`);
        assert.ok('refused' in result, `write ${k} failed`);
        assert.match(result.refused, new RegExp(`No se pudo escribir ${IMPORTED[k - 1]!.name.replace('.', '\\.')} \\(ENOSPC`));
        assert.match(result.refused, /se deshizo lo ya escrito y la carpeta quedó como estaba/);
      }
    });
  }

  it('says which files it could not put back when taking back fails too', async () => {
    const folder = new MemoryFolder(BEFORE);
    folder.failAtWrite = 3; // escuelas.dcat.yaml; writing back rezago-social's old bytes fails as well
    folder.failWritesFrom = 4;
    const result = await writeAllOrNothing(folder, IMPORTED, { replace: true });
    assert.ok('refused' in result);
    assert.match(result.refused, /no se pudo deshacer todo: revisa rezago-social\.dcat\.yaml\.$/);
    assert.equal(folder.snapshot()['poblacion.dcat.yaml'], undefined, 'the new file that was written is deleted');
  });

  const refusals: Array<[string, Record<string, string | Entry>, FileToWrite[], { replace: boolean }, RegExp]> = [
    ['a name that is not safe', {}, [...IMPORTED, ...toWrite({ '../fuera.dcat.yaml': 'x' })], { replace: true }, /«\.\.\/fuera\.dcat\.yaml» no es un nombre de archivo seguro/],
    ['a device name', {}, toWrite({ 'CON.dcat.yaml': 'x' }), { replace: true }, /no es un nombre de archivo seguro/],
    ['a target that is a symbolic link', { ...BEFORE, 'escuelas.dcat.yaml': { kind: 'link' } }, IMPORTED, { replace: true }, /^escuelas\.dcat\.yaml es un enlace simbólico/],
    ['a target that is a folder', { ...BEFORE, 'escuelas.dcat.yaml': { kind: 'other' } }, IMPORTED, { replace: true }, /escuelas\.dcat\.yaml existe y no es un archivo normal/],
    ['files that appeared after the person chose to write only the new ones', BEFORE, IMPORTED, { replace: false }, /rezago-social\.dcat\.yaml, plan-de-apertura\.yaml apareció/],
  ];
  for (const [what, present, files, options, message] of refusals) {
    it(`refuses ${what} before writing anything`, async () => {
      const folder = new MemoryFolder(present);
      const before = folder.snapshot();
      const result = await writeAllOrNothing(folder, files, options);
      assert.ok('refused' in result);
      assert.match(result.refused, message);
      assert.match(result.refused, /no se escribió ningún archivo\.$/);
      assert.equal(folder.writes, 0);
      assert.deepEqual(folder.snapshot(), before);
    });
  }

  it('refuses, writing nothing, when the destination cannot be looked at', async () => {
    const folder = new MemoryFolder(BEFORE);
    folder.failLooks = true;
    const result = await writeAllOrNothing(folder, IMPORTED, { replace: true });
    assert.ok('refused' in result);
    assert.match(result.refused, /No se pudo revisar la carpeta de destino \(EACCES: permission denied\); no se escribió ningún archivo\./);
    assert.equal(folder.writes, 0);
  });
});
