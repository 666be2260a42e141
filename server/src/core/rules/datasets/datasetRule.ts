import type { RequirementId } from '../../catalog/requirements';
import type { FileAnalysis, RequirementEvidence } from '../../model/analysis';
import type { DatasetFacts, DistributionFacts } from '../../model/facts';
import type { PlacedFinding, WorkspaceRule, WorkspaceRuleInput } from '../../model/workspaceRule';
import { isDataFileAnalysis, type DataFileAnalysis } from '../../data/csvAnalysis';
import type { Finding, FindingData, FindingWeight } from '../../findings';
import { t } from '../../l10n';
import { property, stringValue, valueOf, type SourceNode } from '../../parse/sourceTree';
import { keyInSwallowedText } from '../../parse/swallowedText';
import { evidenceText } from '../../text/placeholders';
import { DatasetResults, type DatasetResult } from './datasetResults';

/** A stretch of a file's text, by offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * One dataset of a metadata file, with what a rule needs to report on it. A check reads only the
 * dataset, its file's id and, from `input`, the date, the local data and the link check, never
 * `input.files` (other datasets are `after`'s): its result is kept and reused while those stay the
 * same (see `DatasetResults`).
 */
export interface DatasetScope {
  file: FileAnalysis;
  dataset: DatasetFacts;
  /** How messages name the dataset: its identifier, else its title, else its position. */
  name: string;
  input: WorkspaceRuleInput;
  /** Reports a finding of the rule's requirement on this dataset's file. */
  report(span: Span, weight: FindingWeight, message: string, data: FindingData): void;
  /** Says the dataset holds no evidence of the requirement (e.g. no resources to judge): it is not counted. */
  noEvidence(): void;
  /**
   * Counts the dataset as failing without a finding of this rule, because the cause is already
   * reported at a lower level (one finding per cause): see `reportedBySchema`.
   */
  failsWithoutFinding(): void;
  /** The checked local data file behind a resource, when there is one. */
  localFile(resource: DistributionFacts): DataFileAnalysis | undefined;
}

/** A dataset after a rule's check, with what the check gave back for workspace-wide checks. */
export interface CheckedDataset<T> {
  file: FileAnalysis;
  dataset: DatasetFacts;
  value: T;
}

/** Hooks of a dataset rule; `after` runs once with every dataset checked, for workspace-wide checks. */
export interface DatasetRuleHooks<T> {
  /** False for a rule that only adds findings to a requirement whose datasets another check counts. */
  countsEvidence?: boolean;
  after?(
    input: WorkspaceRuleInput,
    datasets: ReadonlyArray<CheckedDataset<T>>,
    report: (fileId: string, span: Span, weight: FindingWeight, message: string, data: FindingData) => void,
  ): { items: number; failed: number } | void;
}

/**
 * A workspace rule of one requirement that looks at every dataset of every metadata file. Each
 * dataset is one item of evidence (unless the check calls `noEvidence`, e.g. it has no resources to
 * judge); it fails when the rule put a mandatory finding on it, so coverage can tell a requirement
 * partly met from one not met at all. What the check returns is handed to `after`; each dataset's
 * result is kept (see `DatasetResults`), so editing one dataset of a big catalog checks that one.
 */
export function datasetRule<T = void>(requirement: RequirementId, check: (scope: DatasetScope) => T, hooks: DatasetRuleHooks<T> = {}): WorkspaceRule {
  const results = new DatasetResults<T>();
  return {
    requirement,
    // Metadata and the data files behind resources; never the plan.
    reads: ['dataset', 'catalog', 'csv'],
    check(input) {
      const findings: PlacedFinding[] = [];
      const tally: RequirementEvidence = { items: 0, failed: 0 };
      const dataFiles = beginWith(results, input);
      // Only a rule with an `after` hook looks back at the datasets: the others keep no list (this runs on every keystroke).
      const checked: Array<CheckedDataset<T>> | undefined = hooks.after ? [] : undefined;
      for (const file of metadataFiles(input.files)) {
        for (const dataset of file.datasets) {
          const result = results.result(file, dataset, () => checkDataset(requirement, check, input, dataFiles, file, dataset));
          for (const finding of result.findings) findings.push({ fileId: file.id, finding });
          checked?.push({ file, dataset, value: result.value });
          if (!result.counted) continue;
          tally.items++;
          if (result.failed) tally.failed++;
        }
      }
      const place = (fileId: string, span: Span, weight: FindingWeight, message: string, data: FindingData): void => {
        findings.push({ fileId, finding: { requirement, weight, start: span.start, end: span.end, message, data } });
      };
      const extra = checked && hooks.after?.(input, checked, place);
      if (extra) {
        tally.items += extra.items;
        tally.failed += extra.failed;
      }
      if (hooks.countsEvidence === false) return { findings, evidence: {} };
      return { findings, evidence: tally.items > 0 ? { [requirement]: tally } : {} };
    },
    *prepare(input, file) {
      const dataFiles = beginWith(results, input);
      for (const dataset of file.datasets) {
        results.result(file, dataset, () => checkDataset(requirement, check, input, dataFiles, file, dataset));
        yield;
      }
    },
  };
}

/** Starts an evaluation of `results` over `input`; gives the data files behind resources by id. */
function beginWith<T>(results: DatasetResults<T>, input: WorkspaceRuleInput): Map<string, DataFileAnalysis> {
  const dataFiles = new Map<string, DataFileAnalysis>();
  for (const file of input.files) if (isDataFileAnalysis(file)) dataFiles.set(file.id, file);
  results.begin(input, [...dataFiles.values()]);
  return dataFiles;
}

function checkDataset<T>(
  requirement: RequirementId,
  check: (scope: DatasetScope) => T,
  input: WorkspaceRuleInput,
  dataFiles: ReadonlyMap<string, DataFileAnalysis>,
  file: FileAnalysis,
  dataset: DatasetFacts,
): DatasetResult<T> {
  const findings: Finding[] = [];
  let failed = false;
  let counted = true;
  const value = check({
    file,
    dataset,
    name: datasetName(dataset),
    input,
    report(span, weight, message, data) {
      if (weight === 'mandatory') failed = true;
      findings.push({ requirement, weight, start: span.start, end: span.end, message, data });
    },
    noEvidence() {
      counted = false;
    },
    failsWithoutFinding() {
      failed = true;
    },
    localFile(resource) {
      const url = resource.downloadURL?.trim();
      const target = url ? input.localData?.target(file.id, url) : undefined;
      return target?.found ? dataFiles.get(target.id) : undefined;
    },
  });
  return { findings, counted, failed, value };
}

/** The dataset and catalog files of the workspace, in the index's order. */
export function metadataFiles(files: readonly FileAnalysis[]): FileAnalysis[] {
  return files.filter((file) => file.kind === 'dataset' || file.kind === 'catalog');
}

export function datasetName(dataset: DatasetFacts): string {
  const identifier = dataset.identifier?.trim();
  if (identifier) return identifier;
  const title = dataset.title?.trim();
  if (title) return title;
  return t('n.º {0} del catálogo', (dataset.index ?? 0) + 1);
}

/** How messages name a resource: its title, else its position in `distribution`. */
export function resourceName(_dataset: DatasetFacts, resource: DistributionFacts): string {
  const title = resource.title?.trim();
  return title || t('n.º {0}, sin título', resource.position + 1);
}

export function nodeSpan(node: SourceNode): Span {
  return { start: node.start, end: node.end };
}

/** The value of a field, or undefined when the key is absent. */
export function fieldSpan(node: SourceNode, key: string): Span | undefined {
  const value = valueOf(node, key);
  return value ? nodeSpan(value) : undefined;
}

/**
 * Where a finding about a field that is missing goes: the first key of the object that should hold
 * it (the same place the schema puts its missing-field findings).
 */
export function headSpan(node: SourceNode): Span {
  if (node.type === 'object' && node.properties.length > 0) {
    const first = node.properties[0]!;
    return { start: first.keyStart, end: first.keyEnd };
  }
  return { start: node.start, end: Math.max(node.start + 1, Math.min(node.end, node.start + 1)) };
}

/** The key of a field as the user wrote it. */
export function keySpan(node: SourceNode, key: string): Span | undefined {
  const found = property(node, key);
  return found ? { start: found.keyStart, end: found.keyEnd } : undefined;
}

/** A field's text, trimmed; undefined when absent, not a scalar, blank or a placeholder (no evidence). */
export function fieldText(node: SourceNode, key: string): string | undefined {
  return evidenceText(stringValue(valueOf(node, key)));
}

/** Whether a list-or-text field has something in it (`tools: []`, `tools: ""` and `tools: pendiente` do not). */
export function hasContent(node: SourceNode, key: string): boolean {
  const value = valueOf(node, key);
  if (!value) return false;
  if (value.type === 'array') return value.items.some((item) => item.type !== 'scalar' || evidenceText(stringValue(item)) !== undefined);
  if (value.type === 'object') return value.properties.length > 0;
  return evidenceText(stringValue(value)) !== undefined;
}

/**
 * True when the schema (basico-2b) already reported field `key` of `holder` as missing, empty or
 * malformed, or a syntax error took in the line that writes it: a rule of a higher level then counts
 * it as failed without saying it again.
 */
export function reportedBySchema(file: FileAnalysis, holder: SourceNode, key: string): boolean {
  const value = valueOf(holder, key);
  if (!value && keyInSwallowedText(file.parsed, holder, key)) return true;
  const within = value ?? holder;
  return schemaFindingsWithin(file.findings, within.start, within.end).some((finding) => finding.end <= within.end && (value !== undefined || finding.data.field === key));
}

/**
 * The file's mandatory schema findings (basico-2b, with a path), sorted by where they start; built
 * once per findings list. `reportedBySchema` is asked for every resource of every dataset: scanning
 * the whole list each time was quadratic (a 61,000-resource catalog spent 10 s there).
 */
const schemaFindingsByFile = new WeakMap<readonly Finding[], Finding[]>();

/** The mandatory schema findings of `findings` that start in `[start, end]`. */
function schemaFindingsWithin(findings: readonly Finding[], start: number, end: number): Finding[] {
  let sorted = schemaFindingsByFile.get(findings);
  if (sorted === undefined) {
    sorted = findings.filter((finding) => finding.weight === 'mandatory' && finding.requirement === 'basico-2b' && Array.isArray(finding.data.path));
    sorted.sort((a, b) => a.start - b.start);
    schemaFindingsByFile.set(findings, sorted);
  }
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  let last = low;
  while (last < sorted.length && sorted[last]!.start <= end) last++;
  return sorted.slice(low, last);
}

/** A file as messages name it: its last path segment. */
export function fileName(id: string): string {
  const last = id.split(/[\\/]/).filter(Boolean).pop() ?? id;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** One-based line of an offset in a file. */
export function lineOf(file: FileAnalysis, offset: number): number {
  return file.parsed.lines.positionAt(offset).line + 1;
}
