import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CoverageChangedNotification, InstitutionCoverageRequest, TimelineRequest, type CoverageReport } from '../../server/src/protocol/protocol';
import { TestLspClient } from '../support/lspClient';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

describe('language server over stdio: one workspace holding two institutions', () => {
  let folder: string;
  let client: TestLspClient;
  const uri = (relative: string): string => pathToFileURL(path.join(folder, relative)).href;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-institutions-'));
    cpSync(EXAMPLES, folder, { recursive: true });
    client = new TestLspClient({ evaluationDate: '2026-12-01' });
    await client.initialize(folder);
  });

  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('judges each example against its own plan: completo has no errors however wrong con-errores is', async () => {
    const completoPlan = await client.diagnosticsFor(uri('completo/plan-de-apertura.yaml'));
    assert.deepEqual(
      completoPlan.filter((diagnostic) => diagnostic.severity === 1),
      [],
    );
    const conErrores = await client.diagnosticsFor(uri('con-errores/plan-de-apertura.yaml'), (diagnostics) => diagnostics.length > 0);
    assert.ok(conErrores.some((diagnostic) => diagnostic.severity === 1 && diagnostic.code === 'basico-1a'));
  });

  it('reports the coverage of the institution of the document last opened, and lists both', async () => {
    const completo = uri('completo/datos/rezago-social.dcat.yaml');
    client.open(completo, readFileSync(path.join(folder, 'completo/datos/rezago-social.dcat.yaml'), 'utf8'));
    const first = await client.notification<CoverageReport>(CoverageChangedNotification.method, (report) => report.institution?.root === uri('completo'));
    assert.equal(first.institution!.name, 'Consejo Nacional de Evaluación de la Política de Desarrollo Social');
    assert.equal(first.targetLevel, 'intermedio');
    assert.deepEqual([first.coverage.basico.met, first.coverage.intermedio.met, first.coverage.avanzado.met], [8, 8, 4]);
    assert.deepEqual(first.findings, {});
    assert.deepEqual(
      first.institutions!.map((institution) => [institution.name, institution.root, institution.targetLevel]),
      [
        ['Consejo Nacional de Evaluación de la Política de Desarrollo Social', uri('completo'), 'intermedio'],
        ['Secretaría de Ejemplo', uri('con-errores'), 'basico'],
      ],
    );

    const becas = uri('con-errores/datos/becas.dcat.yaml');
    client.open(becas, readFileSync(path.join(folder, 'con-errores/datos/becas.dcat.yaml'), 'utf8'));
    const second = await client.notification<CoverageReport>(CoverageChangedNotification.method, (report) => report.institution?.root === uri('con-errores'));
    assert.equal(second.targetLevel, 'basico');
    assert.ok(second.coverage.basico.met < 8);
    assert.ok(Object.keys(second.findings).length > 0);
    assert.ok(Object.values(second.findings).every((finding) => finding.first === undefined || finding.first.uri.startsWith(uri('con-errores/'))));
  });

  it('ranks the institutions as guia tablero does, with the level each reached', async () => {
    const report = await client.notification<CoverageReport>(CoverageChangedNotification.method, (candidate) => (candidate.institutions?.length ?? 0) === 2);
    assert.deepEqual(
      report.institutions!.map((institution) => [institution.root, institution.rank, institution.levelReached]),
      [
        [uri('completo'), 1, 'avanzado'],
        [uri('con-errores'), 2, null],
      ],
    );
  });

  it('answers the coverage report of the institution the board picks, whichever document was last opened', async () => {
    const completo = await client.connection.sendRequest(InstitutionCoverageRequest.type, { root: uri('completo') });
    assert.equal(completo!.institution!.root, uri('completo'));
    assert.equal(completo!.targetLevel, 'intermedio');
    assert.deepEqual(completo!.findings, {});
    assert.ok(completo!.quality!.datasets.length > 0, "with its own datasets' quality");
    assert.ok(completo!.quality!.datasets.every((dataset) => !dataset.file.includes('con-errores')));
    const conErrores = await client.connection.sendRequest(InstitutionCoverageRequest.type, { root: uri('con-errores') });
    assert.equal(conErrores!.targetLevel, 'basico');
    assert.ok(conErrores!.coverage.basico.met < 8);
    assert.ok(Object.values(conErrores!.findings).some((finding) => finding.first?.uri.startsWith(uri('con-errores/'))));
    assert.equal(await client.connection.sendRequest(InstitutionCoverageRequest.type, { root: uri('otra') }), null);
  });

  it("shows each institution's own plan on the timeline: the one asked for, else the one of the document last opened", async () => {
    const completo = await client.connection.sendRequest(TimelineRequest.type, { root: uri('completo') });
    assert.equal(completo.institution?.name, 'Consejo Nacional de Evaluación de la Política de Desarrollo Social');
    assert.equal(completo.plans, 1);
    assert.deepEqual(
      completo.entries.map((entry) => entry.identifier),
      ['rezago-social', 'pobreza-municipal'],
    );
    assert.ok(completo.entries.every((entry) => entry.plan.uri.startsWith(uri('completo/')) && (entry.dataset === undefined || entry.dataset.uri.startsWith(uri('completo/')))));
    const conErrores = await client.connection.sendRequest(TimelineRequest.type, { root: uri('con-errores') });
    assert.equal(conErrores.institution?.root, uri('con-errores'));
    assert.equal(conErrores.plans, 1);
    assert.ok(conErrores.entries.every((entry) => entry.plan.uri.startsWith(uri('con-errores/'))));
    // The previous test opened a file of con-errores last.
    const byDefault = await client.connection.sendRequest(TimelineRequest.type, {});
    assert.equal(byDefault.institution?.root, uri('con-errores'));
  });
});
