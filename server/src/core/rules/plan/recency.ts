import { valueOf, type ObjectNode } from '../../parse/sourceTree';
import { formatDay } from '../../text/dates';
import { dayOf, keySpan } from './planDocument';
import type { LogSection, PlanCheck } from './planRule';

/** The latest well-formed date in `key` of the entries that is not after the evaluation date. */
export function latestPastDay(entries: ReadonlyArray<{ item: ObjectNode }>, key: string, today: number): number | undefined {
  let latest: number | undefined;
  for (const { item } of entries) {
    const day = dayOf(valueOf(item, key));
    // A date after today is a plan for later, not evidence that something was done.
    if (day !== undefined && day <= today && (latest === undefined || day > latest)) latest = day;
  }
  return latest;
}

export interface RecencyMessages {
  /** The latest entry is too old: its date, how many days ago, and the first day that would count. */
  stale(latest: string, daysAgo: number, since: string): string;
  /** No entry has a usable date up to today. */
  undated(): string;
}

/**
 * Counts "something happened in the last `windowDays` days" as one piece of evidence, and reports on
 * the list's key when the latest entry is older (or no entry has a past date).
 */
export function requireRecentEntry(context: PlanCheck, log: LogSection, windowDays: number, rule: string, messages: RecencyMessages): void {
  const latest = latestPastDay(log.entries, 'fecha', context.today);
  const recent = latest !== undefined && context.today - latest <= windowDays;
  context.count(!recent);
  if (recent) return;
  const message = latest === undefined
    ? messages.undated()
    : messages.stale(formatDay(latest), context.today - latest, formatDay(context.today - windowDays));
  context.report(keySpan(log.property), 'mandatory', message, { rule, ...(latest !== undefined ? { latest: formatDay(latest) } : {}) });
}
