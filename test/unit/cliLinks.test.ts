import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI, runCli } from '../support/cli';
import { LinkTestServer } from '../support/linkServer';

const dataset = (base: string): string => `identifier: enlaces
title: Conjunto con enlaces
description: Recursos servidos por un servidor local de prueba.
modified: 2026-11-01
contactPoint: Dirección de Datos
mbox: datos@ejemplo.gob.mx
accrualPeriodicity: R/P1Y
landingPage: https://www.ejemplo.gob.mx/enlaces
distribution:
  - title: Responde
    downloadURL: ${base}/sin-head.csv
    mediaType: text/csv
  - title: No existe
    downloadURL: ${base}/no-existe.csv
    mediaType: text/csv
  - title: Local
    downloadURL: datos/local.csv
    mediaType: text/csv
`;

describe('guia check --check-links', { skip: !existsSync(CLI) && 'dist/cli.js is not built (npm run build)' }, () => {
  const links = new LinkTestServer();
  let folder: string;

  before(async () => {
    const base = await links.start();
    folder = mkdtempSync(path.join(tmpdir(), 'guia-cli-enlaces-'));
    writeFileSync(path.join(folder, 'enlaces.dcat.yaml'), dataset(base));
  });
  after(async () => {
    await links.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reaches no network without the option', async () => {
    const run = await runCli(['check', folder, '--today', '2026-11-27']);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    assert.deepEqual(links.requests, []);
    assert.doesNotMatch(run.stdout, /url-no-disponible|revisión de enlaces/);
  });

  it('refuses the loopback test server without --allow-private-hosts, and says so', async () => {
    const run = await runCli(['check', folder, '--check-links', '--format', 'json', '--today', '2026-11-27']);
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(links.requests, []);
    assert.match(run.stderr, /2 URL de descarga no se consultaron: dirección privada, no se consulta \(usa --allow-private-hosts/);
    const output = JSON.parse(run.stdout) as { files: Array<{ diagnostics: Array<{ message: string; data: { rule: string; problem?: string } }> }> };
    const refused = output.files.flatMap((file) => file.diagnostics).filter((diagnostic) => diagnostic.data.rule === 'url-no-disponible');
    assert.equal(refused.length, 2);
    for (const diagnostic of refused) {
      assert.equal(diagnostic.data.problem, 'direccion-privada');
      assert.match(diagnostic.message, /dirección privada, no se consulta/);
    }
  });

  it('says in English that a private address is not asked', async () => {
    const run = await runCli(['check', folder, '--check-links', '--lang', 'en', '--today', '2026-11-27']);
    assert.deepEqual(links.requests, []);
    assert.match(run.stdout, /private address, not requested/);
  });

  it('asks each http(s) download URL once and flags the one that does not answer, with the date', async () => {
    const run = await runCli(['check', folder, '--check-links', '--allow-private-hosts', '--format', 'json', '--today', '2026-11-27']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /guia: revisando 2 URL de descarga en la red…/);
    assert.match(run.stderr, /guia: 1 de 2 URL de descarga no respondieron \(basico-3b\)\./);
    // HEAD refused with 405 on the first: GET then; the relative path is a local file, never requested.
    assert.deepEqual(links.requests.map((request) => `${request.method} ${request.path}`).sort(), ['GET /sin-head.csv', 'HEAD /no-existe.csv', 'HEAD /sin-head.csv']);
    const output = JSON.parse(run.stdout) as {
      files: Array<{ path: string; diagnostics: Array<{ code: string; range: { start: { line: number } }; message: string; data: { rule: string } }> }>;
      links: { checkedAt: string; results: Array<{ url: string; ok: boolean; status: number; checkedAt: string }> };
    };
    const flagged = output.files.flatMap((file) => file.diagnostics).filter((diagnostic) => diagnostic.data.rule === 'url-no-disponible');
    assert.deepEqual(
      flagged.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line + 1]),
      [['basico-3b', 14]],
    );
    const today = new Date().toISOString().slice(0, 10);
    assert.match(flagged[0]!.message, new RegExp(`revisión de enlaces del ${today} recibió el estado HTTP 404`));
    assert.deepEqual(
      output.links.results.map((result) => [result.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''), result.ok, result.status]),
      [
        ['/no-existe.csv', false, 404],
        ['/sin-head.csv', true, 200],
      ],
    );
    assert.ok(output.links.results.every((result) => result.checkedAt.startsWith(today)));
  });

  it('ends the whole check at --links-deadline-s and reports progress on stderr', async () => {
    const slow = mkdtempSync(path.join(tmpdir(), 'guia-cli-plazo-'));
    try {
      const resources = Array.from({ length: 8 }, (_, i) => `  - title: Lento ${i}\n    downloadURL: ${links.base}/lento?n=${i}\n    mediaType: text/csv\n`).join('');
      writeFileSync(path.join(slow, 'lentos.dcat.yaml'), `identifier: lentos\ntitle: Lentos\ndistribution:\n${resources}`);
      const started = performance.now();
      const run = await runCli(['check', slow, '--check-links', '--allow-private-hosts', '--links-deadline-s', '2', '--format', 'json']);
      assert.ok(performance.now() - started < 20_000, `took ${Math.round(performance.now() - started)} ms`);
      assert.match(run.stderr, /enlaces revisados: \d+ de 8…|quedaron sin revisar/);
      assert.match(run.stderr, /8 URL de descarga quedaron sin revisar: se agotó el tiempo total de 2 s/);
    } finally {
      rmSync(slow, { recursive: true, force: true });
    }
  });

  it('rejects a value given to --check-links', async () => {
    const run = await runCli(['check', folder, '--check-links=si']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--check-links no lleva valor/);
  });
});
