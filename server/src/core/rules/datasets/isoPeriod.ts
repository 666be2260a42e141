import { dayNumber } from '../../text/dates';

/**
 * ISO 8601 periods as DCAT's `temporal` holds them: a point (`2013`, `2014-01`, `2014-01-31`, a
 * date-time) or an interval of two points, or of a point and a duration (`2010/2012`,
 * `2014-01/2014-04`, `2010-01-01/P5Y`).
 */
export type PeriodVerdict = { valid: true } | { valid: false; reason: 'format'; suggestion?: string } | { valid: false; reason: 'descending'; start: string; end: string };

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;
const DURATION = /^P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:[.,]\d+)?S)?)?$/;

/** First and last calendar day a point covers (`2010` covers the whole year); undefined if not one. */
export function pointDays(text: string): { first: number; last: number } | undefined {
  const match = POINT.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), match[2], match[3]];
  if (month === undefined) return { first: dayNumber(`${year}-01-01`)!, last: dayNumber(`${year}-12-31`)! };
  const first = dayNumber(`${match[1]}-${month}-${day ?? '01'}`);
  if (first === undefined) return undefined;
  if (day !== undefined) return { first, last: first };
  const next = Number(month) === 12 ? dayNumber(`${year + 1}-01-01`)! : dayNumber(`${match[1]}-${String(Number(month) + 1).padStart(2, '0')}-01`)!;
  return { first, last: next - 1 };
}

export function checkPeriod(value: string): PeriodVerdict {
  const text = value.trim();
  if (pointDays(text)) return { valid: true };
  const parts = text.split('/');
  if (parts.length === 2) {
    const [start, end] = parts as [string, string];
    const from = pointDays(start);
    const to = pointDays(end);
    if (from && to) return from.first > to.last ? { valid: false, reason: 'descending', start, end } : { valid: true };
    if ((from && DURATION.test(end)) || (DURATION.test(start) && to)) return { valid: true };
  }
  return { valid: false, reason: 'format', suggestion: suggestPeriod(text) };
}

/** The ISO form of common non-ISO periods: `2010-2012` and `2010 a 2012` → `2010/2012`. */
function suggestPeriod(text: string): string | undefined {
  const years = /^(\d{4})\s*(?:-|–|—|a|al|hasta)\s*(\d{4})$/i.exec(text);
  if (years) {
    const [a, b] = [years[1]!, years[2]!];
    return Number(a) <= Number(b) ? `${a}/${b}` : `${b}/${a}`;
  }
  const months = /^(\d{1,2})[/-](\d{4})\s*(?:-|–|—|a|al)\s*(\d{1,2})[/-](\d{4})$/i.exec(text);
  if (months) {
    const pad = (month: string): string => month.padStart(2, '0');
    return `${months[2]}-${pad(months[1]!)}/${months[4]}-${pad(months[3]!)}`;
  }
  return undefined;
}
