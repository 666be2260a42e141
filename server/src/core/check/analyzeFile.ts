import type { FileKind, FileRole } from '../files/fileKinds';
import { shiftFindings, type Finding } from '../findings';
import { t } from '../l10n';
import { IncrementalYamlParser, type ParsedListItem } from '../parse/incrementalYaml';
import { parseJson } from '../parse/jsonParser';
import type { ParsedDocument } from '../parse/parsedDocument';
import { itemsOf, stringValue, toPlainValue, valueOf, type PlainValue, type SourceNode } from '../parse/sourceTree';
import { parseYaml } from '../parse/yamlParser';
import { evidenceText } from '../text/placeholders';
import { PLAN_ROW_LISTS, validatePlanRow, validateShape } from '../schema/schemaValidator';
import { mainRequirementOf, type EvidenceTally, type FileAnalysis } from '../model/analysis';
import type { DatasetFacts } from '../model/facts';
import { FILE_RULES } from './fileRules';
import { brokenBySyntax, withoutSwallowed } from '../parse/swallowedText';

export type { EvidenceTally, FileAnalysis, RequirementEvidence } from '../model/analysis';

/**
 * Above this size a YAML text is read piece by piece even once (see `IncrementalYamlParser`): it
 * gives the same result, and the YAML library reads many small pieces faster than one big text
 * (half the time for a plan of 150,000 lines, measured by `npm run bench`).
 */
const PIECEWISE_YAML_CHARS = 128 * 1024;

export function parseText(id: string, text: string): ParsedDocument {
  if (isJson(id)) return parseJson(text);
  return text.length > PIECEWISE_YAML_CHARS ? new IncrementalYamlParser().parse(text) : parseYaml(text);
}

function isJson(id: string): boolean {
  return /\.json$/i.test(id);
}

/** Reads, validates and summarises one metadata or plan file. Never throws on any input. */
export function analyzeFile(id: string, role: FileRole, text: string): FileAnalysis {
  return analyzeParsed(id, role, text, parseText(id, text), (_key, _index, node, validate) => validate(node));
}

/**
 * Validates item `index` of the document's top-level list `key`, whose node is `node`, with
 * `validate`; or gives back the findings it had when its text was the same. `byPosition` says the
 * findings depend on the index (messages that number plan rows), not only on the item's text.
 */
type ItemValidation = (key: string, index: number, node: SourceNode, validate: (node: SourceNode) => Finding[], byPosition?: boolean) => Finding[];

/**
 * Analyses successive versions of one document (an open editor), redoing only what changed: YAML
 * is parsed incrementally (see `IncrementalYamlParser`) and the schema findings of each dataset of a
 * catalog, and of each row of a plan, are kept with the item's text, so a keystroke in a
 * 2,000-dataset catalog validates one dataset. The result is exactly what `analyzeFile` gives for
 * the same text.
 */
export class DocumentAnalyzer {
  private readonly parser = new IncrementalYamlParser();
  /**
   * Findings of an item read alone (with the offsets its node was read with), for the list and
   * position they were computed for, with their last copy placed in the document, reused while the
   * item does not move. One entry per item and no more: this is read for every row on every
   * keystroke, so it is one lookup (equal rows, which share a parse, take turns recomputing theirs).
   */
  private readonly itemFindings = new WeakMap<ParsedListItem, ItemFindings>();

  analyze(id: string, role: FileRole, text: string): FileAnalysis {
    if (isJson(id)) return analyzeFile(id, role, text);
    const parsed = this.parser.parse(text);
    return analyzeParsed(id, role, text, parsed, (key, index, node, validate, byPosition = false) => {
      const placed = parsed.lists?.get(key)?.[index];
      // Only an item the incremental parser read alone (the very node in the tree) has a text to key on.
      if (placed === undefined || placed.node !== node) return validate(node);
      const entry = this.itemEntry(placed.item, key, byPosition ? index : -1, validate);
      if (entry.offset !== placed.offset) {
        entry.offset = placed.offset;
        entry.placed = shiftFindings(entry.read, placed.offset - placed.item.base);
      }
      return entry.placed;
    });
  }

  /**
   * Does ahead, one list item per step, the reading and validation that `analyze(id, role, text)`
   * would do now, so that a big document's analysis can be spread over several turns of the
   * server's event loop: `analyze` then finds each item's parse and findings remembered. Changes
   * only what is remembered, never what `analyze` gives.
   */
  *prepare(id: string, role: FileRole, text: string): Generator<void> {
    if (isJson(id)) return;
    let index = 0;
    let lastKey: string | undefined;
    for (const { key, item } of this.parser.readAhead(text)) {
      index = key === lastKey ? index + 1 : 0;
      lastKey = key;
      const check = item && itemCheck(role === 'plan' ? 'plan' : 'catalog', key, index);
      if (check) this.itemEntry(item, key, check.byPosition ? index : -1, check.validate);
      yield;
    }
  }

  /** The findings of `item` as list `key`'s item at `position`, remembered or computed now. */
  private itemEntry(item: ParsedListItem, key: string, position: number, validate: (node: SourceNode) => Finding[]): ItemFindings {
    let entry = this.itemFindings.get(item);
    if (entry === undefined || entry.key !== key || entry.position !== position) {
      const read = validate(item.node);
      entry = { key, position, read, offset: item.base, placed: read };
      this.itemFindings.set(item, entry);
    }
    return entry;
  }
}

/**
 * How item `index` of the top-level list `key` of a file of `kind` is validated on its own (a row
 * of a plan's lists, a dataset of a catalog), and whether its findings depend on its position
 * (messages that number plan rows); undefined for a list whose items are not validated alone.
 */
function itemCheck(kind: FileKind, key: string, index: number): { validate: (node: SourceNode) => Finding[]; byPosition: boolean } | undefined {
  if (kind === 'plan') return PLAN_ROW_LISTS.includes(key) ? { validate: (node) => validatePlanRow(key, index, node), byPosition: true } : undefined;
  if (kind === 'catalog' && key === 'dataset') return { validate: (node) => validateShape('dataset', node), byPosition: false };
  return undefined;
}

interface ItemFindings {
  /** The list and position (-1 when they do not depend on it) the findings were computed for. */
  key: string;
  position: number;
  read: Finding[];
  /** Where `placed` (the findings moved there) is in the document. */
  offset: number;
  placed: Finding[];
}

function analyzeParsed(id: string, role: FileRole, text: string, parsed: ParsedDocument, validateItem: ItemValidation): FileAnalysis {
  const root = parsed.root;
  const kind: FileKind = role === 'plan' ? 'plan' : valueOf(root, 'dataset') !== undefined && root?.type === 'object' ? 'catalog' : 'dataset';
  const findings: Finding[] = parsed.problems.map((problem) => ({
    requirement: mainRequirementOf(kind),
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
    // The plan's shell, then each row of its lists (row findings name the row by its number).
    findings.push(...withoutSwallowed(validateShape('plan', root, shellValue(root, PLAN_ROW_LISTS)), parsed));
    for (const key of PLAN_ROW_LISTS) {
      itemsOf(valueOf(root, key)).forEach((row, index) => {
        const check = itemCheck('plan', key, index)!;
        findings.push(...withoutSwallowed(validateItem(key, index, row, check.validate, check.byPosition), parsed));
      });
    }
  } else if (kind === 'catalog') {
    findings.push(...withoutSwallowed(validateShape('catalog', root, shellValue(root, ['dataset'])), parsed));
    for (const dataset of datasets)
      tallyDataset(
        findings,
        evidence,
        withoutSwallowed(validateItem('dataset', dataset.index!, dataset.node, itemCheck('catalog', 'dataset', dataset.index!)!.validate), parsed),
        brokenBySyntax(parsed, dataset.node),
      );
  } else {
    tallyDataset(findings, evidence, withoutSwallowed(validateShape('dataset', root), parsed), brokenBySyntax(parsed, root));
  }

  for (const rule of FILE_RULES) {
    if (!rule.kinds.includes(kind) || root === undefined) continue;
    findings.push(...rule.check({ root, kind, datasets, parsed }));
  }
  return { id, kind, parsed, findings, evidence, datasets };
}

/**
 * The document's own keys as a plain value, the items of the lists `itemLists` left as placeholders:
 * the shell shapes do not look inside them (each item is validated on its own), only at how many
 * there are. Building the whole value would walk every dataset of a big catalog on each keystroke.
 */
function shellValue(root: SourceNode, itemLists: readonly string[]): PlainValue {
  if (root.type !== 'object') return toPlainValue(root);
  const value = Object.create(null) as { [key: string]: PlainValue };
  for (const property of root.properties) {
    const node = property.value;
    value[property.key] = node.type === 'array' && itemLists.includes(property.key) ? node.items.map(() => null) : toPlainValue(node);
  }
  return value;
}

/** Adds a dataset's schema findings and counts it for basico-2b: failed when something mandatory fails or a syntax error breaks it. */
function tallyDataset(findings: Finding[], evidence: EvidenceTally, datasetFindings: Finding[], broken: boolean): void {
  findings.push(...datasetFindings);
  const tally = (evidence['basico-2b'] ??= { items: 0, failed: 0 });
  tally.items++;
  if (broken || datasetFindings.some((finding) => finding.requirement === 'basico-2b' && finding.weight === 'mandatory')) tally.failed++;
}

function emptyFileFinding(kind: FileKind, text: string): Finding {
  const message =
    text.trim() === ''
      ? kind === 'plan'
        ? t('El plan de apertura está vacío: empieza con el fragmento «plan de apertura» o escribe institucion, responsables, inventario y plan.')
        : t('El archivo de metadatos está vacío: escribe los campos del conjunto de datos (identifier, title, description…).')
      : t('No se encontró contenido que revisar en este archivo.');
  return { requirement: mainRequirementOf(kind), weight: 'mandatory', start: 0, end: Math.min(text.length, 1), message, data: { rule: 'archivo-vacio' } };
}

function datasetsOf(root: SourceNode | undefined, kind: FileKind): DatasetFacts[] {
  if (root === undefined) return [];
  const nodes = kind === 'catalog' ? itemsOf(valueOf(root, 'dataset')) : [root];
  return nodes.map((node, position) => ({
    node,
    index: kind === 'catalog' ? position : undefined,
    identifier: evidenceText(stringValue(valueOf(node, 'identifier'))),
    title: evidenceText(stringValue(valueOf(node, 'title'))),
    distributions: itemsOf(valueOf(node, 'distribution')).map((resource, position) => ({
      node: resource,
      position,
      title: evidenceText(stringValue(valueOf(resource, 'title'))),
      downloadURL: evidenceText(stringValue(valueOf(resource, 'downloadURL'))),
      mediaType: evidenceText(stringValue(valueOf(resource, 'mediaType'))),
    })),
  }));
}
