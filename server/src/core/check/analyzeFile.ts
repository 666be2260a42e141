import type { RequirementId } from '../catalog/requirements';
import type { FileKind, FileRole } from '../files/fileKinds';
import type { Finding } from '../findings';
import { t } from '../l10n';
import { IncrementalYamlParser, type ParsedListItem } from '../parse/incrementalYaml';
import { parseJson } from '../parse/jsonParser';
import type { ParsedDocument } from '../parse/parsedDocument';
import { itemsOf, stringValue, toPlainValue, valueOf, type PlainValue, type SourceNode } from '../parse/sourceTree';
import { parseYaml } from '../parse/yamlParser';
import { validateShape } from '../schema/schemaValidator';
import type { DatasetFacts } from './facts';
import { FILE_RULES } from './fileRules';

/** How much of a requirement's evidence a file holds, and how much of it fails. */
export interface RequirementEvidence {
  items: number;
  failed: number;
}

export type EvidenceTally = Partial<Record<RequirementId, RequirementEvidence>>;

/** Everything the core knows about one file, computed from its text alone. */
export interface FileAnalysis {
  /** The file's identity (a URI in the server, a path on the command line). */
  id: string;
  kind: FileKind;
  parsed: ParsedDocument;
  findings: Finding[];
  evidence: EvidenceTally;
  datasets: DatasetFacts[];
}

/** The requirement a file kind's syntax errors and schema belong to. */
const MAIN_REQUIREMENT: Record<FileKind, RequirementId> = {
  dataset: 'basico-2b',
  catalog: 'basico-2b',
  plan: 'basico-1c',
  csv: 'intermedio-3b',
};

export function parseText(id: string, text: string): ParsedDocument {
  return isJson(id) ? parseJson(text) : parseYaml(text);
}

function isJson(id: string): boolean {
  return /\.json$/i.test(id);
}

/** Reads, validates and summarises one metadata or plan file. Never throws on any input. */
export function analyzeFile(id: string, role: FileRole, text: string): FileAnalysis {
  return analyzeParsed(id, role, text, parseText(id, text), (node) => validateShape('dataset', node));
}

/**
 * Analyses successive versions of one document (an open editor), redoing only what changed: YAML
 * is parsed incrementally (see `IncrementalYamlParser`) and the schema findings of each dataset of a
 * catalog are kept with the dataset's text, so a keystroke in a 2,000-dataset catalog validates one
 * dataset. The result is exactly what `analyzeFile` gives for the same text.
 */
export class DocumentAnalyzer {
  private readonly parser = new IncrementalYamlParser();
  /** Findings of a dataset read alone, with offsets relative to its text. */
  private readonly datasetFindings = new WeakMap<ParsedListItem, Finding[]>();

  analyze(id: string, role: FileRole, text: string): FileAnalysis {
    if (isJson(id)) return analyzeFile(id, role, text);
    const parsed = this.parser.parse(text);
    const placed = parsed.lists?.get('dataset');
    return analyzeParsed(id, role, text, parsed, (node, index) => {
      const item = index === undefined ? undefined : placed?.[index];
      if (item === undefined || item.node !== node) return validateShape('dataset', node);
      let relative = this.datasetFindings.get(item.item);
      if (relative === undefined) {
        relative = validateShape('dataset', item.item.node);
        this.datasetFindings.set(item.item, relative);
      }
      return relative.map((finding) => ({ ...finding, start: finding.start + item.offset, end: finding.end + item.offset }));
    });
  }
}

/** The schema findings of one dataset: the file itself, or item `index` of a catalog's list. */
type DatasetValidator = (node: SourceNode, index: number | undefined) => Finding[];

function analyzeParsed(id: string, role: FileRole, text: string, parsed: ParsedDocument, validateDataset: DatasetValidator): FileAnalysis {
  const root = parsed.root;
  const kind: FileKind = role === 'plan' ? 'plan' : valueOf(root, 'dataset') !== undefined && root?.type === 'object' ? 'catalog' : 'dataset';
  const findings: Finding[] = parsed.problems.map((problem) => ({
    requirement: MAIN_REQUIREMENT[kind],
    weight: problem.severity === 'error' ? 'mandatory' : 'recommendation',
    start: problem.start,
    end: problem.end,
    message: problem.message,
    data: { rule: problem.rule },
  }));
  const evidence: EvidenceTally = {};
  const datasets = kind === 'plan' ? [] : datasetsOf(root, kind);

  if (root === undefined) {
    findings.push(emptyFileFinding(kind, text));
  } else if (kind === 'plan') {
    findings.push(...validateShape('plan', root));
  } else if (kind === 'catalog') {
    findings.push(...validateShape('catalog', root, catalogShellValue(root)));
    for (const dataset of datasets) tallyDataset(findings, evidence, validateDataset(dataset.node, dataset.index));
  } else {
    tallyDataset(findings, evidence, validateDataset(root, undefined));
  }

  for (const rule of FILE_RULES) {
    if (!rule.kinds.includes(kind) || root === undefined) continue;
    findings.push(...rule.check({ root, kind, datasets, parsed }));
  }
  return { id, kind, parsed, findings, evidence, datasets };
}

/**
 * The catalog's own keys as a plain value, its datasets left as placeholders: the catalog shape
 * does not look inside them (each is validated on its own), only at how many there are.
 */
function catalogShellValue(root: SourceNode): PlainValue {
  if (root.type !== 'object') return toPlainValue(root);
  const value: { [key: string]: PlainValue } = Object.create(null);
  for (const property of root.properties) {
    const node = property.value;
    value[property.key] = property.key === 'dataset' && node.type === 'array' ? node.items.map(() => null) : toPlainValue(node);
  }
  return value;
}

function tallyDataset(findings: Finding[], evidence: EvidenceTally, datasetFindings: Finding[]): void {
  findings.push(...datasetFindings);
  const tally = (evidence['basico-2b'] ??= { items: 0, failed: 0 });
  tally.items++;
  if (datasetFindings.some((finding) => finding.requirement === 'basico-2b' && finding.weight === 'mandatory')) tally.failed++;
}

function emptyFileFinding(kind: FileKind, text: string): Finding {
  const message = text.trim() === ''
    ? kind === 'plan' ? t('El plan de apertura está vacío: empieza con el fragmento «plan de apertura» o escribe institucion, responsables, inventario y plan.') : t('El archivo de metadatos está vacío: escribe los campos del conjunto de datos (identifier, title, description…).')
    : t('No se encontró contenido que revisar en este archivo.');
  return { requirement: MAIN_REQUIREMENT[kind], weight: 'mandatory', start: 0, end: Math.min(text.length, 1), message, data: { rule: 'archivo-vacio' } };
}

function datasetsOf(root: SourceNode | undefined, kind: FileKind): DatasetFacts[] {
  if (root === undefined) return [];
  const nodes = kind === 'catalog' ? itemsOf(valueOf(root, 'dataset')) : [root];
  return nodes.map((node, position) => ({
    node,
    index: kind === 'catalog' ? position : undefined,
    identifier: stringValue(valueOf(node, 'identifier')),
    title: stringValue(valueOf(node, 'title')),
    distributions: itemsOf(valueOf(node, 'distribution')).map((resource) => ({
      node: resource,
      title: stringValue(valueOf(resource, 'title')),
      downloadURL: stringValue(valueOf(resource, 'downloadURL')),
      mediaType: stringValue(valueOf(resource, 'mediaType')),
    })),
  }));
}
