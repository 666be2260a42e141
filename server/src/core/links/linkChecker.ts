import type { LinkCheckReport, LinkProblem, LinkResult } from './linkResults';

export interface LinkCheckOptions {
  /** Time allowed per URL, redirects included. */
  timeoutMs?: number;
  /** URLs requested at the same time. */
  concurrency?: number;
  /** Redirects followed before giving up. */
  maxRedirects?: number;
  /** Aborts the check (the user cancelled): pending URLs are not requested and the promise rejects. */
  signal?: AbortSignal;
  /** The clock, for tests. */
  now?: () => Date;
}

export const DEFAULT_LINK_CHECK = { timeoutMs: 10_000, concurrency: 6, maxRedirects: 5 } as const;

/** Statuses with which servers refuse HEAD while they would answer GET. */
const HEAD_REFUSED = new Set([403, 405, 501]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'guia-datos-abiertos (revisión de enlaces a petición)';

/**
 * Asks every URL whether it answers: HEAD first (nothing is downloaded), GET when the server refuses
 * HEAD (the body is dropped as soon as the status arrives). Only http and https are requested;
 * redirects are followed by hand, up to a cap, and only to http(s). Each URL is checked once,
 * with a timeout, at most `concurrency` at a time. Never throws for a URL: every outcome is a result.
 */
export async function checkLinks(urls: Iterable<string>, options: LinkCheckOptions = {}): Promise<LinkCheckReport> {
  const now = options.now ?? (() => new Date());
  const unique = [...new Set([...urls].map((url) => url.trim()).filter((url) => url !== ''))];
  const checkedAt = now().toISOString();
  const results: LinkResult[] = new Array(unique.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < unique.length) {
      options.signal?.throwIfAborted();
      const index = next++;
      results[index] = await checkLink(unique[index]!, options, now);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_LINK_CHECK.concurrency, unique.length));
  await Promise.all(Array.from({ length: workers }, worker));
  options.signal?.throwIfAborted();
  return { checkedAt, results };
}

/** Checks one URL; see `checkLinks`. */
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
      const response = await fetch(current, { method, redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT, accept: '*/*' } });
      // Only the status matters: a GET's body (maybe a whole dataset) is never read.
      await response.body?.cancel().catch(() => undefined);
      const place = redirects > 0 ? { finalUrl: current.href } : {};
      if (method === 'HEAD' && HEAD_REFUSED.has(response.status)) {
        method = 'GET';
        continue;
      }
      if (REDIRECTS.has(response.status)) {
        const location = response.headers.get('location');
        const target = location ? safeUrl(location, current) : undefined;
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
      return result(ok, { status: response.status, method, redirects, ...place, ...(ok ? {} : { problem: 'estado-http' as LinkProblem }) });
    }
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.signal.aborted) return result(false, { method, redirects, problem: 'tiempo-agotado' });
    return result(false, { method, redirects, problem: 'red', detail: errorCode(error) });
  } finally {
    clearTimeout(timer);
  }
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

/** The most specific code of a fetch failure: undici wraps the socket's error as its cause. */
function errorCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message : String(error);
}
