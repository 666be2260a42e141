import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The link checker's options for tests against `LinkTestServer`: exactly its address may be
 * connected to, besides public ones (which tests never name). Every other non-public address (the
 * IPv6 loopback, private networks, the metadata service) stays refused, so a redirect test can never
 * send traffic anywhere but this loopback server.
 */
export const TEST_SERVER_ONLY = { allowAddress: (address: string): boolean => address === '127.0.0.1' } as const;

/** A request the test server received. */
export interface SeenRequest {
  method: string;
  path: string;
}

/**
 * A local HTTP server on 127.0.0.1 with one route per situation a link check meets: answers, errors,
 * servers that refuse HEAD, redirect chains, a redirect to another scheme, one that never answers,
 * and a huge file whose download must not be read. It records every request, so tests can tell
 * whether anything reached the network at all.
 */
/** Where `/a-privada/<n>` redirects: loopback in other spellings, private ranges, the metadata service. */
export const PRIVATE_TARGETS = [
  'http://[::1]/datos.csv',
  'http://10.0.0.7/datos.csv',
  'http://169.254.169.254/latest/meta-data/',
  'http://192.168.1.1/admin',
  'http://[::ffff:7f00:1]/datos.csv',
  'http://0x7f000002/datos.csv',
] as const;

export class LinkTestServer {
  readonly requests: SeenRequest[] = [];
  /** Requests being answered right now, and the most there ever were at once. */
  inFlight = 0;
  maxInFlight = 0;
  /** Bytes of `/grande` actually sent before the client hung up. */
  bigBytesSent = 0;
  private readonly server: Server;
  private readonly hanging = new Set<ServerResponse>();

  constructor() {
    this.server = createServer((request, response) => this.handle(request, response));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this.base;
  }

  get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', this.base);
    const method = request.method ?? 'GET';
    this.requests.push({ method, path: url.pathname });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    response.on('close', () => this.inFlight--);
    const path = url.pathname;
    const redirect = /^\/redirige\/(\d+)$/.exec(path);
    if (path === '/ok.csv') return void response.writeHead(200, { 'content-type': 'text/csv' }).end(method === 'HEAD' ? undefined : 'a,b\n1,2\n');
    if (path === '/no-existe.csv') return void response.writeHead(404).end();
    if (path === '/error.csv') return void response.writeHead(500).end();
    if (path === '/sin-head.csv') return void response.writeHead(method === 'HEAD' ? 405 : 200).end();
    if (path === '/head-prohibido.csv') return void response.writeHead(method === 'HEAD' ? 403 : 200).end();
    if (path === '/prohibido.csv') return void response.writeHead(403).end();
    if (redirect) {
      const left = Number(redirect[1]);
      if (left === 0) return void response.writeHead(200).end();
      return void response.writeHead(302, { location: `/redirige/${left - 1}` }).end();
    }
    if (path === '/ciclo') return void response.writeHead(301, { location: '/ciclo' }).end();
    if (path === '/a-ftp') return void response.writeHead(302, { location: 'ftp://127.0.0.1/datos.csv' }).end();
    if (path === '/a-archivo') return void response.writeHead(302, { location: 'file:///etc/passwd' }).end();
    // Redirects into private networks: a public URL must not be a way in. Refused before any connection.
    const inward = /^\/a-privada\/(\d+)$/.exec(path);
    if (inward) return void response.writeHead(302, { location: PRIVATE_TARGETS[Number(inward[1])] }).end();
    if (path === '/lento') {
      this.hanging.add(response); // never answered: the client's timeout must end it
      return;
    }
    if (path === '/pausa') return void setTimeout(() => response.writeHead(200).end(), 30);
    if (path === '/grande') {
      if (method === 'HEAD') return void response.writeHead(405).end();
      response.writeHead(200, { 'content-type': 'text/csv' });
      // 200 MB in 64 KB chunks, written only as fast as the client reads.
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let left = 200 * 16;
      const write = (): void => {
        while (left > 0) {
          left--;
          this.bigBytesSent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      response.on('close', () => {
        left = 0;
      });
      return write();
    }
    response.writeHead(404).end();
  }
}
