import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../../server/src/core/check/analyzeFile';
import { WorkspaceIndex } from '../../../server/src/core/check/workspaceIndex';
import type { LinkCheckReport, LinkResult } from '../../../server/src/core/model/linkResults';
import { downloadUrls } from '../../../server/src/core/links/linkTargets';

const EXAMPLE = path.resolve(__dirname, '..', '..', '..', 'examples', 'completo');
const FILES = ['plan-de-apertura.yaml', 'datos/rezago-social.dcat.yaml', 'datos/pobreza-municipal.dcat.yaml'];

function index(): WorkspaceIndex {
  const workspace = new WorkspaceIndex();
  for (const file of FILES) workspace.set(analyzeFile(file, file.startsWith('plan') ? 'plan' : 'metadata', readFileSync(path.join(EXAMPLE, file), 'utf8')));
  return workspace;
}

function evaluate(linkCheck: LinkCheckReport | undefined) {
  return index().evaluate({ today: '2026-11-27', showAboveTarget: true, pagesRoot: 'file:///docs/requisitos', language: 'es', linkCheck });
}

function report(results: Array<Partial<LinkResult> & { url: string }>): LinkCheckReport {
  const checkedAt = '2026-11-20T09:30:00.000Z';
  return { checkedAt, results: results.map((result) => ({ checkedAt, ok: true, redirects: 0, status: 200, method: 'HEAD', ...result })) };
}

/** `file:line` of every basico-3b link finding. */
function linkFindings(result: ReturnType<typeof evaluate>): string[] {
  return result.files.flatMap((file) =>
    file.diagnostics
      .filter((diagnostic) => diagnostic.data.rule === 'url-no-disponible')
      .map((diagnostic) => `${file.id}:${diagnostic.range.start.line + 1}:${diagnostic.severity}`),
  );
}

describe('basico-3b: the last link check found every download URL answering', () => {
  const urls = downloadUrls(index().all());

  it('asks about every download URL of the workspace once', () => {
    assert.deepEqual(urls, [
      'https://api.coneval.gob.mx/pobreza/municipio-2020.json',
      'https://datos.coneval.gob.mx/pobreza/municipio-2020.csv',
      'https://datos.coneval.gob.mx/rezago/municipio-2020.csv',
      'https://datos.coneval.gob.mx/rezago/municipio-2020.rdf',
    ]);
  });

  it('with no link check run, rests on the plan alone: met, nothing flagged', () => {
    const result = evaluate(undefined);
    assert.deepEqual(linkFindings(result), []);
    assert.equal(result.coverage.basico.requirements['basico-3b'], 'met');
  });

  it('passes when every URL answered', () => {
    const result = evaluate(report(urls.map((url) => ({ url }))));
    assert.deepEqual(linkFindings(result), []);
    assert.equal(result.coverage.basico.requirements['basico-3b'], 'met');
  });

  it('flags each URL that did not answer on its downloadURL line, with the date of the check', () => {
    const result = evaluate(
      report([
        { url: urls[0]! },
        { url: urls[1]!, ok: false, status: 404, problem: 'estado-http' },
        { url: urls[2]! },
        { url: urls[3]!, ok: false, status: undefined, problem: 'tiempo-agotado' },
      ]),
    );
    assert.deepEqual(linkFindings(result), ['datos/pobreza-municipal.dcat.yaml:15:1', 'datos/rezago-social.dcat.yaml:24:1']);
    const messages = result.files
      .flatMap((file) => file.diagnostics)
      .filter((diagnostic) => diagnostic.data.rule === 'url-no-disponible')
      .map((diagnostic) => diagnostic.message);
    assert.match(messages[0]!, /revisión de enlaces del 2026-11-20 recibió el estado HTTP 404/);
    assert.match(messages[1]!, /2026-11-20 no recibió respuesta .* en el tiempo límite/);
    assert.notEqual(result.coverage.basico.requirements['basico-3b'], 'met');
  });

  it('says a URL that is not http(s) could not be confirmed, as a warning rather than an error', () => {
    const workspace = index();
    const text = readFileSync(path.join(EXAMPLE, 'datos/rezago-social.dcat.yaml'), 'utf8').replace(
      'https://datos.coneval.gob.mx/rezago/municipio-2020.rdf',
      'ftp://datos.coneval.gob.mx/rezago/municipio-2020.rdf',
    );
    workspace.set(analyzeFile('datos/rezago-social.dcat.yaml', 'metadata', text));
    const check = report([{ url: 'ftp://datos.coneval.gob.mx/rezago/municipio-2020.rdf', ok: false, status: undefined, problem: 'esquema-no-permitido' }]);
    const result = workspace.evaluate({ today: '2026-11-27', showAboveTarget: true, pagesRoot: 'file:///docs/requisitos', language: 'es', linkCheck: check });
    assert.deepEqual(linkFindings(result), ['datos/rezago-social.dcat.yaml:24:2']);
  });

  it('ignores URLs added after the check: they hold no evidence of it yet', () => {
    const result = evaluate(report([{ url: 'https://otro.gob.mx/ya-no-esta.csv', ok: false, status: 404, problem: 'estado-http' }]));
    assert.deepEqual(linkFindings(result), []);
    assert.equal(result.coverage.basico.requirements['basico-3b'], 'met');
  });
});
