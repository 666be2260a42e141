import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Connection } from 'vscode-languageserver';
import { importFiles } from '../../server/src/core/exchange/importFiles';
import { isSafeFileName } from '../../server/src/core/files/safeFileName';
import { DEFAULT_SETTINGS } from '../../server/src/protocol/settings';
import { toBase64 } from '../../server/src/protocol/base64';
import { GuideWorkspace } from '../../server/src/lsp/guideWorkspace';
import { ClientWorkspaceFiles } from '../../server/src/lsp/web/clientWorkspaceFiles';
import { convertImport, exportText } from '../../server/src/lsp/web/webImportExport';
import { nodeWorkspaceFiles } from '../../server/src/nodeWorkspaceFiles';
import { standInClient } from '../support/standInClient';

/**
 * Import and export in the web server: the core converts and exports as on the desktop, but the
 * server answers with the files and the text, which the web client writes with `workspace.fs`.
 * A stand-in client serves `examples/completo` as `vscode-vfs://github/datos-mx/completo/…`.
 */
const FOLDER = path.resolve(__dirname, '..', '..', 'examples', 'completo');
const ROOT = 'vscode-vfs://github/datos-mx/completo';
const SETTINGS = { ...DEFAULT_SETTINGS, evaluationDate: '2026-11-27' };
const CATALOG_CSV = path.resolve(__dirname, '..', 'fixtures', 'adela', 'catalogo-limpio.csv');

/** A client answering from `examples/completo`; `exists` says which files of the import's destination exist. */
function client(exists?: (uri: string) => boolean): Connection {
  return standInClient(FOLDER, ROOT, exists);
}

async function scanned(folder: string, files: ConstructorParameters<typeof GuideWorkspace>[3]): Promise<GuideWorkspace> {
  const workspace = new GuideWorkspace([folder], SETTINGS, 'es', files);
  workspace.updateSettings(SETTINGS, 'es');
  await workspace.scan();
  return workspace;
}

describe("the web server's import and export (the client writes)", () => {
  it('exports the text the Node server writes, without writing', async () => {
    const web = await scanned(ROOT, new ClientWorkspaceFiles(client()));
    const desktop = await scanned(FOLDER, nodeWorkspaceFiles);
    for (const format of ['catalogo', 'dcat-ap', 'ckan', 'csv'] as const) {
      const fromWeb = exportText(web, { format, folder: ROOT, target: 'vscode-vfs://github/datos-mx/otro/catalogo.json', returnText: true });
      const fromDisk = exportText(desktop, { format, folder: pathToFileURL(FOLDER).href, returnText: true });
      assert.equal(fromWeb.status, 'text', format);
      assert.ok(fromWeb.status === 'text' && fromWeb.datasets > 0, format);
      assert.deepEqual(fromWeb, fromDisk, format);
    }
    // Saved in the workspace under a metadata name, it would be checked and counted twice: said.
    const inside = exportText(web, { format: 'catalogo', folder: ROOT, target: `${ROOT}/catalogo.json`, returnText: true });
    assert.ok(inside.status === 'text' && inside.warnings.some((warning) => warning.startsWith('catalogo.json está en el espacio de trabajo')));
  });

  it('converts the files the client sent and gives back the files to write, asking about existing ones first', async () => {
    const bytes = await fs.readFile(CATALOG_CSV);
    const inputs = [{ name: 'catalogo-limpio.csv', base64: toBase64(bytes) }];
    const expected = importFiles([{ name: 'catalogo-limpio.csv', bytes }]).files.map((file) => ({ name: file.name, text: file.text }));
    assert.ok(expected.length > 0);
    const destination = `${ROOT}/importados`;

    const fresh = await scanned(ROOT, new ClientWorkspaceFiles(client()));
    const answer = await convertImport(fresh, new ClientWorkspaceFiles(client()), { inputs, destination, existing: 'ask' });
    assert.equal(answer.status, 'converted');
    assert.ok(answer.status === 'converted');
    assert.deepEqual(answer.files, expected);
    assert.ok(answer.files.every((file) => isSafeFileName(file.name)));
    assert.ok(answer.datasets > 0);

    // The first file already exists in the destination: asked about, then kept or replaced.
    const first = `${destination}/${encodeURIComponent(expected[0]!.name)}`;
    const files = new ClientWorkspaceFiles(client((uri) => uri === first));
    assert.deepEqual(await convertImport(fresh, files, { inputs, destination, existing: 'ask' }), { status: 'conflicts', existing: [expected[0]!.name] });
    const kept = await convertImport(fresh, files, { inputs, destination, existing: 'keep' });
    assert.ok(kept.status === 'converted');
    assert.deepEqual(kept.files, expected.slice(1));
    const replaced = await convertImport(fresh, files, { inputs, destination, existing: 'replace' });
    assert.ok(replaced.status === 'converted');
    assert.deepEqual(replaced.files, expected);
  });

  it('refuses files named by URI (the web server has no disk)', async () => {
    const workspace = await scanned(ROOT, new ClientWorkspaceFiles(client()));
    await assert.rejects(convertImport(workspace, new ClientWorkspaceFiles(client()), { sources: [`${ROOT}/a.csv`], destination: ROOT, existing: 'ask' }));
  });
});
