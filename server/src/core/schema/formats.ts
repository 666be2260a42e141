import { isMediaType, isPeriodicity } from '../catalog/vocabularies';
import { isIsoDate, isIsoDateOrDateTime } from '../text/dates';

/**
 * The string formats our schemas name. They are plain functions so that rules, quick fixes and
 * the schema validator agree on what "well formed" means.
 */
export const FORMATS = {
  date: isIsoDate,
  'fecha-iso8601': isIsoDateOrDateTime,
  correo: isEmail,
  url: isWebUrl,
  'url-descarga': isDownloadUrl,
  periodicidad: isPeriodicity,
  'tipo-mime': isMediaType,
} as const satisfies Record<string, (value: string) => boolean>;

export type FormatName = keyof typeof FORMATS;

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** An email address; DCAT files often write it as a `mailto:` URI, which we accept too. */
export function isEmail(value: string): boolean {
  const address = value.trim().replace(/^mailto:/i, '');
  return address.length <= 254 && EMAIL.test(address);
}

/**
 * The addresses of a field that holds several where one is expected, as ADELA's catalogs often do
 * (`a@sedesol.gob.mx; b@sedesol.gob.mx`, or separated by commas, spaces or « y »); undefined unless
 * there are two or more and every one is an address.
 */
export function severalEmails(value: string): string[] | undefined {
  const parts = value
    .trim()
    .split(/\s*[;,/]\s*|\s+(?:y|e|and)\s+|\s+/i)
    .filter((part) => part !== '');
  return parts.length >= 2 && parts.every(isEmail) ? parts.map((part) => part.replace(/^mailto:/i, '')) : undefined;
}

/** An absolute http(s) or ftp URL with a host. */
export function isWebUrl(value: string): boolean {
  if (/\s/.test(value.trim())) return false;
  try {
    const url = new URL(value.trim());
    return ['http:', 'https:', 'ftp:'].includes(url.protocol) && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * The URL written with what must be escaped escaped (`a b.csv` → `a%20b.csv`), as a browser sends it;
 * undefined when the text is not an absolute http(s) or ftp URL even then, or needs no escaping.
 */
export function escapedUrl(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^(https?|ftp):\/\/[^\s/]/i.test(trimmed)) return undefined;
  try {
    const href = new URL(trimmed).href;
    return href !== trimmed && isWebUrl(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A download URL: an absolute web URL, or a path relative to the metadata file for data kept in the
 * workspace (the local data checks read it; a rule asks for an absolute URL before publishing).
 */
export function isDownloadUrl(value: string): boolean {
  const trimmed = value.trim();
  if (isWebUrl(trimmed)) return true;
  return isRelativePath(trimmed);
}

export function isRelativePath(value: string): boolean {
  return value.length > 0 && !/^[a-z][a-z0-9+.-]*:/i.test(value) && !/\s/.test(value) && !value.startsWith('//');
}
