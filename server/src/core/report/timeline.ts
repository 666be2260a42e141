import type { FileAnalysis } from '../model/analysis';
import type { DatasetFacts } from '../model/facts';
import { itemsOf, stringValue, valueOf, type SourceNode } from '../parse/sourceTree';
import { dayNumber, formatDay } from '../text/dates';
import type { Range } from '../text/lineIndex';
import { dueSoonWindow, dueState, nextUpdateDay, periodDays } from '../catalog/updateSchedule';

/**
 * `planned`: not published and its date is still far. `published`: metadata exists and no update is
 * due soon. `due-soon`: the publication or the next update falls inside the notice window.
 * `overdue`: the publication date passed without metadata, or the update is late. `with-errors`:
 * metadata exists but has errors, so it does not count as published (it would fail the portal).
 */
export type TimelineStatus = 'planned' | 'published' | 'with-errors' | 'due-soon' | 'overdue';

/** A place in a file the timeline can take the user to. */
export interface TimelineLocation {
  uri: string;
  range: Range;
}

/** One dataset of the opening plan on the timeline. */
export interface TimelineEntry {
  /** The plan's `conjunto`: the dataset identifier. */
  identifier: string;
  description?: string;
  /** The periodicity the schedule uses: the metadata's `accrualPeriodicity`, else the plan's. */
  periodicity?: string;
  /** The plan's `fechaPublicacion` (AAAA-MM-DD), when it is a valid date. */
  publicationDate?: string;
  /** Whether a metadata file documents this identifier. */
  published: boolean;
  /** Errors found in the dataset's metadata, when it has some. */
  errors?: number;
  /** The metadata's `modified` (its calendar day), when published. */
  lastModified?: string;
  /** Day the next update is due (AAAA-MM-DD): `modified` plus one period. */
  nextUpdate?: string;
  status: TimelineStatus;
  /** What the status is about. */
  due: 'publication' | 'update' | 'none';
  plan: TimelineLocation;
  dataset?: TimelineLocation;
}

/** The plan's timeline at the evaluation date. */
export interface TimelineReport {
  /** The evaluation date (AAAA-MM-DD). */
  today: string;
  /** Number of plan files read. */
  plans: number;
  entries: TimelineEntry[];
  /** Whose plan it is, when the workspace holds more than one institution (each has its own timeline). */
  institution?: { name: string; root: string };
}

/** The lines of a file's errors (as the editor shows them), to tell which datasets have some. */
export type ErrorLines = (fileId: string) => readonly number[];

/** Builds the timeline of every planned dataset from the analysed files of a workspace. */
export function computeTimeline(files: readonly FileAnalysis[], today: number, errorLines: ErrorLines = () => []): TimelineReport {
  const sorted = [...files].sort((a, b) => a.id.localeCompare(b.id));
  const datasets = new Map<string, { file: FileAnalysis; dataset: DatasetFacts }>();
  for (const file of sorted) {
    for (const dataset of file.datasets) {
      if (dataset.identifier !== undefined && !datasets.has(dataset.identifier)) datasets.set(dataset.identifier, { file, dataset });
    }
  }
  const plans = sorted.filter((file) => file.kind === 'plan');
  const entries: TimelineEntry[] = [];
  for (const plan of plans) {
    for (const item of itemsOf(valueOf(plan.parsed.root, 'plan'))) {
      const identifierNode = valueOf(item, 'conjunto');
      const identifier = stringValue(identifierNode);
      if (identifier === undefined || identifier.trim() === '') continue;
      const found = datasets.get(identifier);
      entries.push(entryOf(item, identifier, { uri: plan.id, range: locate(plan, identifierNode ?? item) }, found, today, errorLines));
    }
  }
  return { today: formatDay(today), plans: plans.length, entries };
}

function entryOf(
  item: SourceNode,
  identifier: string,
  plan: TimelineLocation,
  found: { file: FileAnalysis; dataset: DatasetFacts } | undefined,
  today: number,
  errorLines: ErrorLines,
): TimelineEntry {
  const description = stringValue(valueOf(item, 'descripcion'));
  const planPeriodicity = stringValue(valueOf(item, 'periodicidad'));
  const publicationDay = dayOf(stringValue(valueOf(item, 'fechaPublicacion')), true);
  const base = {
    identifier,
    ...(description !== undefined ? { description } : {}),
    ...(publicationDay !== undefined ? { publicationDate: formatDay(publicationDay) } : {}),
    plan,
  };
  if (!found) {
    const periodicity = planPeriodicity !== undefined ? { periodicity: planPeriodicity } : {};
    if (publicationDay === undefined) return { ...base, ...periodicity, published: false, status: 'planned', due: 'publication' };
    const state = dueState(publicationDay, today, dueSoonWindow(undefined));
    return { ...base, ...periodicity, published: false, status: state === 'ok' ? 'planned' : state, due: 'publication' };
  }
  const { file, dataset } = found;
  const periodicity = stringValue(valueOf(dataset.node, 'accrualPeriodicity')) ?? planPeriodicity;
  const modifiedDay = dayOf(stringValue(valueOf(dataset.node, 'modified')), false);
  const next = modifiedDay === undefined ? undefined : nextUpdateDay(formatDay(modifiedDay), periodicity);
  const published = {
    ...base,
    ...(periodicity !== undefined ? { periodicity } : {}),
    published: true,
    ...(modifiedDay !== undefined ? { lastModified: formatDay(modifiedDay) } : {}),
    dataset: { uri: file.id, range: locate(file, valueOf(dataset.node, 'identifier') ?? dataset.node) },
  };
  const first = file.parsed.lines.positionAt(dataset.node.start).line;
  const last = file.parsed.lines.positionAt(dataset.node.end).line;
  const errors = errorLines(file.id).filter((line) => line >= first && line <= last).length;
  // Metadata with errors is not «publicado»: it is said apart, unless something more urgent is due.
  const ok: TimelineStatus = errors > 0 ? 'with-errors' : 'published';
  const withErrors = errors > 0 ? { errors } : {};
  if (next === undefined) return { ...published, ...withErrors, status: ok, due: 'none' };
  const state = dueState(next, today, dueSoonWindow(periodDays(periodicity)));
  return { ...published, ...withErrors, nextUpdate: formatDay(next), status: state === 'ok' ? ok : state, due: 'update' };
}

/** The calendar day of a date field; `strict` accepts only `AAAA-MM-DD` (the plan's format). */
function dayOf(text: string | undefined, strict: boolean): number | undefined {
  if (text === undefined) return undefined;
  const value = text.trim();
  if (strict && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return dayNumber(value);
}

function locate(file: FileAnalysis, node: SourceNode): Range {
  return file.parsed.lines.rangeOf(node.start, node.end);
}
