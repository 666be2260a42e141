import { stripAccents } from './accents';

/**
 * The one reader of dates written by people instead of in ISO 8601: spreadsheet cells, ADELA's
 * exports (`7/29/2013 9:00:00`), a `modified` typed by hand. The importer, the rules' suggestions and
 * the CSV cell checks all read dates here, so a text means the same date everywhere.
 *
 * - Two-digit years follow Excel's pivot: 00–29 are 2000–2029, 30–99 are 1930–1999 (`15/07/85` is
 *   1985-07-15, `1/2/13` is in 2013).
 * - `n/n/yyyy` is read both day-first (Mexican) and month-first (US); a reading only counts when the
 *   calendar has it. `7/29/2013` has one reading (29 cannot be a month) and proves its order;
 *   `7/8/2013` has two and stays ambiguous unless other dates of the same column prove an order.
 * - Month names in Spanish and English, full or abbreviated (`29 Aug 2013`, `julio de 2016`).
 * - ISO 8601's basic form `20140214` (CONEVAL's first catalog for datos.gob.mx wrote `modified` so),
 *   only where a date is expected, for the metadata's extended form (`2014-02-14`) that DCAT
 *   requires. In a table cell eight digits are a key or an amount (and a data file may use the
 *   basic form: it is ISO 8601 too, see `data/cellPatterns.ts`).
 */

/** The order of day and month in `03/04/2013`: proven by a date like 29/07 or 7/29, or unknown. */
export type DayOrder = 'day-first' | 'month-first' | 'unknown';

/**
 * Where the text comes from. `date`: a value known to be a date (a date column, `modified`, an
 * import's date cell), so dotted dates (`29.07.2013`), two-digit years, `2013-7-29` and month-only
 * forms (`07/2016`, `julio de 2016`) count. `cell`: any cell of a table, where `2019.3.9` is a
 * version and `10/12` a fraction, so only unmistakable forms count.
 */
export type DateContext = 'date' | 'cell';

/** A calendar date (or month) and its time of day, as read from a text. */
export interface DateParts {
  year: number;
  month: number;
  day?: number;
  time?: { hour: number; minute: number; second: number; offset?: string };
}

/** One reading of a written date, with the order of day and month it assumes. */
export interface DateReading extends DateParts {
  /** `day-first` or `month-first` for `n/n/yyyy`; `unknown` when the form leaves no choice. */
  order: DayOrder;
}

/** A text shaped like a date. */
export interface WrittenDate {
  /** Every reading the calendar has: none for `31/02/2013`, two for `7/8/2013`. */
  readings: DateReading[];
  /** The order the numbers themselves prove (`29/07` day-first, `7/29` month-first), else unknown. */
  evidence: DayOrder;
}

/** Two-digit years below this are in the 2000s, the others in the 1900s (Excel's rule). */
export const TWO_DIGIT_YEAR_PIVOT = 30;

/** Years a table of public data plausibly holds; outside them `1.2.3000` is not a date. */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2200;

const MONTHS: Record<string, number> = {
  enero: 1,
  ene: 1,
  january: 1,
  jan: 1,
  febrero: 2,
  feb: 2,
  february: 2,
  marzo: 3,
  mar: 3,
  march: 3,
  abril: 4,
  abr: 4,
  april: 4,
  apr: 4,
  mayo: 5,
  may: 5,
  junio: 6,
  jun: 6,
  june: 6,
  julio: 7,
  jul: 7,
  july: 7,
  agosto: 8,
  ago: 8,
  august: 8,
  aug: 8,
  septiembre: 9,
  setiembre: 9,
  sep: 9,
  sept: 9,
  set: 9,
  september: 9,
  octubre: 10,
  oct: 10,
  october: 10,
  noviembre: 11,
  nov: 11,
  november: 11,
  diciembre: 12,
  dic: 12,
  december: 12,
  dec: 12,
};

/**
 * The two numeric forms, day-month-year and year-month-day, each with an optional time of day. A
 * separator used once must be used again: `29/07-2013` is not a date. Built in a call marked pure so
 * that a bundle reaching this module only through imports it does not use (the client's) drops it.
 */
const NUMERIC = /* @__PURE__ */ (() => {
  const time = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap])?\.?\s*(?:m\.?)?(?:\s*(Z|UTC|[+-]\d{2}:?\d{2}))?)?`;
  return {
    dayMonthYear: new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${time}$`, 'i'),
    yearMonthDay: new RegExp(String.raw`^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})${time}$`, 'i'),
  };
})();
const BASIC_FORM = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const YEAR_MONTH = /^(\d{4})[/.-](\d{1,2})$/;
const NAMED_MONTH = /^(?:(\d{1,2})\s*(?:de\s+|[/.-]\s*)?)?([a-záéíóú]+)\.?\s*(?:del?\s+|[/.,-]\s*)?(\d{4}|\d{2})$/i;

/** The text read as a date, or undefined when it is not shaped like one in this context. */
export function readWrittenDate(text: string, context: DateContext): WrittenDate | undefined {
  const value = text.trim();
  const lenient = context === 'date';
  let match = NUMERIC.dayMonthYear.exec(value);
  if (match && (lenient || (match[2] !== '.' && match[4]!.length === 4))) {
    const [first, second] = [Number(match[1]), Number(match[3])];
    const year = fullYear(match[4]!);
    if (!couldBeDayAndMonth(first, second) || !plausibleYear(year)) return undefined;
    const time = readTime(match.slice(5));
    const evidence: DayOrder = first > 12 ? 'day-first' : second > 12 ? 'month-first' : 'unknown';
    if (time === null) return { readings: [], evidence };
    const readings = [
      ...valid({ year, month: first, day: second, ...(time ? { time } : {}), order: 'month-first' }),
      ...(first === second ? [] : valid({ year, month: second, day: first, ...(time ? { time } : {}), order: 'day-first' })),
    ];
    return { readings: first === second ? readings.map((reading) => ({ ...reading, order: 'unknown' })) : readings, evidence };
  }
  match = NUMERIC.yearMonthDay.exec(value);
  if (match && (lenient || match[2] === '/')) {
    const year = Number(match[1]);
    if (!plausibleYear(year) || !couldBeDayAndMonth(Number(match[4]), Number(match[3]))) return undefined;
    const time = readTime(match.slice(5));
    if (time === null) return { readings: [], evidence: 'unknown' };
    return { readings: valid({ year, month: Number(match[3]), day: Number(match[4]), ...(time ? { time } : {}), order: 'unknown' }), evidence: 'unknown' };
  }
  match = NAMED_MONTH.exec(value);
  if (match && (lenient || match[1] !== undefined)) {
    const month = MONTHS[stripAccents(match[2]!).toLowerCase()];
    const year = fullYear(match[3]!);
    if (month === undefined || !plausibleYear(year)) return undefined;
    const day = match[1] === undefined ? {} : { day: Number(match[1]) };
    return { readings: valid({ year, month, ...day, order: 'unknown' }), evidence: 'unknown' };
  }
  if (!lenient) return undefined;
  match = BASIC_FORM.exec(value);
  if (match) {
    const year = Number(match[1]);
    if (!plausibleYear(year)) return undefined;
    return { readings: valid({ year, month: Number(match[2]), day: Number(match[3]), order: 'unknown' }), evidence: 'unknown' };
  }
  match = MONTH_YEAR.exec(value) ?? YEAR_MONTH.exec(value);
  if (match) {
    const [year, month] = match[1]!.length === 4 ? [Number(match[1]), Number(match[2])] : [Number(match[2]), Number(match[1])];
    if (!plausibleYear(year)) return undefined;
    return { readings: valid({ year, month, order: 'unknown' }), evidence: 'unknown' };
  }
  return undefined;
}

/**
 * The order of day and month a column's dates prove: the one order its unambiguous dates agree on
 * (`7/29/2013` month-first), unknown when none proves one or they disagree (`29/07` and `07/29`:
 * `mixed`).
 */
export function columnOrder(texts: Iterable<string>, context: DateContext): { order: DayOrder; mixed: boolean } {
  const orders = new Set<DayOrder>();
  for (const text of texts) {
    const evidence = text === '' ? 'unknown' : (readWrittenDate(text, context)?.evidence ?? 'unknown');
    if (evidence !== 'unknown') orders.add(evidence);
  }
  return { order: orders.size === 1 ? [...orders][0]! : 'unknown', mixed: orders.size > 1 };
}

/**
 * The one reading of a date: its own, or the one `columnOrder` (proven by other dates of the same
 * column) chooses between two. Undefined when the calendar has none or the order cannot be told.
 */
export function resolveDate(date: WrittenDate, columnOrder: DayOrder = 'unknown'): DateReading | undefined {
  if (date.readings.length <= 1) return date.readings[0];
  return date.readings.find((reading) => reading.order === columnOrder);
}

/** How much of a date a field keeps: `modified` a date-time, the plan a day, the inventory a month. */
export type DatePrecision = 'datetime' | 'date' | 'month';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The date in ISO 8601 at a field's precision; a date without a day never gets one invented. */
export function formatIsoDate(parts: DateParts, precision: DatePrecision = 'datetime'): string {
  const month = `${pad(parts.year, 4)}-${pad(parts.month)}`;
  if (precision === 'month' || parts.day === undefined) return month;
  const day = `${month}-${pad(parts.day)}`;
  if (precision === 'date' || !parts.time) return day;
  return `${day}T${pad(parts.time.hour)}:${pad(parts.time.minute)}:${pad(parts.time.second)}${parts.time.offset ?? ''}`;
}

/** The ISO 8601 form of a written date when it has one reading or `columnOrder` picks one. */
export function isoFromWritten(date: WrittenDate, columnOrder: DayOrder = 'unknown'): string | undefined {
  const reading = resolveDate(date, columnOrder);
  return reading && formatIsoDate(reading);
}

/**
 * The ISO 8601 form of a text at a field's precision when it means one date only and has the detail
 * the field needs (a day unless the field keeps months); undefined otherwise.
 */
export function certainIsoDate(text: string, precision: DatePrecision): string | undefined {
  const date = readWrittenDate(text, 'date');
  if (!date || (precision !== 'month' && date.readings.some((reading) => reading.day === undefined))) return undefined;
  const readings = isoReadings(date, precision);
  return readings.length === 1 ? readings[0] : undefined;
}

/** The ISO 8601 readings of a text, distinct, at a precision: one when certain, two when ambiguous. */
export function isoReadings(date: WrittenDate, precision: DatePrecision = 'datetime'): string[] {
  return [...new Set(date.readings.map((reading) => formatIsoDate(reading, precision)))];
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < TWO_DIGIT_YEAR_PIVOT ? 2000 + year : 1900 + year;
}

function plausibleYear(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** Numbers a day and a month could be in some order: `31/02` is a date to flag, `45/13` is not one. */
function couldBeDayAndMonth(first: number, second: number): boolean {
  const [low, high] = [Math.min(first, second), Math.max(first, second)];
  return low >= 1 && low <= 12 && high <= 31;
}

/** The time of day of a match's time groups; undefined when absent, null when impossible. */
function readTime(groups: Array<string | undefined>): DateParts['time'] | null | undefined {
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

function valid(reading: DateReading): DateReading[] {
  if (reading.month < 1 || reading.month > 12) return [];
  if (reading.day !== undefined) {
    const last = new Date(Date.UTC(reading.year, reading.month, 0)).getUTCDate();
    if (reading.day < 1 || reading.day > last) return [];
  }
  return [reading];
}
