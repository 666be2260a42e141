import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { downloadUrls } from '../../../server/src/core/links/linkTargets';
import { RestorableAnalysis } from '../../../server/src/core/model/restorableAnalysis';
import { GuideWorkspace } from '../../../server/src/lsp/guideWorkspace';
import { nodeWorkspaceFiles } from '../../../server/src/nodeWorkspaceFiles';
import { DEFAULT_SETTINGS } from '../../../server/src/protocol/settings';

/**
 * A workspace of many institutions keeps the analyses (source trees, findings, dataset facts) only
 * of those with a file open in an editor; the others' are let go once evaluated and worked out
 * again from their text when needed. Nothing the user sees may change for it: the examples hold two
 * institutions, `completo` (a file of it open here) and `con-errores` (idle).
 */
const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');
const SETTINGS = { ...DEFAULT_SETTINGS, evaluationDate: '2026-11-27' };

let folder: string;
before(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'guia-inactivas-'));
  cpSync(EXAMPLES, folder, { recursive: true });
});
after(() => rmSync(folder, { recursive: true, force: true }));

const uriOf = (relative: string): string => pathToFileURL(path.join(folder, relative)).href;

/** Each file's diagnostics (path → `line:column code severity message`) in an evaluation. */
function diagnosticsOf(workspace: GuideWorkspace): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const file of workspace.evaluate().report.files) {
    result[path.relative(folder, new URL(file.id).pathname)] = [
      ...file.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.severity} ${d.message}`),
      ...Object.entries(file.aboveTarget).map(([code, { count, first }]) => `${first.range.start.line + 1}:${first.range.start.character + 1} ${code} ×${count} ${first.message}`),
    ];
  }
  return result;
}

/** The restorable analyses of the files below `relativeFolder`, by path, with whether each is held. */
function held(workspace: GuideWorkspace, relativeFolder: string): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const file of workspace.index.all()) {
    const relative = path.relative(folder, new URL(file.id).pathname);
    if (relative.startsWith(relativeFolder + '/') && file instanceof RestorableAnalysis) result[relative] = file.isHeld;
  }
  return result;
}

async function openWorkspace(): Promise<GuideWorkspace> {
  const workspace = new GuideWorkspace([folder], SETTINGS, 'es', nodeWorkspaceFiles);
  await workspace.scan();
  const open = 'completo/datos/rezago-social.dcat.yaml';
  workspace.updateOpen(uriOf(open), readFileSync(path.join(folder, open), 'utf8'));
  return workspace;
}

describe('institutions with no file open let go of their analyses', () => {
  it("lets go of the idle institution's analyses once evaluated, keeps the open one's, and judges both the same after", async () => {
    const workspace = await openWorkspace();
    const first = diagnosticsOf(workspace);
    assert.ok((first['con-errores/catalogo.json'] ?? []).length > 0, 'the idle institution has findings to keep');

    const idle = held(workspace, 'con-errores');
    assert.deepEqual(Object.keys(idle).sort(), [
      'con-errores/catalogo.json',
      'con-errores/datos/becas.dcat.yaml',
      'con-errores/datos/indicadores.dcat.yaml',
      'con-errores/plan-de-apertura.yaml',
    ]);
    assert.ok(
      Object.values(idle).every((isHeld) => !isHeld),
      'every analysis of the idle institution was let go',
    );
    assert.ok(
      Object.values(held(workspace, 'completo')).every((isHeld) => isHeld),
      'the institution with an open file keeps its analyses',
    );

    // A walk over every file (the link check's addresses, the local data checks) reads each one
    // without holding it again.
    assert.ok(downloadUrls(workspace.index.all()).length > 0);
    assert.ok(Object.values(held(workspace, 'con-errores')).every((isHeld) => !isHeld));

    // Another evaluation date makes every institution be evaluated again: the idle one from its
    // analyses worked out anew, then let go again. Back to the first date, the same findings.
    workspace.updateSettings({ ...SETTINGS, evaluationDate: '2030-01-01' }, 'es');
    assert.notDeepEqual(diagnosticsOf(workspace), first, 'a later date changes what is due');
    assert.ok(Object.values(held(workspace, 'con-errores')).every((isHeld) => !isHeld));
    workspace.updateSettings(SETTINGS, 'es');
    assert.deepEqual(diagnosticsOf(workspace), first);
  });

  it('opens a file of an idle institution, unchanged since it was read, without analysing it again', async () => {
    const workspace = await openWorkspace();
    const first = diagnosticsOf(workspace);
    const catalog = 'con-errores/catalogo.json';
    assert.equal(held(workspace, 'con-errores')[catalog], false);
    assert.equal(workspace.updateOpen(uriOf(catalog), readFileSync(path.join(folder, catalog), 'utf8')), true);
    for (const _ of workspace.prepareEvaluation(uriOf(catalog)));
    const report = workspace.evaluateReport();
    assert.equal(held(workspace, 'con-errores')[catalog], false, 'its findings and diagnostics stand: nothing was read of its analysis');
    // (The coverage report about it, sent once the user pauses, scores its datasets' quality: that reads it.)
    assert.deepEqual(diagnosticsOf(workspace), first);
    assert.ok(report.files.some((file) => file.id === uriOf(catalog)));
  });

  it('keeps the analysis of a file closed with its text as on disk, without analysing it again', async () => {
    const workspace = await openWorkspace();
    const catalog = 'con-errores/catalogo.json';
    const text = readFileSync(path.join(folder, catalog), 'utf8');
    workspace.updateOpen(uriOf(catalog), `${text}\n`);
    workspace.updateOpen(uriOf(catalog), text);
    const editors = workspace.index.get(uriOf(catalog))!;
    assert.ok(!(editors instanceof RestorableAnalysis), "the editor's own analysis of its text");
    workspace.closeOpen(uriOf(catalog));
    await workspace.refreshFromDisk(uriOf(catalog));
    const closed = workspace.index.get(uriOf(catalog))!;
    assert.ok(closed instanceof RestorableAnalysis, 'closed, it can be let go');
    assert.equal(closed.findings, editors.findings, 'the same analysis, not made again');
  });

  it('judges a file of an idle institution that changed on disk, and gives its name from its plan', async () => {
    const workspace = await openWorkspace();
    const before = diagnosticsOf(workspace)['con-errores/datos/becas.dcat.yaml']!;
    const becas = path.join(folder, 'con-errores', 'datos', 'becas.dcat.yaml');
    writeFileSync(becas, readFileSync(becas, 'utf8').replace(/^(\s*)accrualPeriodicity:.*$/m, '$1accrualPeriodicity: cada rato'));
    await workspace.refreshFromDisk(pathToFileURL(becas).href);
    const afterChange = diagnosticsOf(workspace)['con-errores/datos/becas.dcat.yaml']!;
    assert.notDeepEqual(afterChange, before);
    assert.ok(
      afterChange.some((line) => line.includes('cada rato')),
      afterChange.join('\n'),
    );

    const plan = path.join(folder, 'con-errores', 'plan-de-apertura.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^(\s*)nombre:.*$/m, '$1nombre: Instituto Renombrado'));
    await workspace.refreshFromDisk(pathToFileURL(plan).href);
    const names = workspace.evaluate().report.institutions.map((institution) => institution.name);
    assert.ok(names.includes('Instituto Renombrado'), names.join(', '));
  });

  it('checks the local data files before the first evaluation after indexing', async () => {
    const workspace = new GuideWorkspace([folder], SETTINGS, 'es', nodeWorkspaceFiles);
    await workspace.scan();
    const kinds = workspace.evaluate().report.files.map((file) => file.kind);
    assert.ok(kinds.includes('csv'), `the examples' CSV files are judged at once: ${kinds.join(', ')}`);
  });

  it('evaluates again only the institution whose local data files changed', async () => {
    const workspace = new GuideWorkspace([folder], SETTINGS, 'es', nodeWorkspaceFiles);
    await workspace.scan();
    const institutionAt = (report: ReturnType<GuideWorkspace['evaluateReport']>, name: string) => report.institutions.find((institution) => institution.root.endsWith(`/${name}`))!;
    const before = workspace.evaluateReport();
    rmSync(path.join(folder, 'con-errores', 'datos', 'becas-2023.csv'));
    assert.equal(await workspace.localData.sync(), true);
    const after = workspace.evaluateReport();
    assert.equal(institutionAt(after, 'completo'), institutionAt(before, 'completo'), 'the other institution stands as it was evaluated');
    assert.notDeepEqual(institutionAt(after, 'con-errores').findings, institutionAt(before, 'con-errores').findings);
    const becas = after.files.find((file) => file.id.endsWith('becas.dcat.yaml'))!;
    assert.ok(
      becas.diagnostics.some((diagnostic) => diagnostic.message.includes('becas-2023.csv')),
      becas.diagnostics.map((diagnostic) => diagnostic.message).join('\n'),
    );
  });

  it('evaluates each institution as soon as the scan has read it whole, and lets it go before reading the next ones', async () => {
    const country = mkdtempSync(path.join(tmpdir(), 'guia-pais-'));
    try {
      for (let i = 1; i <= 20; i++) cpSync(path.join(EXAMPLES, 'con-errores'), path.join(country, `institucion-${String(i).padStart(2, '0')}`), { recursive: true });
      const workspace = new GuideWorkspace([country], SETTINGS, 'es', nodeWorkspaceFiles);
      await workspace.scan();
      const restorable = workspace.index.all().filter((file): file is RestorableAnalysis => file instanceof RestorableAnalysis);
      assert.equal(restorable.length, 80);
      // The last institutions read wait for the evaluation after indexing; most were let go already.
      const released = restorable.filter((file) => !file.isHeld);
      assert.ok(released.length >= 60, `${released.length} of 80 let go while scanning`);
      const report = workspace.evaluateReport();
      assert.deepEqual(
        released.filter((file) => file.isHeld).map((file) => file.id),
        [],
        'the evaluation after indexing found them evaluated: it read none of them again',
      );
      assert.equal(report.institutions.length, 20);
      // Every copy judged alike, with its local data file checked (a CSV per institution).
      const shapes = new Set(report.institutions.map((institution) => JSON.stringify(institution.findings)));
      assert.equal(shapes.size, 1);
      assert.equal(report.files.filter((file) => file.kind === 'csv').length, 20);
    } finally {
      rmSync(country, { recursive: true, force: true });
    }
  });
});
