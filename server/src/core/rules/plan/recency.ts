import { t } from '../../l10n';
import { valueOf, type ObjectNode } from '../../parse/sourceTree';
import { addMonths, formatDay } from '../../text/dates';
import { dayOf, keySpan, valueSpan } from './planDocument';
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

/**
 * The entries of a log that are evidence: those not dated after the evaluation date. A session,
 * consultation, action or verification dated later has not happened yet; it is said on its date
 * (a recommendation: a log records what was done) and not counted.
 */
export function pastEntries(context: PlanCheck, log: LogSection): Array<{ item: ObjectNode; index: number }> {
  const past: Array<{ item: ObjectNode; index: number }> = [];
  for (const entry of log.entries) {
    const dateNode = valueOf(entry.item, 'fecha');
    const day = dayOf(dateNode);
    if (dateNode !== undefined && day !== undefined && day > context.today) {
      context.report(
        valueSpan(dateNode),
        'recommendation',
        t(
          'La entrada n.º {0} de «{1}» tiene fecha {2}, posterior a la fecha de evaluación ({3}): lo que aún no ocurre no cuenta como evidencia. Regístrala cuando haya ocurrido o corrige la fecha.',
          entry.index + 1,
          log.property.key,
          formatDay(day),
          formatDay(context.today),
        ),
        { rule: 'entrada-futura' },
      );
      continue;
    }
    past.push(entry);
  }
  return past;
}

export interface RecencyMessages {
  /** The latest entry is too old: its date, how many days ago, and the first day that would count. */
  stale(latest: string, daysAgo: number, since: string): string;
  /** No entry has a usable date up to today. */
  undated(): string;
}

/**
 * Counts "something happened in the last `windowMonths` calendar months" as one piece of evidence
 * (a date on the window's first day is inside it), and reports on the list's key when the latest
 * entry is older (or no entry has a past date).
 */
export function requireRecentEntry(context: PlanCheck, log: LogSection, windowMonths: number, rule: string, messages: RecencyMessages): void {
  const latest = latestPastDay(log.entries, 'fecha', context.today);
  const since = addMonths(context.today, -windowMonths);
  const recent = latest !== undefined && latest >= since;
  context.count(!recent);
  if (recent) return;
  const message = latest === undefined ? messages.undated() : messages.stale(formatDay(latest), context.today - latest, formatDay(since));
  context.report(keySpan(log.property), 'mandatory', message, { rule, ...(latest !== undefined ? { latest: formatDay(latest) } : {}) });
}
