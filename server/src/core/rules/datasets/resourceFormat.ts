import { findMediaType, mediaTypeForFormat, type MediaTypeInfo } from '../../catalog/vocabularies';
import type { DistributionFacts } from '../../check/facts';
import { currentMessageLanguage } from '../../l10n';
import { stringValue, valueOf } from '../../parse/sourceTree';

/**
 * The format of a resource as the guide rates it: its `mediaType`, or, when that is missing or
 * written as a format name (`CSV`, `XLSX`), ADELA's `format` field or the download URL's extension.
 * Undefined when none of them names a format the vocabulary knows.
 */
export function resourceFormat(resource: DistributionFacts): MediaTypeInfo | undefined {
  const mediaType = resource.mediaType?.trim();
  if (mediaType) {
    const known = findMediaType(mediaType) ?? mediaTypeForFormat(mediaType);
    if (known) return known;
    // A well-formed type the vocabulary does not know says nothing about openness either way.
    if (mediaType.includes('/')) return undefined;
  }
  const format = stringValue(valueOf(resource.node, 'format'))?.trim();
  const byFormat = format ? mediaTypeForFormat(format) : undefined;
  if (byFormat) return byFormat;
  const extension = /\.([a-z0-9]{2,7})$/i.exec((resource.downloadURL ?? '').split(/[?#]/)[0]!)?.[1];
  return extension ? mediaTypeForFormat(extension) : undefined;
}

/** A format's name in the language of the messages, e.g. «Excel (propietario)». */
export function formatName(info: MediaTypeInfo): string {
  return currentMessageLanguage() === 'en' ? info.en : info.es;
}

/** ADELA's openness stars of a resource: those of its format, or 1 for a format the guide does not rate. */
export function resourceStars(resource: DistributionFacts): number {
  return resourceFormat(resource)?.stars ?? 1;
}

/**
 * Whether a resource is a web service or feed rather than a file: a feed type (RSS, Atom), or a
 * service type (JSON, XML) served from an address that does not name a file (no extension, or a query).
 */
export function isWebService(resource: DistributionFacts): boolean {
  const info = resourceFormat(resource);
  if (!info?.service) return false;
  if (/rss|atom/.test(info.mediaType)) return true;
  const url = resource.downloadURL?.trim() ?? '';
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').pop() ?? '';
    return parsed.search !== '' || !last.includes('.');
  } catch {
    return false;
  }
}
