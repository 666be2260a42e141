import { t } from '../l10n';
import { isIsoDate, isIsoDateOrDateTime, isIsoYearMonth } from '../text/dates';

/** How much of a date a field keeps: `modified` a date-time, the plan a day, the inventory a month. */
export type DatePrecision = 'datetime' | 'date' | 'month';

/** The outcome of reading one cell as a value of our format. */
export interface CellValue<T = string> {
  value: T;
  /** True when the text was rewritten (e.g. `7/29/2013` → `2013-07-29`). */
  converted: boolean;
  /** Why the original text was kept as it is; undefined when the value is fine. */
  kept?: string;
}

const MONTHS: Record<string, number> = {
  enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, may: 5, junio: 6, jun: 6,
  julio: 7, jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sep: 9, sept: 9, set: 9, octubre: 10, oct: 10,
  noviembre: 11, nov: 11, diciembre: 12, dic: 12,
};

const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap])?\.?\s*(?:m\.?)?(?:\s*(Z|UTC|[+-]\d{2}:?\d{2}))?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})${TIME}$`, 'i');
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})${TIME}$`, 'i');
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const YEAR_MONTH = /^(\d{4})[/.-](\d{1,2})$/;
const NAMED_MONTH = /^(?:(\d{1,2})\s*(?:de\s+|[/.-]\s*)?)?([a-záéíóú]+)\.?\s*(?:de(?:l)?\s+|[/.,-]\s*)?(\d{4}|\d{2})$/i;

interface Parts {
  year: number;
  month: number;
  day?: number;
  time?: { hour: number; minute: number; second: number; offset?: string };
}

/**
 * Rewrites a date from a spreadsheet in ISO 8601 when its meaning is certain: US `7/29/2013 9:00:00`
 * (29 cannot be a month), `29/07/2013`, `2013/07/29`, `julio de 2016`, `07/2016`. A date both US and
 * Mexican readings fit (`7/8/2013`) is kept as written, so the checker flags it for a person to
 * decide. Two-digit years follow Excel: 00-29 are 2000s, 30-99 are 1900s.
 */
export function normaliseDate(text: string, precision: DatePrecision): CellValue {
  const original = text.trim();
  if (alreadyIso(original, precision)) return { value: original, converted: false };
  if (precision !== 'datetime' && isIsoDateOrDateTime(original)) {
    // A valid ISO date with more detail than the field keeps: the day of `2016-07-01` for a month.
    return { value: original.slice(0, precision === 'month' ? 7 : 10), converted: true };
  }
  const readings = readDate(original);
  if (readings === undefined || readings.length === 0) {
    return { value: original, converted: false, kept: t('«{0}» no es una fecha reconocible; escríbela en ISO 8601 ({1}).', original, example(precision)) };
  }
  if (precision !== 'month' && readings.some((parts) => parts.day === undefined)) {
    return { value: original, converted: false, kept: t('A la fecha «{0}» le falta el día; escríbela como {1}.', original, example(precision)) };
  }
  const formatted = [...new Set(readings.map((parts) => format(parts, precision)))];
  if (formatted.length > 1) {
    return { value: original, converted: false, kept: t('La fecha «{0}» es ambigua: puede ser {1} o {2}. Escríbela en ISO 8601.', original, formatted[0]!, formatted[1]!) };
  }
  return { value: formatted[0]!, converted: formatted[0] !== original };
}

function alreadyIso(text: string, precision: DatePrecision): boolean {
  if (precision === 'datetime') return isIsoDateOrDateTime(text);
  if (precision === 'date') return isIsoDate(text);
  return isIsoYearMonth(text);
}

function example(precision: DatePrecision): string {
  return precision === 'datetime' ? 'AAAA-MM-DD o AAAA-MM-DDThh:mm:ss' : precision === 'date' ? 'AAAA-MM-DD' : 'AAAA-MM';
}

/** Every valid reading of a date text; undefined when the text is not shaped like a date at all. */
function readDate(text: string): Parts[] | undefined {
  let match = YEAR_FIRST.exec(text);
  if (match) {
    const time = readTime(match.slice(4));
    if (time === null) return [];
    return valid({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), ...(time ? { time } : {}) });
  }
  match = YEAR_LAST.exec(text);
  if (match) {
    const time = readTime(match.slice(4));
    if (time === null) return [];
    const year = fullYear(match[3]!);
    const [first, second] = [Number(match[1]), Number(match[2])];
    const withTime = time ? { time } : {};
    return [...valid({ year, month: first, day: second, ...withTime }), ...valid({ year, month: second, day: first, ...withTime })];
  }
  match = MONTH_YEAR.exec(text);
  if (match) return valid({ year: Number(match[2]), month: Number(match[1]) });
  match = YEAR_MONTH.exec(text);
  if (match) return valid({ year: Number(match[1]), month: Number(match[2]) });
  match = NAMED_MONTH.exec(text);
  if (match) {
    const month = MONTHS[match[2]!.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')];
    if (month === undefined) return undefined;
    return valid({ year: fullYear(match[3]!), month, ...(match[1] ? { day: Number(match[1]) } : {}) });
  }
  return undefined;
}

/** The time of day of a match's time groups; undefined when absent, null when impossible. */
function readTime(groups: Array<string | undefined>): Parts['time'] | null | undefined {
  const [hourText, minuteText, secondText, meridiem, zone] = groups;
  if (hourText === undefined) return undefined;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? 0);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (zone === undefined) return { hour, minute, second };
  // Ruby and SQL write offsets as -0500; ISO 8601's extended form is -05:00.
  const offset = /^(Z|UTC)$/i.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return { hour, minute, second, offset };
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function valid(parts: Parts): Parts[] {
  if (parts.month < 1 || parts.month > 12) return [];
  if (parts.day !== undefined) {
    const last = new Date(Date.UTC(parts.year, parts.month, 0)).getUTCDate();
    if (parts.day < 1 || parts.day > last) return [];
  }
  return [parts];
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The parts in ISO 8601 at the field's precision; a field that needs a day gets none invented. */
function format(parts: Parts, precision: DatePrecision): string {
  const month = `${String(parts.year).padStart(4, '0')}-${pad(parts.month)}`;
  if (precision === 'month' || parts.day === undefined) return month;
  const day = `${month}-${pad(parts.day)}`;
  if (precision === 'date' || !parts.time) return day;
  return `${day}T${pad(parts.time.hour)}:${pad(parts.time.minute)}:${pad(parts.time.second)}${parts.time.offset ?? ''}`;
}
