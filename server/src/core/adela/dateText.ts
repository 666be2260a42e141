import { t } from '../l10n';
import { isIsoDate, isIsoDateOrDateTime, isIsoYearMonth } from '../text/dates';
import { isoReadings, readWrittenDate, type DatePrecision } from '../text/writtenDates';

export type { DatePrecision };

/** The outcome of reading one cell as a value of our format. */
export interface CellValue<T = string> {
  value: T;
  /** True when the text was rewritten (e.g. `7/29/2013` → `2013-07-29`). */
  converted: boolean;
  /** Why the original text was kept as it is; undefined when the value is fine. */
  kept?: string;
}

/**
 * Rewrites a date from a spreadsheet in ISO 8601 when its meaning is certain: US `7/29/2013 9:00:00`
 * (29 cannot be a month), `29/07/2013`, `2013/07/29`, `julio de 2016`, `07/2016`. A date both US and
 * Mexican readings fit (`7/8/2013`) is kept as written, so the checker flags it for a person to
 * decide. The reading itself (two-digit years, month names, times) is `text/writtenDates.ts`'s, shared
 * with the rules' suggestions and the CSV cell checks.
 */
export function normaliseDate(text: string, precision: DatePrecision): CellValue {
  const original = text.trim();
  if (alreadyIso(original, precision)) return { value: original, converted: false };
  if (precision !== 'datetime' && isIsoDateOrDateTime(original)) {
    // A valid ISO date with more detail than the field keeps: the day of `2016-07-01` for a month.
    return { value: original.slice(0, precision === 'month' ? 7 : 10), converted: true };
  }
  const date = readWrittenDate(original, 'date');
  if (date === undefined || date.readings.length === 0) {
    return { value: original, converted: false, kept: t('«{0}» no es una fecha reconocible; escríbela en ISO 8601 ({1}).', original, example(precision)) };
  }
  if (precision !== 'month' && date.readings.some((reading) => reading.day === undefined)) {
    return { value: original, converted: false, kept: t('A la fecha «{0}» le falta el día; escríbela como {1}.', original, example(precision)) };
  }
  const formatted = isoReadings(date, precision);
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
