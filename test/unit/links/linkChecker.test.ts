import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { checkLink, checkLinks, type ResolvedAddress } from '../../../server/src/core/links/linkChecker';
import { isPublicAddress } from '../../../server/src/core/links/publicAddress';
import { LinkTestServer, PRIVATE_TARGETS, TEST_SERVER_ONLY } from '../../support/linkServer';

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
    const result = await checkLink(`${base}/ok.csv`, TEST_SERVER_ONLY);
    assert.equal(result.ok, true);
    assert.equal(result.status, 200);
    assert.equal(result.method, 'HEAD');
    assert.deepEqual(
      server.requests.slice(before).map((request) => request.method),
      ['HEAD'],
    );
  });

  it('reports 404 and 500 as not answering, with their status', async () => {
    const missing = await checkLink(`${base}/no-existe.csv`, TEST_SERVER_ONLY);
    assert.deepEqual([missing.ok, missing.status, missing.problem], [false, 404, 'estado-http']);
    const failing = await checkLink(`${base}/error.csv`, TEST_SERVER_ONLY);
    assert.deepEqual([failing.ok, failing.status, failing.problem], [false, 500, 'estado-http']);
  });

  it('falls back to GET when the server refuses HEAD (405 or 403)', async () => {
    for (const path of ['/sin-head.csv', '/head-prohibido.csv']) {
      const result = await checkLink(base + path, TEST_SERVER_ONLY);
      assert.deepEqual([result.ok, result.status, result.method], [true, 200, 'GET'], path);
    }
    const forbidden = await checkLink(`${base}/prohibido.csv`, TEST_SERVER_ONLY);
    assert.deepEqual([forbidden.ok, forbidden.status, forbidden.method], [false, 403, 'GET']);
  });

  it('drops the body of a GET as soon as the status arrives: a 200 MB file is not downloaded', async () => {
    const result = await checkLink(`${base}/grande`, TEST_SERVER_ONLY);
    assert.deepEqual([result.ok, result.method], [true, 'GET']);
    // Whatever the socket buffers took, far less than the file: the download was cut short.
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(server.bigBytesSent < 20 * 1024 * 1024, `${server.bigBytesSent} bytes sent`);
  });

  it('follows redirects up to the cap and no further', async () => {
    const within = await checkLink(`${base}/redirige/3`, { maxRedirects: 3, ...TEST_SERVER_ONLY });
    assert.deepEqual([within.ok, within.redirects, within.finalUrl], [true, 3, `${base}/redirige/0`]);
    const beyond = await checkLink(`${base}/redirige/10`, { maxRedirects: 3, ...TEST_SERVER_ONLY });
    assert.deepEqual([beyond.ok, beyond.problem, beyond.redirects], [false, 'demasiadas-redirecciones', 4]);
    const loop = await checkLink(`${base}/ciclo`, TEST_SERVER_ONLY);
    assert.deepEqual([loop.ok, loop.problem], [false, 'demasiadas-redirecciones']);
  });

  it('never follows a redirect out of http(s)', async () => {
    for (const path of ['/a-ftp', '/a-archivo']) {
      const result = await checkLink(base + path, TEST_SERVER_ONLY);
      assert.deepEqual([result.ok, result.problem], [false, 'esquema-no-permitido'], path);
      assert.match(result.finalUrl ?? '', /^(ftp|file):/);
    }
  });

  it('gives up on a server that does not answer, after the timeout', async () => {
    const result = await checkLink(`${base}/lento`, { timeoutMs: 200, ...TEST_SERVER_ONLY });
    assert.deepEqual([result.ok, result.problem], [false, 'tiempo-agotado']);
  });

  it('does not request URLs that are not http(s)', async () => {
    const before = server.requests.length;
    for (const url of ['ftp://127.0.0.1/datos.csv', 'file:///etc/passwd', 'javascript:alert(1)', 'no es una url']) {
      const result = await checkLink(url, TEST_SERVER_ONLY);
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
    const result = await checkLink(`http://127.0.0.1:${port}/datos.csv`, TEST_SERVER_ONLY);
    assert.deepEqual([result.ok, result.problem, result.detail], [false, 'red', 'ECONNREFUSED']);
  });

  it('checks each URL once, at most `concurrency` at a time, and dates every result', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `${base}/pausa?n=${i}`);
    server.maxInFlight = 0;
    const before = server.requests.length;
    const when = new Date('2026-11-27T10:00:00Z');
    const report = await checkLinks([...urls, ...urls, `  ${urls[0]}  `], { concurrency: 3, now: () => when, ...TEST_SERVER_ONLY });
    assert.equal(report.results.length, 12);
    assert.equal(server.requests.length - before, 12);
    assert.ok(server.maxInFlight <= 3, `at most 3 at once, saw ${server.maxInFlight}`);
    assert.equal(report.checkedAt, '2026-11-27T10:00:00.000Z');
    assert.ok(report.results.every((result) => result.ok && result.checkedAt === '2026-11-27T10:00:00.000Z'));
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const pending = checkLinks([`${base}/lento`, `${base}/ok.csv`], { concurrency: 1, signal: controller.signal, timeoutMs: 60_000, ...TEST_SERVER_ONLY });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending);
  });

  it('refuses every spelling of a non-public host before connecting, unless private hosts are allowed', async () => {
    const port = new URL(base).port;
    const before = server.requests.length;
    const spellings = [
      '127.0.0.1',
      '0x7f000001',
      '2130706433',
      '0177.0.0.1',
      '127.1',
      '[::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
      '[0:0:0:0:0:ffff:7f00:1]',
      'localhost',
      '0.0.0.0',
      '[::]',
    ];
    for (const host of spellings) {
      const result = await checkLink(`http://${host}:${port}/ok.csv`);
      assert.deepEqual([result.ok, result.problem], [false, 'direccion-privada'], host);
    }
    // The same without the default policy's refusal reaches the loopback server.
    const allowed = await checkLink(`${base}/ok.csv`, { allowPrivateHosts: true });
    assert.equal(allowed.ok, true);
    assert.equal(server.requests.length - before, 1);
  });

  it('refuses a host name that resolves to a private address, or to a public and a private one', async () => {
    const names: Record<string, ResolvedAddress[]> = {
      'interno.ejemplo': [{ address: '10.1.2.3', family: 4 }],
      'mixto.ejemplo': [
        { address: '93.184.216.34', family: 4 },
        { address: '192.168.0.10', family: 4 },
      ],
      'metadatos.ejemplo': [{ address: '169.254.169.254', family: 4 }],
      'seis.ejemplo': [{ address: 'fe80::1', family: 6 }],
    };
    const resolve = async (host: string): Promise<ResolvedAddress[]> => names[host] ?? [];
    for (const host of Object.keys(names)) {
      const result = await checkLink(`https://${host}/datos.csv`, { resolve });
      assert.deepEqual([result.ok, result.problem], [false, 'direccion-privada'], host);
      assert.ok(result.detail && !isPublicAddress(result.detail), `${host}: ${result.detail}`);
    }
  });

  it('connects to the address it checked: a name resolved once is not looked up again', async () => {
    // The resolver answers the test server's address once, then a private one (DNS rebinding).
    let lookups = 0;
    const resolve = async (): Promise<ResolvedAddress[]> => (lookups++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.0.0.1', family: 4 }]);
    const port = new URL(base).port;
    const result = await checkLink(`http://datos.ejemplo:${port}/ok.csv`, { resolve, ...TEST_SERVER_ONLY });
    assert.deepEqual([result.ok, result.status], [true, 200]);
    assert.equal(lookups, 1);
  });

  it('refuses a redirect from an allowed URL into a private network, without following it', async () => {
    for (const [index, target] of PRIVATE_TARGETS.entries()) {
      const result = await checkLink(`${base}/a-privada/${index}`, TEST_SERVER_ONLY);
      assert.deepEqual([result.ok, result.problem, result.redirects, result.finalUrl], [false, 'direccion-privada', 1, new URL(target).href], target);
    }
  });

  it('stops asking at the overall deadline: the URLs left are marked as not checked', async () => {
    const urls = [`${base}/lento`, `${base}/ok.csv`, `${base}/ok.csv?otra`];
    const started = performance.now();
    const report = await checkLinks(urls, { concurrency: 1, timeoutMs: 60_000, deadlineMs: 150, ...TEST_SERVER_ONLY });
    assert.ok(performance.now() - started < 5_000);
    assert.deepEqual(
      report.results.map((result) => result.problem),
      ['sin-revisar', 'sin-revisar', 'sin-revisar'],
    );
  });

  it('gives up on a host name whose resolution never ends, after the timeout', async () => {
    const result = await checkLink('https://lento.ejemplo/datos.csv', { timeoutMs: 200, resolve: () => new Promise<ResolvedAddress[]>(() => undefined) });
    assert.deepEqual([result.ok, result.problem], [false, 'tiempo-agotado']);
  });

  it('reports progress after each URL', async () => {
    const seen: string[] = [];
    await checkLinks([`${base}/ok.csv`, `${base}/no-existe.csv`], { ...TEST_SERVER_ONLY, onProgress: (done, total) => seen.push(`${done}/${total}`) });
    assert.deepEqual(seen, ['1/2', '2/2']);
  });
});

describe('public addresses', () => {
  it('accepts public unicast IPv4 and IPv6 and refuses every special-purpose range', () => {
    for (const address of ['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '[2001:4860:4860::8888]', '::ffff:8.8.8.8']) {
      assert.equal(isPublicAddress(address), true, address);
    }
    for (const address of [
      '0.0.0.0',
      '10.0.0.1',
      '100.64.0.1',
      '127.0.0.1',
      '169.254.169.254',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '192.0.2.1',
      '198.18.0.1',
      '224.0.0.1',
      '239.255.255.250',
      '255.255.255.255',
      '::',
      '::1',
      '[::1]',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '::ffff:169.254.169.254',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      'ff02::1',
      '2001:db8::1',
      '2002:7f00:1::1',
      '64:ff9b::7f00:1',
      '::127.0.0.1',
      'no es una dirección',
    ]) {
      assert.equal(isPublicAddress(address), false, address);
    }
  });
});
