import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as posixPath from '../../server/src/core/files/posixPath';
import { relativeUriPath } from '../../server/src/core/files/uriPaths';

describe('paths inside URIs (the web server)', () => {
  const folder = 'vscode-vfs://github/datos-mx/catalogo';
  it('gives the decoded path of a file within the folder', () => {
    assert.equal(relativeUriPath(folder, `${folder}/datos/matr%C3%ADcula%20escolar.dcat.yaml`), 'datos/matrícula escolar.dcat.yaml');
    assert.equal(relativeUriPath(`${folder}/`, `${folder}/plan-de-apertura.yaml`), 'plan-de-apertura.yaml');
    assert.equal(relativeUriPath(folder, folder), '');
  });
  it('finds nothing outside the folder: a sibling with the same prefix, another scheme or host, a climb', () => {
    assert.equal(relativeUriPath(folder, 'vscode-vfs://github/datos-mx/catalogo-viejo/a.yaml'), undefined);
    assert.equal(relativeUriPath(folder, 'file:///datos-mx/catalogo/a.yaml'), undefined);
    assert.equal(relativeUriPath(folder, 'vscode-vfs://gitlab/datos-mx/catalogo/a.yaml'), undefined);
    assert.equal(relativeUriPath(folder, `${folder}/%2E%2E/otro/a.yaml`), undefined);
    assert.equal(relativeUriPath(folder, `${folder}/%E0%A4%A.yaml`), undefined, 'a broken escape');
  });
  it('compares encodings, not spellings: VS Code and Node encode a file URI differently', () => {
    assert.equal(relativeUriPath('file:///c%3A/datos', 'file:///c%3A/datos/a%20b.yaml'), 'a b.yaml');
    assert.equal(relativeUriPath('file:///home/ana/mis%20datos', 'file:///home/ana/mis datos/x.yaml'), 'x.yaml');
  });
});

describe('posix paths of the web bundles (node:path is replaced by them)', () => {
  const cases = ['/a/b/../c/', 'a/./b//c', '../x/y', '/', '', 'a/..', '/a/b/c.csv'];
  it('normalizes, joins, and takes folders and names as node:path does on Linux', () => {
    for (const value of cases) {
      assert.equal(posixPath.normalize(value), path.posix.normalize(value), `normalize(${value})`);
      assert.equal(posixPath.dirname(value), path.posix.dirname(value), `dirname(${value})`);
      assert.equal(posixPath.basename(value), path.posix.basename(value), `basename(${value})`);
      assert.equal(posixPath.isAbsolute(value), path.posix.isAbsolute(value), `isAbsolute(${value})`);
      assert.equal(posixPath.join('/datos', value), path.posix.join('/datos', value), `join(/datos, ${value})`);
    }
    assert.equal(posixPath.relative('/a/b', '/a/c/d'), path.posix.relative('/a/b', '/a/c/d'));
    assert.equal(posixPath.relative('/a/b', '/a/b'), path.posix.relative('/a/b', '/a/b'));
    assert.equal(posixPath.resolve('/a', 'b', '../c'), path.posix.resolve('/a', 'b', '../c'));
  });
});
