import { lookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { LookupAddress } from 'node:dns';
import type { LinkCheckReport, LinkResult } from '../model/linkResults';
import { isPublicAddress } from './publicAddress';

export interface LinkCheckOptions {
  /** Time allowed per URL, redirects included. */
  timeoutMs?: number;
  /** Time allowed for the whole check: URLs whose turn comes later are not asked (`sin-revisar`). */
  deadlineMs?: number;
  /** URLs requested at the same time. */
  concurrency?: number;
  /** Redirects followed before giving up. */
  maxRedirects?: number;
  /**
   * Also ask hosts on loopback, private and other non-public addresses. Only the command line's
   * `--allow-private-hosts` sets it (someone checking an intranet catalog on purpose); the server
   * never does, whatever a workspace says.
   */
  allowPrivateHosts?: boolean;
  /** Which resolved addresses may be connected to; by default the public ones (see `isPublicAddress`). Tests narrow it. */
  allowAddress?: (address: string) => boolean;
  /** Resolves a host name to its addresses; by default the system resolver. Tests replace it. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** Told after each URL is done, for progress reports. */
  onProgress?: (done: number, total: number) => void;
  /** Aborts the check (the user cancelled): pending URLs are not requested and the promise rejects. */
  signal?: AbortSignal;
  /** The clock, for tests. */
  now?: () => Date;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export const DEFAULT_LINK_CHECK = { timeoutMs: 10_000, concurrency: 6, maxRedirects: 5 } as const;

/** Statuses with which servers refuse HEAD while they would answer GET. */
const HEAD_REFUSED = new Set([403, 405, 501]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'guia-datos-abiertos (revisión de enlaces a petición)';

/**
 * Asks every URL whether it answers: HEAD first (nothing is downloaded), GET when the server refuses
 * HEAD (the body is dropped as soon as the status arrives). Only http and https are requested;
 * redirects are followed by hand, up to a cap, and only to http(s). Before each request (the first
 * and every redirect) the host is resolved and every address checked: a non-public one is refused
 * (`direccion-privada`), and the connection goes to the very address checked, so a second DNS
 * answer cannot swap in another. Each URL is checked once, with a timeout, at most `concurrency` at
 * a time, all within `deadlineMs` when given. Never throws for a URL: every outcome is a result.
 */
export async function checkLinks(urls: Iterable<string>, options: LinkCheckOptions = {}): Promise<LinkCheckReport> {
  const now = options.now ?? (() => new Date());
  const unique = [...new Set([...urls].map((url) => url.trim()).filter((url) => url !== ''))];
  const checkedAt = now().toISOString();
  const results = new Array<LinkResult>(unique.length);
  const deadline = new AbortController();
  const deadlineTimer = options.deadlineMs === undefined ? undefined : setTimeout(() => deadline.abort(), options.deadlineMs);
  const signal = options.signal ? eitherSignal(deadline.signal, options.signal) : deadline.signal;
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < unique.length) {
      options.signal?.throwIfAborted();
      const index = next++;
      const url = unique[index]!;
      results[index] = deadline.signal.aborted
        ? notChecked(url, now)
        : await checkLink(url, { ...options, signal }, now).catch((error: unknown) => {
            if (options.signal?.aborted) throw error;
            return notChecked(url, now);
          });
      options.onProgress?.(++done, unique.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_LINK_CHECK.concurrency, unique.length));
  try {
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    clearTimeout(deadlineTimer);
  }
  options.signal?.throwIfAborted();
  return { checkedAt, results };
}

function notChecked(url: string, now: () => Date): LinkResult {
  return { url, checkedAt: now().toISOString(), ok: false, redirects: 0, problem: 'sin-revisar' };
}

/** Checks one URL; see `checkLinks`. Rejects only when `options.signal` aborts. */
export async function checkLink(url: string, options: LinkCheckOptions = {}, now: () => Date = () => new Date()): Promise<LinkResult> {
  const checkedAt = now().toISOString();
  const result = (ok: boolean, fields: Partial<LinkResult>): LinkResult => ({ url, checkedAt, ok, redirects: 0, ...fields });
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return result(false, { problem: 'esquema-no-permitido', detail: 'URL no válida' });
  }
  if (!isHttp(current)) return result(false, { problem: 'esquema-no-permitido', detail: current.protocol });

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? DEFAULT_LINK_CHECK.timeoutMs);
  const signal = options.signal ? eitherSignal(timeout.signal, options.signal) : timeout.signal;
  const maxRedirects = options.maxRedirects ?? DEFAULT_LINK_CHECK.maxRedirects;
  let method: 'HEAD' | 'GET' = 'HEAD';
  let redirects = 0;
  const visited = new Set<string>([current.href]);
  try {
    for (;;) {
      const place = redirects > 0 ? { finalUrl: current.href } : {};
      // A resolver that never answers must not outlast the timeout either.
      const destination = await untilAborted(allowedDestination(current, options), signal);
      if ('refused' in destination) return result(false, { method, redirects, ...place, problem: 'direccion-privada', detail: destination.refused });
      const response = await request(current, method, destination, signal);
      if (method === 'HEAD' && HEAD_REFUSED.has(response.status)) {
        method = 'GET';
        continue;
      }
      if (REDIRECTS.has(response.status)) {
        const target = response.location ? safeUrl(response.location, current) : undefined;
        if (!target) return result(false, { status: response.status, method, redirects, ...place, problem: 'estado-http', detail: 'redirección sin destino válido' });
        if (!isHttp(target)) return result(false, { status: response.status, method, redirects, finalUrl: target.href, problem: 'esquema-no-permitido', detail: target.protocol });
        redirects++;
        if (redirects > maxRedirects || visited.has(target.href)) {
          return result(false, { status: response.status, method, redirects, finalUrl: target.href, problem: 'demasiadas-redirecciones' });
        }
        visited.add(target.href);
        current = target;
        continue;
      }
      const ok = response.status >= 200 && response.status < 300;
      return result(ok, { status: response.status, method, redirects, ...place, ...(ok ? {} : { problem: 'estado-http' }) });
    }
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.signal.aborted) return result(false, { method, redirects, problem: 'tiempo-agotado' });
    return result(false, { method, redirects, problem: 'red', detail: errorCode(error) });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The address to connect to for `url`, or why none may be: the host's addresses (the host itself
 * when it is an IP literal, in whatever spelling the URL parser normalised), every one of which
 * must be allowed. A host that answers with a public and a private address is refused: which one
 * a connection would reach is not ours to choose.
 */
async function allowedDestination(url: URL, options: LinkCheckOptions): Promise<ResolvedAddress[] | { refused: string }> {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const literal = isIP(host);
  const addresses: ResolvedAddress[] = literal !== 0 ? [{ address: host, family: literal as 4 | 6 }] : await (options.resolve ?? systemResolve)(host);
  if (addresses.length === 0) throw Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' });
  const allowed = options.allowPrivateHosts ? () => true : (options.allowAddress ?? isPublicAddress);
  const refused = addresses.find((entry) => !allowed(entry.address));
  return refused ? { refused: refused.address } : addresses;
}

async function systemResolve(hostname: string): Promise<ResolvedAddress[]> {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
}

/**
 * One request, connected to one of the `destination` addresses (all checked; tried in order, as
 * Node tries a name's addresses) whatever the host name resolves to by then (the custom `lookup`),
 * with no shared keep-alive socket. Only the status and `Location` are read: the body
 * (maybe a whole dataset) is dropped unread.
 */
function request(url: URL, method: 'HEAD' | 'GET', destination: readonly ResolvedAddress[], signal: AbortSignal): Promise<{ status: number; location: string | undefined }> {
  const first = destination[0]!;
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, [...destination]);
    else callback(null, first.address, first.family);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(url, { method, agent: false, lookup: pinned, signal, headers: { 'user-agent': USER_AGENT, accept: '*/*' } }, (response) => {
      const location = response.headers.location;
      resolve({ status: response.statusCode ?? 0, location });
      response.destroy();
      outgoing.destroy();
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** `promise`, or a rejection as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** Aborts when either signal does (`AbortSignal.any` is missing from older Node versions). */
function eitherSignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  const both = new AbortController();
  const abort = (): void => both.abort();
  if (a.aborted || b.aborted) abort();
  a.addEventListener('abort', abort, { once: true });
  b.addEventListener('abort', abort, { once: true });
  return both.signal;
}

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

function safeUrl(location: string, base: URL): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}

/** The most specific code of a request's failure (a wrapped error keeps the socket's as its cause). */
function errorCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message : String(error);
}
