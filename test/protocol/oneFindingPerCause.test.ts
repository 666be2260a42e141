import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../support/lspClient';

const DATASET = (fields: Record<string, string | undefined>): string => {
  const value = (key: string, fallback: string): string | undefined => (key in fields ? fields[key] : fallback);
  const lines = [
    'identifier: matricula',
    'title: Matrícula escolar',
    'description: Matrícula por entidad.',
    `modified: ${value('modified', '2026-10-01')}`,
    'contactPoint: Dirección de Estadística',
    `mbox: ${value('mbox', 'estadistica@sep.gob.mx')}`,
    `landingPage: ${value('landingPage', 'https://www.sep.gob.mx/datos')}`,
    'accrualPeriodicity: anual',
    'quality: Se validan totales contra el registro escolar.',
    'distribution:',
    '  - title: Matrícula 2026',
    `    downloadURL: ${value('downloadURL', 'https://datos.sep.gob.mx/matricula.csv')}`,
    '    mediaType: text/csv',
    '    byteSize: 1024',
    '    tools: LibreOffice Calc',
  ];
  return lines.filter((line) => !line.endsWith(': undefined')).join('\n') + '\n';
};

/** `line:code:rule` of the diagnostics on one line, as the Problems panel lists them. */
const onLine = (diagnostics: Diagnostic[], line: number): string[] =>
  diagnostics.filter((d) => d.range.start.line + 1 === line).map((d) => `${d.code}:${(d.data as { rule: string }).rule}`);

describe('language server over stdio: one diagnostic per cause (issues 13 and 14)', () => {
  let folder: string;
  let client: TestLspClient;
  let count = 0;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-cause-'));
    // Every level shown inline: a cause repeated at intermedio or avanzado would show here.
    client = new TestLspClient({ targetLevel: 'avanzado', showAboveTarget: true, evaluationDate: '2026-11-27' });
    await client.initialize(folder);
  });

  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  async function diagnosticsOf(text: string, name = `d${++count}.dcat.yaml`): Promise<Diagnostic[]> {
    const uri = pathToFileURL(path.join(folder, name)).href;
    // Each file its own dataset: identifiers and titles are unique across the workspace.
    client.open(
      uri,
      text
        .replace('identifier: matricula', `identifier: matricula-${count}`)
        .replace('title: Matrícula escolar', `title: Matrícula escolar ${count}`)
        .replace('title: "Matrícula escolar', `title: "Matrícula escolar ${count}`),
    );
    return client.diagnosticsFor(uri, (list) => list.length > 0);
  }

  it('gives an empty or placeholder mbox, landingPage, downloadURL or modified one diagnostic, «está vacío»', async () => {
    for (const [field, line] of [
      ['mbox', 6],
      ['landingPage', 7],
      ['downloadURL', 12],
      ['modified', 4],
    ] as const) {
      for (const empty of ['""', 'pendiente']) {
        const diagnostics = await diagnosticsOf(DATASET({ [field]: empty }));
        assert.deepEqual(onLine(diagnostics, line), ['basico-2b:campo-vacio'], `${field}: ${empty}`);
        const message = diagnostics.find((d) => d.range.start.line + 1 === line)!.message;
        assert.match(String(message), empty === '""' ? /está vacío/ : /texto provisional \(«pendiente»\)/, field);
        assert.doesNotMatch(String(message), /no es válid|debe ser/);
      }
    }
  });

  it('says a malformed modified or a missing landingPage once, at the lowest level it breaks', async () => {
    const badDate = await diagnosticsOf(DATASET({ modified: '27/05/2014' }));
    assert.deepEqual(onLine(badDate, 4), ['basico-2b:fecha-iso8601']);
    const noLanding = await diagnosticsOf(DATASET({ landingPage: undefined }));
    assert.deepEqual(
      noLanding.filter((d) => /landingPage/.test(d.message as string)).map((d) => `${d.code}:${(d.data as { rule: string }).rule}`),
      ['basico-2b:campo-obligatorio'],
    );
  });

  it('puts a missing plan section at the end of the plan as a point, with a quick fix that adds it', async () => {
    const plan = 'institucion:\n  nombre: Secretaría de Educación Pública\n  siglas: SEP\nnivelObjetivo: basico\n';
    const uri = pathToFileURL(path.join(folder, 'plan-de-apertura.yaml')).href;
    client.open(uri, plan);
    const diagnostics = await client.diagnosticsFor(uri, (list) => list.some((d) => (d.data as { rule: string }).rule === 'seccion-faltante'));
    const missing = diagnostics.filter((d) => /^Falta/.test(d.message as string));
    assert.ok(missing.length >= 5, `${missing.length} missing sections`);
    // Nothing stacked on «institucion:», a line that is fine.
    assert.deepEqual(
      diagnostics.filter((d) => d.range.start.line === 0),
      [],
    );
    for (const diagnostic of missing) assert.deepEqual(diagnostic.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, diagnostic.message as string);
    const monitoring = missing.find((d) => (d.data as { section?: string }).section === 'monitoreo')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: monitoring.range,
      context: { diagnostics: [monitoring] },
    });
    const add = actions.find((action) => action.title === 'Agregar «monitoreo»');
    assert.ok(add, actions.map((action) => action.title).join(', '));
    const edits = add.edit!.changes?.[uri] ?? add.edit!.documentChanges?.flatMap((change) => ('edits' in change ? change.edits : []));
    assert.match(JSON.stringify(edits), /monitoreo:\\n {2}metodo: Por completar/);
  });

  it('reports an unclosed quote on its opening line, with no cascade of missing fields', async () => {
    const text = DATASET({}).replace('title: Matrícula escolar', 'title: "Matrícula escolar');
    const diagnostics = await diagnosticsOf(text);
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}:${(d.data as { rule: string }).rule}`),
      ['2:basico-2b:yaml-sin-cierre'],
    );
    assert.deepEqual(diagnostics[0]!.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 8 } });
  });
});
