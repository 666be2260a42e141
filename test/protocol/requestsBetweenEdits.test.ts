import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../support/lspClient';
import { REZAGO } from '../unit/services/sampleWorkspace';

const ruleOf = (diagnostic: Diagnostic): string => String((diagnostic.data as { rule?: unknown } | undefined)?.rule);

/**
 * A request on a document (hover, completion, CodeLens) analyses its newest text at once; the
 * debounced check of that text must still publish its diagnostics. Before, it saw the text already
 * analysed and stopped, so the Problems panel showed the previous version until the next keystroke.
 */
describe('requests between an edit and its check', () => {
  let folder: string;
  let client: TestLspClient;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-requests-between-edits-'));
    client = new TestLspClient({ evaluationDate: '2026-11-27' });
    await client.initialize(folder);
  });

  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('publishes the diagnostics of a version a hover already analysed', async () => {
    const uri = pathToFileURL(path.join(folder, 'rezago.dcat.yaml')).href;
    client.open(uri, REZAGO);
    await client.diagnosticsFor(uri, (diagnostics) => !diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'correo'));
    // Two quick edits: the first is checked at once, the second waits for the debounce; a hover
    // asked meanwhile analyses the second text before its check runs.
    client.change(uri, 2, REZAGO.replace('mbox: datos@coneval.gob.mx', 'mbox: datos(at)coneval.gob.mx'));
    const broken = REZAGO.replace('mbox: datos@coneval.gob.mx', 'mbox: datos(at)coneval.gob.mx').replace('modified: 2026-05-27T01:42:05-05:00', 'modified: ayer');
    client.change(uri, 3, broken);
    await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 2 } });
    const diagnostics = await client.diagnosticsFor(uri, (published) => published.some((diagnostic) => /modified/.test(String(diagnostic.message))), 5_000);
    assert.ok(
      diagnostics.some((diagnostic) => /modified/.test(String(diagnostic.message))),
      "the second version's finding on «modified» is published",
    );
  });
});
