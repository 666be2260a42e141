import { foldText } from '../text/accents';

/**
 * What a cell of a data file looks like: a plain number, a number dressed with a currency or unit
 * symbol, an ISO 8601 date, or a date in another convention. Deliberately strict: a cell is only
 * called a date or a decorated number when nothing else could reasonably be meant.
 */

const PLAIN_NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;

/** A number as machines read it: `1234`, `-3.5`, `1,234.50`, `2.1e6` (also `3,5`). */
export function isPlainNumber(text: string): boolean {
  const value = text.trim();
  return value !== '' && /\d/.test(value) && (PLAIN_NUMBER.test(value) || DECIMAL_COMMA.test(value));
}

const NUMBER_PART = String.raw`[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const CURRENCY_PREFIX = String.raw`US\$|MX\$|\$|€|£|MXN|USD|EUR`;
/**
 * Units written after a number, case-sensitive in the spellings data tables use, so that labels
 * such as `6.06 LTS` (a release, not litres) are not taken for units.
 */
const UNIT_SUFFIX = String.raw`%|‰|\$|€|MXN|USD|EUR|[Pp]esos|d[oó]lares|kg|Kg|KG|kgs|g|mg|ton|tons|toneladas|km|Km|KM|m|cm|mm|m2|m²|m3|m³|km2|km²|ha|Ha|l|L|lt|lts|Lt|Lts|litros|ml|mL|°C|ºC|°|hrs|hr|h|min|seg|años|meses|d[ií]as|personas|hab|habitantes|kWh|KWh|MW|MWh|GB|MB`;
const DECORATED = new RegExp(String.raw`^(?:(${CURRENCY_PREFIX})\s?-?\s?(${NUMBER_PART})|-?(${NUMBER_PART})\s?(${UNIT_SUFFIX})\.?)$`, 'u');

/** A number with a currency or unit symbol, and the symbol and the bare number it wraps. */
export function decoratedNumber(text: string): { symbol: string; number: string } | undefined {
  const value = text.trim();
  const match = DECORATED.exec(value);
  if (!match) return undefined;
  const symbol = match[1] ?? match[4]!;
  const number = (match[2] ?? match[3]!).replace(/,(?=\d{3}\b)/g, '');
  const negative = /^-|\$\s?-/.test(value) && !number.startsWith('-') ? '-' : '';
  return { symbol, number: negative + number };
}

const ISO_DATE_LIKE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

/** ISO 8601 as data files use it: `2013`, `2013-07`, `2013-07-29`, with time, or a range `2010/2012`. */
export function isIsoDateCell(text: string): boolean {
  return ISO_DATE_LIKE.test(text.trim());
}

const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\.?)?)?`;
// Dots separate dates only in date columns: elsewhere `2019.3.9` or `1.0.1367` are versions.
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})([/-])(\d{1,2})\2(\d{4})${TIME}$`, 'i');
const DOTTED_DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})(\.)(\d{1,2})\.(\d{4})${TIME}$`, 'i');
const DAY_MONTH_SHORT_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$/;
const YEAR_SLASH = new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})${TIME}$`, 'i');
const YEAR_DOT = new RegExp(String.raw`^(\d{4})\.(\d{1,2})\.(\d{1,2})${TIME}$`, 'i');
const MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const ENGLISH_MONTHS: Record<string, number> = { jan: 1, apr: 4, aug: 8, dec: 12 };
const NAMED_MONTH = /^(\d{1,2})(?:[\s/.-]+|\s+de\s+)([a-záéíóú]{3,10})\.?(?:[\s/.-]+|\s+de\s+)(\d{4}|\d{2})$/i;

/** The order of day and month in a column of dates like `03/04/2013`. */
export type DayOrder = 'day-first' | 'month-first' | 'unknown';

/** A date written in another convention than ISO 8601, with what is needed to rewrite it. */
export interface ForeignDate {
  /** The two numbers before the year, as written (day and month in some order). */
  first: number;
  second: number;
  year: number;
  /** Already-known month (written as a name), or undefined when the numbers must be ordered. */
  month?: number;
  time?: string;
}

/**
 * A cell that is a date in a non-ISO convention (`29/07/2013`, `7/29/2013 9:00:00`, `2013/07/29`,
 * `29-jul-2013`). Two-digit years only count when the column is known to hold dates.
 */
export function foreignDate(text: string, dateColumn: boolean): ForeignDate | undefined {
  const date = readForeignDate(text.trim(), dateColumn);
  return date && plausible(date) ? date : undefined;
}

/** Day and month that can be told apart or not, but fit a calendar; a year a table would hold. */
function plausible(date: ForeignDate): boolean {
  const [low, high] = date.month !== undefined ? [date.month, date.first] : [Math.min(date.first, date.second), Math.max(date.first, date.second)];
  return low >= 1 && low <= 12 && high >= 1 && high <= 31 && date.year >= 1800 && date.year <= 2200;
}

function readForeignDate(value: string, dateColumn: boolean): ForeignDate | undefined {
  let match = DAY_MONTH_YEAR.exec(value) ?? (dateColumn ? DOTTED_DAY_MONTH_YEAR.exec(value) : null);
  if (match) return withTime({ first: Number(match[1]), second: Number(match[3]), year: Number(match[4]) }, match, 5);
  match = YEAR_SLASH.exec(value) ?? (dateColumn ? YEAR_DOT.exec(value) : null);
  if (match) return withTime({ first: Number(match[3]), second: Number(match[2]), year: Number(match[1]), month: Number(match[2]) }, match, 4);
  if (dateColumn) {
    match = DAY_MONTH_SHORT_YEAR.exec(value);
    if (match) return { first: Number(match[1]), second: Number(match[3]), year: 2000 + Number(match[4]) };
  }
  match = NAMED_MONTH.exec(value);
  if (match) {
    const name = match[2]!.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().slice(0, 3);
    const month = MONTHS.indexOf(name) + 1 || ENGLISH_MONTHS[name];
    if (!month) return undefined;
    const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return { first: Number(match[1]), second: month, year, month };
  }
  return undefined;
}

function withTime(date: ForeignDate, match: RegExpExecArray, at: number): ForeignDate {
  if (match[at] === undefined) return date;
  let hour = Number(match[at]);
  const meridiem = match[at + 3]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  const seconds = match[at + 2] ?? '00';
  return { ...date, time: `${pad(hour)}:${match[at + 1]}:${seconds}` };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** What the order of a column's dates must be, learned from dates whose numbers only fit one way. */
export function orderFromDate(date: ForeignDate): DayOrder {
  if (date.month !== undefined) return 'unknown';
  if (date.first > 12 && date.second <= 12) return 'day-first';
  if (date.second > 12 && date.first <= 12) return 'month-first';
  return 'unknown';
}

/** The ISO 8601 form of a foreign date, or undefined when day and month cannot be told apart. */
export function isoFromForeign(date: ForeignDate, order: DayOrder): string | undefined {
  let day: number;
  let month: number;
  if (date.month !== undefined) [day, month] = [date.first, date.month];
  else if (date.first === date.second) [day, month] = [date.first, date.second];
  else {
    const own = orderFromDate(date);
    const chosen = own === 'unknown' ? order : own;
    if (chosen === 'unknown') return undefined;
    [day, month] = chosen === 'day-first' ? [date.first, date.second] : [date.second, date.first];
  }
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(date.year, month, 0)).getUTCDate()) return undefined;
  const iso = `${pad(date.year, 4)}-${pad(month)}-${pad(day)}`;
  return date.time ? `${iso}T${date.time}` : iso;
}

/** Column names that announce dates (`fecha`, `fecha_corte`, `date`, `fec_alta`). */
export function isDateColumnName(name: string): boolean {
  const folded = foldText(name);
  return /(^|[^a-z])(fecha|date|fec|dia)([^a-z]|$)/.test(folded) || /^fecha/.test(folded);
}
