import type { RequirementId } from '../../catalog/requirements';
import type { RequirementEvidence } from '../../model/analysis';
import { shiftFindings, type Finding, type FindingData, type FindingWeight } from '../../findings';
import type { IncrementalParse, ParsedListItem } from '../../parse/incrementalYaml';
import { itemsOf, type NodePath, type SourceNode } from '../../parse/sourceTree';
import type { MetadataIndex } from './metadataIndex';
import type { PlanDocument, Span } from './planDocument';

/**
 * What a check of one plan row is given. It must read nothing else (no other row, no outer
 * variable): its findings and evidence are kept with the row and reused while these stay the same.
 */
export interface RowCheck {
  /** The row as it was read; its offsets are where its text was then, which `report` accounts for. */
  node: SourceNode;
  /** Its position in the list (messages number rows from it). */
  index: number;
  /** The evaluation date as a day number. */
  today: number;
  /** The workspace's dataset identifiers and URLs. */
  metadata(): MetadataIndex;
  /** True when the schema reported a mandatory problem of `requirement` at or below `path` inside this row. */
  schemaFails(requirement: RequirementId, path?: NodePath): boolean;
  /** Places a finding of the rule's requirement on the row (spans of `node` or inside it). */
  report(span: Span, weight: FindingWeight, message: string, data: FindingData): void;
  /** Counts one piece of evidence of the requirement, failed or not. */
  count(failed: boolean): void;
}

/**
 * A row after its check: what the check gave back (facts without offsets: a rule that places a
 * finding across rows takes the row's node from the plan by `index`), its findings and evidence.
 */
export interface CheckedRow<T> {
  index: number;
  value: T;
  /** The row's findings, placed in the current text, and its evidence. */
  readonly findings: readonly Finding[];
  readonly evidence: RequirementEvidence;
}

/** One row's check result, with what it was computed from. */
interface RowEntry {
  index: number;
  today: number;
  /** The metadata index the check read, or undefined when it read none. */
  metadata: MetadataIndex | undefined;
  value: unknown;
  /** Findings with the offsets of the row as read. */
  findings: Finding[];
  evidence: RequirementEvidence;
  /** Where `row` (the result with its findings moved there) is in the document. */
  offset: number;
  /** Reused while the row does not move, or has no findings to move. */
  row: CheckedRow<unknown>;
}

/** What every row of one evaluation shares. */
export interface RowInputs {
  plan: PlanDocument;
  today: number;
  metadata(): MetadataIndex;
}

/**
 * The row checks of one plan rule, remembered per row. A plan parsed piecewise (an open editor, see
 * `IncrementalYamlParser`) keeps each row's parse while its text is unchanged; the rule's result for
 * that row is kept with it, so a keystroke in a plan of 2,500 rows checks one row again and only
 * moves the findings of the rows after it. A plan read whole (the command line) is checked row by row.
 */
export class RowMemo {
  /** Per list key: each row parse's last result. Rows of different lists never share an entry. */
  private readonly lists = new Map<string, WeakMap<ParsedListItem, RowEntry>>();

  constructor(private readonly requirement: RequirementId) {}

  /** Checks every item of the plan's list `key` (objects or not), reusing what is still valid. */
  check<T>(inputs: RowInputs, key: string, check: (row: RowCheck) => T): Array<CheckedRow<T>> {
    const current = itemsOf(inputs.plan.section(key)?.value);
    const placedItems = (inputs.plan.file.parsed as IncrementalParse).lists?.get(key);
    let memo = this.lists.get(key);
    if (memo === undefined) {
      memo = new WeakMap();
      this.lists.set(key, memo);
    }
    const rows: Array<CheckedRow<T>> = [];
    for (let index = 0; index < current.length; index++) {
      const node = current[index]!;
      const placed = placedItems?.[index];
      // Only a row the incremental parser read alone (the very node in the tree) has a parse to key on.
      if (placed === undefined || placed.node !== node) {
        rows.push(this.run(inputs, key, node, index, check, node.start).row as CheckedRow<T>);
        continue;
      }
      let entry = memo.get(placed.item);
      if (entry === undefined || !this.stillValid(entry, inputs, index)) {
        entry = this.run(inputs, key, placed.item.node, index, check, placed.item.base);
        memo.set(placed.item, entry);
      }
      if (entry.offset !== placed.offset && entry.findings.length > 0) {
        entry.offset = placed.offset;
        entry.row = { index, value: entry.value, findings: shiftFindings(entry.findings, placed.offset - placed.item.base), evidence: entry.evidence };
      }
      rows.push(entry.row as CheckedRow<T>);
    }
    return rows;
  }

  private stillValid(entry: RowEntry, inputs: RowInputs, index: number): boolean {
    return entry.index === index && entry.today === inputs.today && (entry.metadata === undefined || entry.metadata === inputs.metadata());
  }

  /** Checks a row read at `offset`. */
  private run(inputs: RowInputs, key: string, node: SourceNode, index: number, check: (row: RowCheck) => unknown, offset: number): RowEntry {
    const requirement = this.requirement;
    const findings: Finding[] = [];
    const evidence: RequirementEvidence = { items: 0, failed: 0 };
    const row: CheckedRow<unknown> = { index, value: undefined, findings, evidence };
    const entry: RowEntry = { index, today: inputs.today, metadata: undefined, value: undefined, findings, evidence, offset, row };
    row.value = entry.value = check({
      node,
      index,
      today: inputs.today,
      metadata: () => (entry.metadata = inputs.metadata()),
      schemaFails: (failing, path = []) => inputs.plan.schemaFailsAt(failing, [key, index, ...path]),
      report: (span, weight, message, data) => findings.push({ requirement, weight, start: span.start, end: span.end, message, data }),
      count: (failed) => {
        evidence.items++;
        if (failed) evidence.failed++;
      },
    });
    return entry;
  }
}
