import { findPeriodicity, isoRepeatDays } from './vocabularies';
import { dayNumber } from '../text/dates';

/** Where a date stands against the evaluation date. */
export type DueState = 'ok' | 'due-soon' | 'overdue';

/** Days between updates a periodicity asks for; undefined for `irregular` or an unknown value. */
export function periodDays(periodicity: string | undefined): number | undefined {
  if (periodicity === undefined) return undefined;
  const known = findPeriodicity(periodicity);
  if (known) return known.maxAgeDays ?? undefined;
  return isoRepeatDays(periodicity);
}

/** The day the next update is due: the last modification plus one period. */
export function nextUpdateDay(modified: string | undefined, periodicity: string | undefined): number | undefined {
  const last = modified === undefined ? undefined : dayNumber(modified.trim());
  const period = periodDays(periodicity);
  return last === undefined || period === undefined ? undefined : last + period;
}

/**
 * How many days ahead a date counts as "due soon": 30 days, or a quarter of the period when that is
 * shorter, so weekly data is not permanently "due soon" while yearly data gets a month's notice.
 */
export function dueSoonWindow(period: number | undefined): number {
  return period === undefined ? 30 : Math.max(1, Math.min(30, Math.ceil(period / 4)));
}

/** `overdue` once the day has passed, `due-soon` inside the window, else `ok`. */
export function dueState(dueDay: number, today: number, window: number): DueState {
  if (today > dueDay) return 'overdue';
  return dueDay - today <= window ? 'due-soon' : 'ok';
}
