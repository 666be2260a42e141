// The same packaged .vsix in VS Code's web-worker extension host, the host of vscode.dev and
// github.dev: the user setting `remote.extensionKind` (the key code-server's workbench reads) makes
// the workbench run the manifest's `browser` entry there, and the server in a web worker reads the
// workspace through the client. Activation, Problems (against `guia check`), status bar, hover, and
// an export written by the client.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assertStatusMatchesCli, checkWithCli, problemsMismatches } from './support/cliOracle.mjs';
import { QUICK_INPUT, scenario, waitUntil } from './support/workbench.mjs';

const EXTENSION_ID = 'datos-abiertos-mx.guia-datos-abiertos';
const HOVERED = 'completo/datos/rezago-social.dcat.yaml';

scenario(
  'web worker host: the browser entry checks the workspace like the desktop',
  async (vscode) => {
    const report = checkWithCli(vscode);

    // Activation and the scan: findings of files nobody opened, read through the client.
    await vscode.showProblems();
    await vscode.waitForProblemsCount((n) => n > 0, 'findings of the unopened example files');

    // It is the web extension that answers: no Node server process runs from the installed extension.
    const nodeServers = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(vscode.extensionsDir) && line.includes(path.join('dist', 'server.js')));
    assert.deepEqual(nodeServers, [], 'no Node server of the extension runs: the web worker host runs it');

    // Problems: for every file, as many findings as `guia check` finds at or below the target level.
    assert.deepEqual(await problemsMismatches(vscode, report), [], 'the Problems panel agrees with guia check on every file');

    // Status bar: the coverage guia check computes for the institution it names.
    await assertStatusMatchesCli(vscode, report);

    // Hover: a field's meaning and its requirement, from the server in the worker.
    await vscode.openFile(HOVERED);
    const hover = await vscode.hoverUntil(
      vscode.token(HOVERED, 'accrualPeriodicity'),
      (shown) => shown.startsWith('accrualPeriodicity') && shown.includes('basico-2b'),
      // A CodeLens appearing can move the line under the pointer: wait for the field's own hover.
      'the hover of accrualPeriodicity naming requirement basico-2b',
    );
    assert.match(hover, /Periodicidad de actualización/);
    await vscode.screenshot();

    // Export: the server in the worker computes catalogo.json, the client writes it with workspace.fs
    // where the save dialog (VS Code's simple dialog in the browser) proposes it.
    await vscode.runCommand('Guide: Export as catalogo.json, DCAT-AP, CKAN or CSV templates…');
    await vscode.pickQuickItem('catalogo.json');
    const dialog = vscode.page.locator(QUICK_INPUT).filter({ visible: true });
    await waitUntil(
      async () => (await dialog.inputValue().catch(() => '')).endsWith('catalogo.json'),
      'the save dialog to propose catalogo.json',
      () => dialog.inputValue().catch(() => ''),
    );
    await vscode.page.keyboard.press('Enter');
    const exported = path.join(vscode.folder, 'catalogo.json');
    await waitUntil(async () => existsSync(exported) && readFileSync(exported, 'utf8').trim().endsWith('}'), 'catalogo.json written by the web client');
    const catalog = JSON.parse(readFileSync(exported, 'utf8'));
    assert.ok(JSON.stringify(catalog).includes('rezago-social'), 'the export holds the example datasets');
    await vscode.screenshot('export');
  },
  { settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } },
);
