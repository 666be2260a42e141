import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../server/src/protocol/settings';
import { GuideWorkspace } from '../../server/src/lsp/guideWorkspace';
import { ClientWorkspaceFiles } from '../../server/src/lsp/web/clientWorkspaceFiles';
import { nodeWorkspaceFiles } from '../../server/src/nodeWorkspaceFiles';
import { standInClient } from '../support/standInClient';

/**
 * The web server's workspace reads every file through the client (`guia/listFiles`,
 * `guia/readFile`) and names them by URIs of any scheme; a github.dev folder must be judged
 * exactly as the same folder on disk. A stand-in client answers from the examples on disk under
 * `vscode-vfs://github/datos-mx/examples`, as github.dev names a repository's files.
 */
const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
const ROOT = 'vscode-vfs://github/datos-mx/examples';
const SETTINGS = { ...DEFAULT_SETTINGS, evaluationDate: '2026-11-27' };

/** Each file's findings (path within the examples → `line:column code severity`), once the data files were checked. */
async function findings(workspace: GuideWorkspace, relativeOf: (uri: string) => string): Promise<Record<string, string[]>> {
  workspace.updateSettings(SETTINGS, 'es');
  await workspace.scan();
  workspace.evaluate();
  // The local data files are checked in the background, then evaluated again.
  await workspace.localData.sync();
  const result: Record<string, string[]> = {};
  for (const file of workspace.evaluate().report.files) {
    result[relativeOf(file.id)] = file.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.severity}`);
  }
  return result;
}

describe("the web server's workspace (files through the client)", () => {
  it('finds and judges the examples exactly as the Node server does on disk', async () => {
    const web = new GuideWorkspace([ROOT], SETTINGS, 'es', new ClientWorkspaceFiles(standInClient(EXAMPLES, ROOT)));
    const desktop = new GuideWorkspace([EXAMPLES], SETTINGS, 'es', nodeWorkspaceFiles);
    const fromWeb = await findings(web, (uri) => decodeURIComponent(uri.slice(ROOT.length + 1)));
    const fromDisk = await findings(desktop, (uri) => path.relative(EXAMPLES, new URL(uri).pathname).split(path.sep).join('/'));
    assert.ok(Object.keys(fromDisk).length >= 5, 'the examples hold several files of ours');
    assert.deepEqual(fromWeb, fromDisk);
  });

  it('says of a file that is not UTF-8 that it was not checked, in both servers, and reads nothing of it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'guia-codificacion-'));
    try {
      writeFileSync(path.join(folder, 'bueno.dcat.yaml'), readFileSync(path.join(EXAMPLES, 'completo', 'datos', 'rezago-social.dcat.yaml')));
      writeFileSync(path.join(folder, 'latin1.dcat.yaml'), Buffer.from('identifier: latin1\ntitle: Población por año\n', 'latin1'));
      const web = new GuideWorkspace([ROOT], SETTINGS, 'es', new ClientWorkspaceFiles(standInClient(folder, ROOT)));
      const desktop = new GuideWorkspace([folder], SETTINGS, 'es', nodeWorkspaceFiles);
      for (const workspace of [web, desktop]) {
        workspace.updateSettings(SETTINGS, 'es');
        await workspace.scan();
        const latin = workspace.evaluate().report.files.find((file) => file.id.endsWith('latin1.dcat.yaml'))!;
        assert.deepEqual(
          latin.diagnostics.map((diagnostic) => [diagnostic.data.rule, diagnostic.severity, diagnostic.range.start.line]),
          [['archivo-no-utf8', 1, 0]],
        );
        assert.match(String(latin.diagnostics[0]!.message), /no está codificado en UTF-8/);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
