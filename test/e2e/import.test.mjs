// «Import ADELA templates…» from the palette, through VS Code's own open dialogs, writes into the
// workspace exactly what `guia import` writes; importing again asks before replacing and replaces;
// a symbolic link in the way stops the whole import.
// In the desktop host the Node server writes; with GUIA_E2E_EXTENSION_KIND=web the web client
// writes with workspace.fs (all or nothing), since the server in the browser's worker has no disk.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, scenario, waitUntil } from './support/workbench.mjs';

const IMPORTED = path.join(repoRoot, 'test', 'fixtures', 'adela', 'catalogo-limpio.csv');
const DESTINATION = 'importado';
const COMMAND = 'Guide: Import ADELA templates or catalogo.json, or CKAN datasets…';

/** Every file of a folder, name → text. */
function filesOf(folder) {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );
}

scenario(
  'import: an ADELA catalog template through the open dialogs writes what guia import writes',
  async (vscode) => {
    // The oracle: the installed extension's command line, importing the same file into an empty
    // folder, run where the file is (the editor, like the CLI, names the source in each file's header
    // as it was given: the CLI its path as typed, the editor its name).
    const oracle = vscode.tempDir('guia-e2e-import-');
    execFileSync(process.execPath, [vscode.installedCli(), 'import', path.basename(IMPORTED), '--out', oracle, '--lang', 'es'], { cwd: path.dirname(IMPORTED) });
    const expected = filesOf(oracle);
    assert.deepEqual(Object.keys(expected), ['indicadores-pobreza.dcat.yaml', 'rezago-social.dcat.yaml']);

    // A folder of its own for the import, made before VS Code opened (the open dialog lists only what exists).
    const destination = vscode.file(DESTINATION);
    await vscode.guideStatusItem().first().waitFor(); // the extension is active
    await vscode.showProblems();
    const before = await vscode.waitForProblemsCount((count) => count > 0, 'the findings of the examples');

    const importThroughDialogs = async () => {
      await vscode.runCommand(COMMAND);
      await vscode.pickFileInDialog(IMPORTED);
      await vscode.pickFolderInDialog(destination);
    };
    const notice = vscode.page.locator('.notification-toast', { hasText: 'Importación: 2 archivos escritos, 2 conjuntos de datos, 3 recursos' });

    await importThroughDialogs();
    await notice.first().waitFor();
    await waitUntil(
      async () => Object.keys(filesOf(destination)).length === 2,
      'the two imported files on disk',
      () => Object.keys(filesOf(destination)),
    );
    assert.deepEqual(filesOf(destination), expected, 'the editor wrote what guia import writes');
    // What the person sees: the files in the Explorer, their findings counted, and the notice.
    await vscode.page.locator('.explorer-folders-view .monaco-list-row', { hasText: DESTINATION }).click();
    await vscode.page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'rezago-social.dcat.yaml' }).waitFor();
    await vscode.waitForProblemsCount((count) => count > before, 'findings of the imported files');
    await vscode.screenshot();

    // Again, over a file edited since: the person is asked, chooses to replace, and gets the import back.
    writeFileSync(path.join(destination, 'rezago-social.dcat.yaml'), 'identifier: editado\n');
    await vscode.runCommand('Notifications: Clear All Notifications');
    await notice.first().waitFor({ state: 'hidden' });
    await importThroughDialogs();
    const question = vscode.page.locator('.monaco-dialog-box').filter({ hasText: 'Ya existen 2 de los archivos que se van a escribir' });
    await question.waitFor();
    await vscode.screenshot('ask');
    await question.getByRole('button', { name: 'Reemplazarlos' }).click();
    await notice.first().waitFor();
    await waitUntil(
      async () => readFileSync(path.join(destination, 'rezago-social.dcat.yaml'), 'utf8') === expected['rezago-social.dcat.yaml'],
      'the edited file replaced by the import',
    );
    assert.deepEqual(filesOf(destination), expected, 'replacing writes what guia import writes');

    // A symbolic link where one of the files goes, the other file gone: nothing is written through
    // the link, and nothing else either (all or nothing), in both hosts.
    const outside = path.join(vscode.tempDir('guia-e2e-outside-'), 'ajeno.yaml');
    writeFileSync(outside, 'ajeno: true\n');
    rmSync(path.join(destination, 'rezago-social.dcat.yaml'));
    symlinkSync(outside, path.join(destination, 'rezago-social.dcat.yaml'));
    rmSync(path.join(destination, 'indicadores-pobreza.dcat.yaml'));
    await vscode.runCommand('Notifications: Clear All Notifications');
    await notice.first().waitFor({ state: 'hidden' });
    await importThroughDialogs();
    const refusal = vscode.page.locator('.notification-toast', { hasText: 'es un enlace simbólico' });
    // The desktop server counts the link as an existing file and asks first; the web server never sees links.
    const asked = vscode.page.locator('.monaco-dialog-box').filter({ hasText: 'Ya existe' });
    await asked.or(refusal).first().waitFor();
    if (await asked.isVisible()) await asked.getByRole('button', { name: 'Reemplazarlos' }).click();
    // The pointer on the notice keeps it up while it is read (and photographed).
    await refusal.first().hover();
    assert.match(await refusal.first().innerText(), /no se escribió ningún archivo/);
    await vscode.screenshot('link');
    assert.equal(readFileSync(outside, 'utf8'), 'ajeno: true\n', 'nothing written through the link');
    assert.deepEqual(readdirSync(destination), ['rezago-social.dcat.yaml'], 'nothing else written either');
  },
  { folders: [DESTINATION] },
);
