import type { FileAnalysis } from '../../model/analysis';
import type { DatasetFacts } from '../../model/facts';
import type { WorkspaceRuleInput } from '../../model/workspaceRule';
import type { DataFileAnalysis } from '../../data/csvAnalysis';
import { shiftFindings, type Finding } from '../../findings';
import type { IncrementalParse, ParsedListItem } from '../../parse/incrementalYaml';

/** What a dataset rule's check gave for one dataset. */
export interface DatasetResult<T> {
  /** Placed in the file's current text. */
  findings: Finding[];
  /** Whether the dataset counts as evidence, and whether it fails. */
  counted: boolean;
  failed: boolean;
  value: T;
}

/**
 * Everything besides the dataset that a check may read: the date, the local data, the data files
 * behind resources and the last link check. One object per distinct set of them, so that entries
 * compare it by identity.
 */
interface SharedInputs {
  today: number;
  localData: WorkspaceRuleInput['localData'];
  localDataVersion: unknown;
  dataFiles: readonly DataFileAnalysis[];
  linkCheck: WorkspaceRuleInput['linkCheck'];
}

interface Entry<T> {
  shared: SharedInputs;
  fileId: string;
  /** The dataset's position in its catalog (messages name unnamed datasets by it). */
  index: number | undefined;
  /** The findings as computed, when the dataset was at `readAt` in its file. */
  read: Finding[];
  readAt: number;
  result: DatasetResult<T>;
  /** Where `result.findings` are placed. */
  offset: number;
}

/**
 * The results of one dataset rule, remembered per dataset. A catalog dataset is remembered with
 * its parse (see `IncrementalYamlParser`), so a keystroke in a 2,000-dataset catalog checks one
 * dataset again and only moves the findings of the datasets after it; the dataset of a
 * single-dataset file is remembered while the file's analysis is the same.
 */
export class DatasetResults<T> {
  private readonly entries = new WeakMap<object, Entry<T>>();
  private shared: SharedInputs | undefined;

  /**
   * Starts an evaluation. Nothing is reused when the local data cannot say whether it changed (it
   * has no version).
   */
  begin(input: WorkspaceRuleInput, dataFiles: readonly DataFileAnalysis[]): void {
    const localDataVersion = input.localData?.version;
    if (input.localData !== undefined && localDataVersion === undefined) {
      this.shared = undefined;
      return;
    }
    const last = this.shared;
    const same =
      last !== undefined &&
      last.today === input.today &&
      last.localData === input.localData &&
      last.localDataVersion === localDataVersion &&
      last.linkCheck === input.linkCheck &&
      last.dataFiles.length === dataFiles.length &&
      last.dataFiles.every((file, i) => file === dataFiles[i]);
    if (!same) this.shared = { today: input.today, localData: input.localData, localDataVersion, dataFiles, linkCheck: input.linkCheck };
  }

  /**
   * The result for `dataset` of `file`: remembered, or computed now by `check`. A remembered result
   * of a catalog dataset that moved (text added or removed before it) has its findings moved too.
   */
  result(file: FileAnalysis, dataset: DatasetFacts, check: () => DatasetResult<T>): DatasetResult<T> {
    const shared = this.shared;
    if (shared === undefined) return check();
    const placed = dataset.index === undefined ? undefined : (file.parsed as IncrementalParse).lists?.get('dataset')?.[dataset.index];
    // A catalog dataset read alone by the incremental parser is keyed by its parse; any other by its facts,
    // which stay the same objects while the file's analysis does.
    const item: ParsedListItem | undefined = placed?.node === dataset.node ? placed.item : undefined;
    const offset = item === undefined ? 0 : placed!.offset;
    let entry = this.entries.get(item ?? dataset);
    if (entry === undefined || entry.shared !== shared || entry.fileId !== file.id || entry.index !== dataset.index) {
      const result = check();
      entry = { shared, fileId: file.id, index: dataset.index, read: result.findings, readAt: offset, result, offset };
      this.entries.set(item ?? dataset, entry);
    }
    if (entry.offset !== offset) {
      entry.offset = offset;
      if (entry.read.length > 0) entry.result = { ...entry.result, findings: shiftFindings(entry.read, offset - entry.readAt) };
    }
    return entry.result;
  }
}
