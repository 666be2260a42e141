import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, eventually, exampleUri, waitForDiagnostics } from './support/workspace';

/**
 * The palette's import and export, through the extension host and the server: the dialogs are
 * answered by the test (they are the person's part), the rest is the real client and server.
 */
const ANSWERED = ['showOpenDialog', 'showSaveDialog', 'showQuickPick', 'showInformationMessage', 'showWarningMessage'] as const;
type Window = Record<(typeof ANSWERED)[number], unknown>;
const window = vscode.window as unknown as Window;
const original = Object.fromEntries(ANSWERED.map((name) => [name, window[name]])) as Window;

function answer<K extends keyof Window>(name: K, replies: unknown[]): void {
  const queue = [...replies];
  window[name] = async () => queue.shift();
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

describe('import and export', () => {
  before(async () => {
    // Commands that the server does wait until it runs.
    await waitForDiagnostics(exampleUri('con-errores/datos/indicadores.dcat.yaml'), (diagnostics) => diagnostics.length > 0, 'the server to check the examples');
  });
  afterEach(() => Object.assign(window, original));
  // The other suites see the examples as they were.
  after(() => vscode.workspace.fs.delete(exampleUri('importados'), { recursive: true }).then(undefined, () => undefined));

  it('«guia.importFromAdela» writes what the server converts, and asks before replacing', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const csv = vscode.Uri.file(path.join(extension.extensionPath, 'test', 'fixtures', 'adela', 'catalogo-limpio.csv'));
    const destination = exampleUri('importados');
    answer('showOpenDialog', [[csv], [destination]]);
    answer('showInformationMessage', [undefined]);
    answer('showWarningMessage', [undefined]);
    await vscode.commands.executeCommand('guia.importFromAdela');
    const written = exampleUri('importados/indicadores-pobreza.dcat.yaml');
    assert.ok(await exists(written), 'the dataset file was written');
    // The server's file watcher notices the new file, and checks it.
    await waitForDiagnostics(written, () => true, 'the imported file to be checked');

    await vscode.workspace.fs.writeFile(written, new TextEncoder().encode('# editado a mano\n'));
    const asked: string[] = [];
    answer('showOpenDialog', [[csv], [destination]]);
    window.showWarningMessage = async (message: string, ...rest: unknown[]) => {
      asked.push(message);
      // The modal question about existing files: keep them, write only new ones.
      return typeof rest[0] === 'object' ? rest.find((item) => typeof item === 'string' && /nuevos|new/.test(item)) : undefined;
    };
    answer('showInformationMessage', [undefined]);
    await vscode.commands.executeCommand('guia.importFromAdela');
    assert.ok(
      asked.some((message) => message.includes('indicadores-pobreza.dcat.yaml')),
      asked.join(' | '),
    );
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(written)), '# editado a mano\n');
  });

  it('«guia.exportWorkspace» writes the workspace as catalogo.json where the person chose', async () => {
    const target = vscode.Uri.file(path.join(mkdtempSync(path.join(tmpdir(), 'guia-exportar-')), 'catalogo.json'));
    window.showQuickPick = async (items: readonly vscode.QuickPickItem[]) => items.find((item) => item.label === 'catalogo.json');
    answer('showSaveDialog', [target]);
    answer('showInformationMessage', [undefined]);
    answer('showWarningMessage', [undefined]);
    await vscode.commands.executeCommand('guia.exportWorkspace');
    const catalog = await eventually(() => {
      try {
        return JSON.parse(readFileSync(target.fsPath, 'utf8')) as { dataset: Array<{ identifier: string }> };
      } catch {
        return undefined;
      }
    }, 'the exported catalog');
    const identifiers = catalog.dataset.map((dataset) => dataset.identifier);
    assert.ok(identifiers.length >= 2, identifiers.join(', '));
  });
});
