import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { checkLink, checkLinks } from '../../../server/src/core/links/linkChecker';
import { LinkTestServer } from '../../support/linkServer';

describe('link checker (against a local HTTP server on 127.0.0.1)', () => {
  const server = new LinkTestServer();
  let base = '';

  before(async () => {
    base = await server.start();
  });
  after(async () => {
    await server.stop();
  });

  it('accepts a URL that answers HEAD with 200, without a GET', async () => {
    const before = server.requests.length;
    const result = await checkLink(`${base}/ok.csv`);
    assert.equal(result.ok, true);
    assert.equal(result.status, 200);
    assert.equal(result.method, 'HEAD');
    assert.deepEqual(server.requests.slice(before).map((request) => request.method), ['HEAD']);
  });

  it('reports 404 and 500 as not answering, with their status', async () => {
    const missing = await checkLink(`${base}/no-existe.csv`);
    assert.deepEqual([missing.ok, missing.status, missing.problem], [false, 404, 'estado-http']);
    const failing = await checkLink(`${base}/error.csv`);
    assert.deepEqual([failing.ok, failing.status, failing.problem], [false, 500, 'estado-http']);
  });

  it('falls back to GET when the server refuses HEAD (405 or 403)', async () => {
    for (const path of ['/sin-head.csv', '/head-prohibido.csv']) {
      const result = await checkLink(base + path);
      assert.deepEqual([result.ok, result.status, result.method], [true, 200, 'GET'], path);
    }
    const forbidden = await checkLink(`${base}/prohibido.csv`);
    assert.deepEqual([forbidden.ok, forbidden.status, forbidden.method], [false, 403, 'GET']);
  });

  it('drops the body of a GET as soon as the status arrives: a 200 MB file is not downloaded', async () => {
    const result = await checkLink(`${base}/grande`);
    assert.deepEqual([result.ok, result.method], [true, 'GET']);
    // Whatever the socket buffers took, far less than the file: the download was cut short.
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(server.bigBytesSent < 20 * 1024 * 1024, `${server.bigBytesSent} bytes sent`);
  });

  it('follows redirects up to the cap and no further', async () => {
    const within = await checkLink(`${base}/redirige/3`, { maxRedirects: 3 });
    assert.deepEqual([within.ok, within.redirects, within.finalUrl], [true, 3, `${base}/redirige/0`]);
    const beyond = await checkLink(`${base}/redirige/10`, { maxRedirects: 3 });
    assert.deepEqual([beyond.ok, beyond.problem, beyond.redirects], [false, 'demasiadas-redirecciones', 4]);
    const loop = await checkLink(`${base}/ciclo`);
    assert.deepEqual([loop.ok, loop.problem], [false, 'demasiadas-redirecciones']);
  });

  it('never follows a redirect out of http(s)', async () => {
    for (const path of ['/a-ftp', '/a-archivo']) {
      const result = await checkLink(base + path);
      assert.deepEqual([result.ok, result.problem], [false, 'esquema-no-permitido'], path);
      assert.match(result.finalUrl ?? '', /^(ftp|file):/);
    }
  });

  it('gives up on a server that does not answer, after the timeout', async () => {
    const result = await checkLink(`${base}/lento`, { timeoutMs: 200 });
    assert.deepEqual([result.ok, result.problem], [false, 'tiempo-agotado']);
  });

  it('does not request URLs that are not http(s)', async () => {
    const before = server.requests.length;
    for (const url of ['ftp://127.0.0.1/datos.csv', 'file:///etc/passwd', 'javascript:alert(1)', 'no es una url']) {
      const result = await checkLink(url);
      assert.deepEqual([result.ok, result.problem], [false, 'esquema-no-permitido'], url);
    }
    assert.equal(server.requests.length, before);
  });

  it('reports a refused connection as a network problem', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const result = await checkLink(`http://127.0.0.1:${port}/datos.csv`);
    assert.deepEqual([result.ok, result.problem, result.detail], [false, 'red', 'ECONNREFUSED']);
  });

  it('checks each URL once, at most `concurrency` at a time, and dates every result', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `${base}/pausa?n=${i}`);
    server.maxInFlight = 0;
    const before = server.requests.length;
    const when = new Date('2026-11-27T10:00:00Z');
    const report = await checkLinks([...urls, ...urls, `  ${urls[0]}  `], { concurrency: 3, now: () => when });
    assert.equal(report.results.length, 12);
    assert.equal(server.requests.length - before, 12);
    assert.ok(server.maxInFlight <= 3, `at most 3 at once, saw ${server.maxInFlight}`);
    assert.equal(report.checkedAt, '2026-11-27T10:00:00.000Z');
    assert.ok(report.results.every((result) => result.ok && result.checkedAt === '2026-11-27T10:00:00.000Z'));
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const pending = checkLinks([`${base}/lento`, `${base}/ok.csv`], { concurrency: 1, signal: controller.signal, timeoutMs: 60_000 });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending);
  });
});
