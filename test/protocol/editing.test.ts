import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, Hover, Location, MarkupContent, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CoverageChangedNotification } from '../../server/src/protocol/protocol';
import { TestLspClient } from '../support/lspClient';
import { PLAN, POBREZA, REZAGO } from '../unit/services/sampleWorkspace';

/** A text with the cursor marked `|`: the text and the cursor's line and character. */
function cursor(marked: string): { text: string; position: { line: number; character: number } } {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}

const ruleOf = (diagnostic: Diagnostic): string => (diagnostic.data as { rule: string }).rule;
const markdown = (hover: Hover | null): string => (hover?.contents as MarkupContent | undefined)?.value ?? '';

describe('language server over stdio: writing the files', () => {
  let folder: string;
  let client: TestLspClient;
  let version = 1;
  const uriOf = (name: string): string => pathToFileURL(path.join(folder, name)).href;

  /** Opens `name` with the text of `marked` and asks `method` at its cursor. */
  async function at<T>(method: string, name: string, marked: string, extra: Record<string, unknown> = {}): Promise<T> {
    const { text, position } = cursor(marked);
    const uri = uriOf(name);
    client.change(uri, ++version, text);
    return client.connection.sendRequest<T>(method, { textDocument: { uri }, position, ...extra });
  }

  /** Applies the edits of a workspace edit to the open document's text. */
  function applied(text: string, uri: string, edit: WorkspaceEdit): string {
    const edits: TextEdit[] = edit.changes?.[uri] ?? [];
    return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 0, text), edits);
  }

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-editing-'));
    mkdirSync(path.join(folder, 'datos'));
    writeFileSync(path.join(folder, 'plan-de-apertura.yaml'), PLAN);
    writeFileSync(path.join(folder, 'datos', 'rezago-social.dcat.yaml'), REZAGO);
    writeFileSync(path.join(folder, 'datos', 'pobreza-municipal.dcat.yaml'), POBREZA);
    client = new TestLspClient({ evaluationDate: '2026-11-27' });
    const result = await client.initialize(folder);
    assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.guia'], resolveProvider: false });
    assert.equal(result.capabilities.hoverProvider, true);
    // The files on disk are indexed once the first board is published.
    await client.notification(CoverageChangedNotification.method);
    client.open(uriOf('plan-de-apertura.yaml'), PLAN);
    client.open(uriOf('datos/nuevo.dcat.yaml'), '');
    client.open(uriOf('datos/con-errores.dcat.yaml'), '');
    client.open(uriOf('catalogo.json'), '{}', 'json');
  });

  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('completes the fields a dataset still lacks, required first, on the line the user types', async () => {
    const list = await at<CompletionList>('textDocument/completion', 'datos/nuevo.dcat.yaml', 'identifier: marginacion\ntitle: Índice de marginación\nmb|\n');
    const mbox = list.items.find((item) => item.label === 'mbox');
    assert.equal(mbox?.detail, 'Correo de contacto · obligatorio (basico-2b)');
    assert.match((mbox.documentation as MarkupContent).value, /\[basico-2b\]\(file:.*\/docs\/requisitos\/es\/basico-2b\.md\)/);
    assert.ok(!list.items.some((item) => item.label === 'identifier'));
    assert.deepEqual(mbox.textEdit, { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } }, newText: 'mbox: $1' });
  });

  it('completes catalog values after the colon, in block and flow YAML', async () => {
    const periodicity = await at<CompletionList>('textDocument/completion', 'datos/nuevo.dcat.yaml', 'identifier: marginacion\naccrualPeriodicity: |\n');
    assert.ok(periodicity.items.some((item) => item.label === 'mensual' && item.detail === 'R/P1M · Un mes'));
    const criteria = await at<CompletionList>(
      'textDocument/completion',
      'plan-de-apertura.yaml',
      PLAN.replace('criterios: [registro-publico, solicitudes-recurrentes]', 'criterios: [registro-publico, |]'),
    );
    assert.equal(criteria.items.length, 9);
  });

  it("completes the workspace's dataset identifiers where the plan names a dataset", async () => {
    const list = await at<CompletionList>('textDocument/completion', 'plan-de-apertura.yaml', PLAN.replace('    conjuntos: [rezago-social]', '    conjuntos: [rezago-social, |]'));
    const labels = list.items.map((item) => item.label);
    assert.ok(labels.includes('pobreza-municipal') && labels.includes('padron-beneficiarios'), labels.join(', '));
    assert.ok(!labels.includes('rezago-social'), 'already in the list');
  });

  it('completes keys and values in a JSON catalog', async () => {
    const keys = await at<CompletionList>('textDocument/completion', 'catalogo.json', '{\n  "dataset": [\n    {\n      "identifier": "a",\n      "|"\n    }\n  ]\n}');
    const title = keys.items.find((item) => item.label === 'title');
    assert.equal(title?.textEdit && 'range' in title.textEdit ? title.textEdit.newText : undefined, '"title": "$1"');
    const values = await at<CompletionList>('textDocument/completion', 'catalogo.json', '{"dataset": [{"distribution": [{"mediaType": "te|"}]}]}');
    assert.equal(values.items[0]?.label, 'text/csv');
  });

  it('hovers a field with its meaning and requirement, and a dataset reference with a summary', async () => {
    const field = await at<Hover>('textDocument/hover', 'plan-de-apertura.yaml', PLAN.replace('periodicidad: quinquenal', 'periodici|dad: quinquenal'));
    assert.match(markdown(field), /^\*\*periodicidad\*\* — Periodicidad de actualización/);
    assert.match(markdown(field), /\[basico-1c\]\(file:.*\/es\/basico-1c\.md\)/);
    const reference = await at<Hover>('textDocument/hover', 'plan-de-apertura.yaml', PLAN.replace('conjuntos: [rezago-social]', 'conjuntos: [rezago-so|cial]'));
    assert.match(markdown(reference), /^\*\*Índice de rezago social\*\* \(`rezago-social`\)/);
    assert.match(markdown(reference), /- Recursos: 2/);
  });

  it('fixes a diagnostic with its quick fix, and the diagnostic goes away', async () => {
    const uri = uriOf('datos/con-errores.dcat.yaml');
    let text = REZAGO.replace('mediaType: text/csv', 'mediaType: CSV').replace('modified: 2026-05-27T01:42:05-05:00', 'modified: 27/05/2026');
    client.change(uri, ++version, text.replace('rezago-social', 'con-errores'));
    text = text.replace('rezago-social', 'con-errores');
    for (const rule of ['tipo-de-medio', 'fecha-iso8601']) {
      const diagnostics = await client.diagnosticsFor(uri, (list) => list.some((d) => ruleOf(d) === rule));
      const diagnostic = diagnostics.find((d) => ruleOf(d) === rule)!;
      const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      const fix = actions.find((action) => action.isPreferred)!;
      assert.equal(fix.kind, 'quickfix');
      text = applied(text, uri, fix.edit!);
      client.change(uri, ++version, text);
      const after = await client.diagnosticsFor(uri, (list) => !list.some((d) => ruleOf(d) === rule));
      assert.ok(after.length < diagnostics.length);
    }
    assert.match(text, /\nmodified: 2026-05-27\n/);
    assert.match(text, / {4}mediaType: text\/csv\n/);
  });

  it('applies every safe fix at once with the fix-all source action', async () => {
    const uri = uriOf('datos/con-errores.dcat.yaml');
    const flawed = REZAGO.replace('rezago-social', 'con-errores')
      .replace('mediaType: text/csv', 'mediaType: CSV')
      .replace('accrualPeriodicity: R/P5Y', 'accrualPeriodicity: quinquenalmente');
    client.change(uri, ++version, flawed);
    const diagnostics = await client.diagnosticsFor(uri, (list) => list.some((d) => ruleOf(d) === 'periodicidad') && list.some((d) => ruleOf(d) === 'tipo-de-medio'));
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(
      actions.map((action) => action.kind),
      ['source.fixAll.guia'],
    );
    const fixed = applied(flawed, uri, actions[0]!.edit!);
    client.change(uri, ++version, fixed);
    await client.diagnosticsFor(uri, (list) => list.length < diagnostics.length && !list.some((d) => ['periodicidad', 'tipo-de-medio'].includes(ruleOf(d))));
  });

  it("creates the metadata file a plan entry lacks, and the plan's diagnostic goes away", async () => {
    const uri = uriOf('plan-de-apertura.yaml');
    const plan = PLAN.replace(
      'grupoDeTrabajo:',
      '  - conjunto: rezago-educativo\n    descripcion: Rezago educativo por municipio.\n    periodicidad: anual\n    fechaPublicacion: 2026-10-01\ngrupoDeTrabajo:',
    );
    client.change(uri, ++version, plan);
    const diagnostics = await client.diagnosticsFor(uri, (list) => list.some((d) => ruleOf(d) === 'plan-sin-metadatos'));
    const diagnostic = diagnostics.find((d) => ruleOf(d) === 'plan-sin-metadatos')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const create = actions.find((action) => action.title.startsWith('Crear los metadatos'))!;
    assert.equal(create.title, 'Crear los metadatos de «rezago-educativo» en datos/rezago-educativo.dcat.yaml');
    const [createFile, insert] = create.edit!.documentChanges! as [{ kind: 'create'; uri: string }, { edits: TextEdit[] }];
    assert.equal(createFile.kind, 'create');
    // What the editor does with the edit: create the file with the text, which the watcher reports.
    const file = fileURLToPath(createFile.uri);
    assert.ok(!existsSync(file));
    writeFileSync(file, insert.edits[0]!.newText);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: createFile.uri, type: 1 }] });
    await client.diagnosticsFor(uri, (list) => !list.some((d) => ruleOf(d) === 'plan-sin-metadatos'));
    assert.match(readFileSync(file, 'utf8'), /\naccrualPeriodicity: anual\n/);
    client.change(uri, ++version, PLAN);
  });

  it("goes from a plan reference to the dataset's identifier and back to every reference", async () => {
    const definition = await at<Location[]>(
      'textDocument/definition',
      'plan-de-apertura.yaml',
      PLAN.replace('conjuntos: [rezago-social, pobreza-municipal]', 'conjuntos: [rezago-social, pobreza-mun|icipal]'),
    );
    assert.deepEqual(definition, [{ uri: uriOf('datos/pobreza-municipal.dcat.yaml'), range: { start: { line: 0, character: 12 }, end: { line: 0, character: 29 } } }]);
    client.change(uriOf('plan-de-apertura.yaml'), ++version, PLAN);
    const identifier = cursor(REZAGO.replace('identifier: rezago-social', 'identifier: rezago|-social'));
    client.open(uriOf('datos/rezago-social.dcat.yaml'), identifier.text);
    const references = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: uriOf('datos/rezago-social.dcat.yaml') },
      position: identifier.position,
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      references.map((location) => `${location.uri === uriOf('plan-de-apertura.yaml')}:${location.range.start.line + 1}`),
      ['true:22', 'true:45', 'true:78', 'true:94'],
    );
  });

  it('outlines a plan by sections and entries', async () => {
    client.change(uriOf('plan-de-apertura.yaml'), ++version, PLAN);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf('plan-de-apertura.yaml') } });
    const plan = symbols.find((symbol) => symbol.name === 'plan')!;
    assert.equal(plan.detail, 'Conjuntos priorizados');
    assert.deepEqual(
      plan.children!.map((entry) => entry.name),
      ['rezago-social', 'pobreza-municipal'],
    );
  });

  it('names every symbol of files with empty titles, identifiers and keys', async () => {
    const names = (symbols: DocumentSymbol[]): string[] => symbols.flatMap((symbol) => [symbol.name, ...names(symbol.children ?? [])]);
    const files: Record<string, string> = {
      'datos/vacio.dcat.yaml': 'identifier: ""\ntitle: ""\n"": x\ndistribution:\n  - title: ""\n    downloadURL: ""\n',
      'vacio.plan.yaml': 'institucion:\n  nombre: ""\n"": 1\nplan:\n  - conjunto: ""\n    descripcion: "  "\nresponsables:\n  enlace: { nombre: "" }\n',
      'catalogo-vacio.json': '{"dataset": [{"identifier": "", "title": "", "distribution": [{"title": ""}]}], "": 1}',
    };
    for (const [name, text] of Object.entries(files)) {
      const uri = uriOf(name);
      client.open(uri, text, name.endsWith('.json') ? 'json' : 'yaml');
      const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const all = names(symbols);
      assert.ok(all.length >= 2, `${name}: ${JSON.stringify(all)}`);
      for (const symbolName of all) assert.ok(symbolName.trim().length > 0, `${name}: an empty name in ${JSON.stringify(all)}`);
      if (!name.endsWith('.dcat.yaml')) assert.ok(all.includes('(sin título)'), `${name}: ${JSON.stringify(all)}`);
    }
  });

  it('answers nothing for a YAML file that is not ours', async () => {
    const uri = uriOf('docker-compose.yaml');
    client.open(uri, 'services:\n  web:\n    image: x\n');
    assert.equal(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 2 } }), null);
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }), null);
  });
});
