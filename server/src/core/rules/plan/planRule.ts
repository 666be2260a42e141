import type { RequirementId } from '../../catalog/requirements';
import type { RequirementEvidence } from '../../model/analysis';
import { keyInSwallowedText } from '../../parse/swallowedText';
import type { PlacedFinding, WorkspaceRule } from '../../model/workspaceRule';
import type { FindingData, FindingWeight } from '../../findings';
import { property as propertyOf, type ObjectNode, type PropertyNode, type SourceNode } from '../../parse/sourceTree';
import { metadataIndex, type MetadataIndex } from './metadataIndex';
import { RowMemo, type CheckedRow, type RowCheck } from './planRows';
import { keySpan, objectItems, planDocuments, type PlanDocument, type Span } from './planDocument';

/** What a plan rule is given for one plan, and how it reports. */
export interface PlanCheck {
  plan: PlanDocument;
  /** The evaluation date as a day number. */
  today: number;
  /** The workspace's dataset identifiers and URLs (built once per evaluation, on first use). */
  metadata(): MetadataIndex;
  /** Places a finding of the rule's requirement on the plan. */
  report(span: Span, weight: FindingWeight, message: string, data: FindingData): void;
  /** Counts one piece of evidence of the requirement, failed or not, for coverage. */
  count(failed: boolean): void;
  /**
   * Checks each item of the plan's list `key` with `check`, which reads only the row it is given (see
   * `RowCheck`), and gives back the results in order without adding them to the rule's output: a rule
   * that looks across rows (repeated identifiers) adds the ones it keeps with `keep`. Call it at most
   * once per list in a rule.
   */
  rows<T>(key: string, check: (row: RowCheck) => T): Array<CheckedRow<T>>;
  /** Adds a checked row's findings and evidence to the rule's output. */
  keep(row: CheckedRow<unknown>): void;
  /** `rows`, keeping every row. */
  eachRow(key: string, check: (row: RowCheck) => void): void;
}

/**
 * A workspace rule of one requirement that reads every plan of the workspace. Its evidence tally is
 * what coverage uses to tell `met`, `partial` and `unmet` apart, so each check counts the items it
 * looked at (including those the schema already found wanting) and the ones that fail.
 */
export function planRule(requirement: RequirementId, check: (context: PlanCheck) => void): WorkspaceRule {
  const memo = new RowMemo(requirement);
  return {
    requirement,
    check({ files, today }) {
      const findings: PlacedFinding[] = [];
      const tally: RequirementEvidence = { items: 0, failed: 0 };
      const plans = planDocuments(files);
      const metadata = (): MetadataIndex => metadataIndex(files);
      for (const plan of plans) {
        const keep = (row: CheckedRow<unknown>): void => {
          for (const finding of row.findings) findings.push({ fileId: plan.file.id, finding });
          tally.items += row.evidence.items;
          tally.failed += row.evidence.failed;
        };
        const rows = <T>(key: string, rowCheck: (row: RowCheck) => T): Array<CheckedRow<T>> => memo.check({ plan, today, metadata }, key, rowCheck);
        check({
          plan,
          today,
          metadata,
          report: (span, weight, message, data) => findings.push({ fileId: plan.file.id, finding: { requirement, weight, start: span.start, end: span.end, message, data } }),
          count: (failed) => {
            tally.items++;
            if (failed) tally.failed++;
          },
          rows,
          keep,
          eachRow: (key, rowCheck) => {
            for (const row of rows(key, rowCheck)) keep(row);
          },
        });
      }
      return { findings, evidence: plans.length > 0 ? { [requirement]: tally } : {} };
    },
  };
}

/**
 * Reports a section the plan lacks altogether: one finding saying what to add, where the user adds
 * it (the key that should hold it; for a top-level section, the end of the plan, as a point, so that
 * a line that is fine is not underlined), so the requirement reads as unmet. Its quick fix inserts
 * the section's skeleton (`data.path` is the holder's path).
 */
export function reportMissingSection(context: PlanCheck, section: string, message: string, holder?: PropertyNode): void {
  const file = context.plan.file;
  // A section written inside text an unclosed quote or bracket took in is there: the syntax error says what to fix.
  const within = holder ? holder.value : { start: 0, end: file.parsed.text.length };
  if (keyInSwallowedText(file.parsed, within, section)) {
    context.count(true);
    return;
  }
  context.report(holder ? keySpan(holder) : context.plan.endPoint(), 'mandatory', message, { rule: 'seccion-faltante', section, path: holder ? [holder.key] : [] });
  context.count(true);
}

/** How a log section answers for an empty list. */
export type EmptyListMeaning =
  /** `reportes: []` declares that there was nothing to log: it is evidence that counts as met. */
  | { kind: 'declares-none' }
  /** A log that must show activity: an empty list fails, with this rule id and message. */
  | { kind: 'fails'; rule: string; message: () => string };

export interface LogSection {
  property: PropertyNode;
  entries: Array<{ item: ObjectNode; index: number }>;
}

/**
 * The entries of a list section (`reportes`, `participacion`…) of `holder`, or undefined when there
 * are none to check. A missing key is reported with `missingMessage`; a value that is not a list is
 * left to the schema, which already reports it; an empty list is handled as `empty` says.
 */
export function logSection(
  context: PlanCheck,
  holder: ObjectNode,
  holderProperty: PropertyNode | undefined,
  key: string,
  missingMessage: () => string,
  empty: EmptyListMeaning,
): LogSection | undefined {
  const property = propertyOf(holder, key);
  if (!property) {
    reportMissingSection(context, key, missingMessage(), holderProperty);
    return undefined;
  }
  const value: SourceNode = property.value;
  if (value.type !== 'array') return undefined;
  if (value.items.length === 0) {
    if (empty.kind === 'declares-none') {
      context.count(false);
    } else {
      context.report(keySpan(property), 'mandatory', empty.message(), { rule: empty.rule });
      context.count(true);
    }
    return undefined;
  }
  const entries = objectItems(value);
  // Items that are not objects fail the schema; they still count as failed evidence here.
  for (let i = entries.length; i < value.items.length; i++) context.count(true);
  return { property, entries };
}
