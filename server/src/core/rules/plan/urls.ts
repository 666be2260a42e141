import { isWebUrl } from '../../schema/formats';

/** The host of the national open-data portal that tools must link to. */
const PORTAL_HOST = 'datos.gob.mx';

function parsedWebUrl(text: string): URL | undefined {
  const trimmed = text.trim();
  if (!isWebUrl(trimmed)) return undefined;
  try {
    return new URL(trimmed);
  } catch {
    return undefined;
  }
}

/**
 * How two URLs are compared when a plan cites a dataset's URL: host (any case), path without a
 * trailing slash and query. The scheme and fragment are left out, since `http:` and `https:` or an
 * anchor still lead to the same file a person was sent to.
 */
export function urlKey(text: string): string | undefined {
  const url = parsedWebUrl(text);
  if (!url) return undefined;
  return `${url.hostname.toLowerCase()}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** A URL on datos.gob.mx (or one of its subdomains). */
export function isPortalUrl(text: string): boolean {
  const host = parsedWebUrl(text)?.hostname.toLowerCase();
  return host !== undefined && (host === PORTAL_HOST || host.endsWith(`.${PORTAL_HOST}`));
}

/** The page of one dataset on datos.gob.mx, such as `https://datos.gob.mx/busca/dataset/rezago-social`. */
export function isPortalDatasetPage(text: string): boolean {
  const url = parsedWebUrl(text);
  return url !== undefined && isPortalUrl(text) && /\/dataset\/[^/]+/.test(url.pathname);
}
