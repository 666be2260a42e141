import { foldText } from '../text/accents';

/**
 * What a cell of a data file looks like: a plain number, a number dressed with a currency or unit
 * symbol, an ISO 8601 date (dates in other conventions are `text/writtenDates.ts`'s). Deliberately strict: a cell is only
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

/** ISO 8601's basic form of a day, `20130729`: ISO all the same, so a data file may hold it. */
const ISO_BASIC_DAY = /^\d{8}$/;

/** ISO 8601 as data files use it: `2013`, `2013-07`, `2013-07-29`, with time, a range `2010/2012`, or `20130729`. */
export function isIsoDateCell(text: string): boolean {
  const value = text.trim();
  return ISO_DATE_LIKE.test(value) || ISO_BASIC_DAY.test(value);
}

/** Column names that announce dates (`fecha`, `fecha_corte`, `date`, `fec_alta`). */
export function isDateColumnName(name: string): boolean {
  const folded = foldText(name);
  return /(^|[^a-z])(fecha|date|fec|dia)([^a-z]|$)/.test(folded) || /^fecha/.test(folded);
}
