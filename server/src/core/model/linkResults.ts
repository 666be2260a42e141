/**
 * The results of an on-demand link check: one per download URL, with the date it was asked. A
 * check is run only when the user asks (the `guia.checkLinks` command, `guia check --check-links`),
 * never automatically, and never in an untrusted workspace; basico-3b judges the last one run.
 */

/** Why a URL did not answer as a download should. */
export type LinkProblem =
  /** The server answered with an error status (4xx, 5xx) or an unusable redirect. */
  | 'estado-http'
  /** No answer within the time limit. */
  | 'tiempo-agotado'
  /** More redirects than the cap, or a redirect loop. */
  | 'demasiadas-redirecciones'
  /** Not http(s), or a redirect to another scheme: only http(s) URLs are requested. */
  | 'esquema-no-permitido'
  /** The connection failed: unknown host, refused, reset, TLS error. */
  | 'red'
  /**
   * The host is (or resolves to) a loopback, private, link-local, multicast or other non-public
   * address, on the first request or on a redirect: it was not asked (see `publicAddress.ts`).
   */
  | 'direccion-privada'
  /** The check's overall deadline passed before this URL's turn: it was not asked. */
  | 'sin-revisar';

export interface LinkResult {
  /** The URL as written in the metadata (trimmed). */
  url: string;
  /** When it was checked, as an ISO 8601 date and time. */
  checkedAt: string;
  /** Whether the URL (after redirects) answered with a 2xx status. */
  ok: boolean;
  /** The final status code, when a server answered. */
  status?: number;
  /** The method of the final request: HEAD, or GET when the server refused HEAD. */
  method?: 'HEAD' | 'GET';
  /** Redirects followed. */
  redirects: number;
  /** Where the redirects led, when there were any. */
  finalUrl?: string;
  problem?: LinkProblem;
  /** A technical detail of the failure (an error code such as ENOTFOUND). */
  detail?: string;
}

export interface LinkCheckReport {
  /** When the check started, as an ISO 8601 date and time. */
  checkedAt: string;
  results: LinkResult[];
}

/** The result of each URL of a report, by URL. */
export function resultsByUrl(report: LinkCheckReport): Map<string, LinkResult> {
  return new Map(report.results.map((result) => [result.url, result]));
}
