/**
 * ISO 8601 date handling for the guide's fields. Dates are compared as calendar days in UTC so that
 * an evaluation date given as `--today 2026-11-27` means the same day on every machine.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date `AAAA-MM-DD` that exists (no 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const match = DATE.exec(text);
  return match !== null && isValidDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A date or a date-time in ISO 8601 extended form, as DCAT's `modified` expects. */
export function isIsoDateOrDateTime(text: string): boolean {
  if (isIsoDate(text)) return true;
  const match = DATE_TIME.exec(text);
  if (!match) return false;
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  return isValidDay(Number(match[1]), Number(match[2]), Number(match[3])) && hour <= 24 && minute < 60 && second <= 60;
}

/** `AAAA-MM`, as the inventory's estimated publication month. */
export function isIsoYearMonth(text: string): boolean {
  const match = YEAR_MONTH.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** Days since 1970-01-01 of the calendar day a date or date-time names (its own local day). */
export function dayNumber(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 1)];
  if (!isValidDay(year, month, day)) return undefined;
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The evaluation date of time-based rules as a day number. */
export function todayDayNumber(today: string | undefined, now: Date = new Date()): number {
  if (today !== undefined) {
    const day = dayNumber(today);
    if (day !== undefined) return day;
  }
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}

/**
 * The day `months` calendar months after `day` (before it when negative), as the guide counts «every
 * 6 months» or «in the last 12 months»: the same day of the month, or the month's last day when it
 * has no such day (29 February plus 12 months is 28 February).
 */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * 86_400_000);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(year, month, Math.min(date.getUTCDate(), last)) / 86_400_000);
}

/** `AAAA-MM-DD` of a day number. */
export function formatDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
