import type { PlainObject } from '../adela/importModel';
import type { PlainValue } from '../parse/sourceTree';
import { isWebUrl } from '../schema/formats';
import { isIsoDate, isIsoDateOrDateTime } from '../text/dates';

/** Values of the workspace as JSON-LD values that every RDF reader takes the same way. */

/** A Spanish text literal. */
export function literal(value: string): PlainObject {
  return { '@value': value, '@language': 'es' };
}

/** The non-empty strings of a string or a list. */
export function strings(value: PlainValue | undefined): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim()) : [];
}

/**
 * An absolute web URL as an IRI an RDF reader accepts (spaces and other characters an IRI may not
 * hold percent-encoded by the URL parser); undefined for a relative path or anything else.
 */
export function webIri(value: string | undefined): string | undefined {
  if (value === undefined || !isWebUrl(value)) return undefined;
  return new URL(value.trim()).href.replace(/[<>"{}|^`\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

const DATE_TIME_WITHOUT_SECONDS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})?$/;

/** An ISO date or date-time as a typed literal (xsd:dateTime needs seconds: `T09:00` gains `:00`). */
export function dateLiteral(value: string): PlainObject | undefined {
  const trimmed = value.trim();
  if (isIsoDate(trimmed)) return { '@value': trimmed, '@type': 'xsd:date' };
  if (!isIsoDateOrDateTime(trimmed)) return undefined;
  const short = DATE_TIME_WITHOUT_SECONDS.exec(trimmed);
  return { '@value': short ? `${short[1]}:00${short[2] ?? ''}` : trimmed, '@type': 'xsd:dateTime' };
}

/** A point of the temporal coverage: a year, a month, a date or a date-time. */
function point(value: string): PlainObject | undefined {
  if (/^\d{4}$/.test(value)) return { '@value': value, '@type': 'xsd:gYear' };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return { '@value': value, '@type': 'xsd:gYearMonth' };
  return dateLiteral(value);
}

/** `2010/2020`, `2013` or `2014-01/2014-04` as a `dct:PeriodOfTime` with start and end. */
export function period(value: string): PlainObject {
  const [startText, endText, ...rest] = value.split('/').map((part) => part.trim());
  const start = startText ? point(startText) : undefined;
  const end = endText === undefined ? start : point(endText);
  if (rest.length === 0 && start && end) return { '@type': 'dct:PeriodOfTime', 'dcat:startDate': start, 'dcat:endDate': end };
  return { '@type': 'dct:PeriodOfTime', 'rdfs:label': literal(value.trim()) };
}
