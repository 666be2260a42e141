import type { RequirementId } from '../../catalog/requirements';
import type { FileAnalysis } from '../../model/analysis';
import { itemsOf, property, stringValue, type NodePath, type ObjectNode, type PropertyNode, type SourceNode } from '../../parse/sourceTree';
import { dayNumber, isIsoDate } from '../../text/dates';
import { evidenceText } from '../../text/placeholders';

/** Offsets of the text a finding underlines. */
export interface Span {
  start: number;
  end: number;
}

/**
 * An opening plan as the plan rules read it: the analysed file, its root object and, per
 * requirement, where the schema already found something mandatory missing or malformed. Rules use
 * the latter to count failed evidence without reporting the same problem a second time.
 */
export class PlanDocument {
  private readonly failingPathsByRequirement = new Map<RequirementId, NodePath[]>();

  constructor(
    readonly file: FileAnalysis,
    readonly root: ObjectNode,
  ) {}

  /** The property of the root object named `key`, if written. */
  section(key: string): PropertyNode | undefined {
    return property(this.root, key);
  }

  /** Where findings about the plan as a whole go: its first key, the line a person reads as its start. */
  firstKey(): Span {
    return firstKeyOf(this.root);
  }

  /** Where findings about something the plan lacks go: a point at the end of its content, where it is added. */
  endPoint(): Span {
    return endPointOf(this.root);
  }

  /** True when the schema reported a mandatory problem of `requirement` at or below `prefix`. */
  schemaFailsAt(requirement: RequirementId, prefix: NodePath): boolean {
    return this.failingPaths(requirement).some((path) => prefix.every((segment, i) => path[i] === segment));
  }

  private failingPaths(requirement: RequirementId): NodePath[] {
    let paths = this.failingPathsByRequirement.get(requirement);
    if (paths) return paths;
    paths = [];
    for (const finding of this.file.findings) {
      if (finding.requirement !== requirement || finding.weight !== 'mandatory') continue;
      const path: unknown = finding.data.path;
      if (!Array.isArray(path)) continue;
      // A missing field is reported on its holder; the field it names is the evidence that fails.
      const field = finding.data.rule === 'campo-obligatorio' ? finding.data.field : undefined;
      paths.push(typeof field === 'string' ? [...(path as NodePath), field] : (path as NodePath));
    }
    this.failingPathsByRequirement.set(requirement, paths);
    return paths;
  }
}

/** Every plan of the workspace whose content is an object (other shapes are the schema's to report). */
export function planDocuments(files: readonly FileAnalysis[]): PlanDocument[] {
  const plans: PlanDocument[] = [];
  for (const file of files) {
    const root = file.parsed.root;
    if (file.kind === 'plan' && root?.type === 'object') plans.push(new PlanDocument(file, root));
  }
  return plans;
}

/** A point (zero-width) at the end of a node's content, before the line breaks that follow it. */
export function endPointOf(node: SourceNode): Span {
  return { start: node.end, end: node.end };
}

/** The first key of an object (or its first character when it has none). */
export function firstKeyOf(node: SourceNode): Span {
  if (node.type === 'object' && node.properties.length > 0) {
    const first = node.properties[0]!;
    return { start: first.keyStart, end: first.keyEnd };
  }
  return { start: node.start, end: Math.min(node.end, node.start + 1) };
}

export function keySpan(property: PropertyNode): Span {
  return { start: property.keyStart, end: property.keyEnd };
}

export function valueSpan(node: SourceNode): Span {
  return { start: node.start, end: node.end };
}

/** The entries of a list, with their positions, keeping only objects (other items fail the schema). */
export function objectItems(node: SourceNode | undefined): Array<{ item: ObjectNode; index: number }> {
  const items: Array<{ item: ObjectNode; index: number }> = [];
  itemsOf(node).forEach((item, index) => {
    if (item.type === 'object') items.push({ item, index });
  });
  return items;
}

/**
 * The day number of a well-formed `AAAA-MM-DD` value. A malformed date is already a schema finding,
 * so rules treat it as absent rather than report it twice.
 */
export function dayOf(node: SourceNode | undefined): number | undefined {
  const text = stringValue(node)?.trim();
  return text !== undefined && isIsoDate(text) ? dayNumber(text) : undefined;
}

/** A text value, trimmed; undefined when blank or a placeholder (`pendiente`, «Por completar»…), which is no evidence. */
export function textOf(node: SourceNode | undefined): string | undefined {
  return evidenceText(stringValue(node));
}

/** How identifiers are compared across files: trimmed and case-insensitive, as ADELA compared them. */
export function identifierKey(identifier: string): string {
  return identifier.trim().toLowerCase();
}

/** One dataset identifier named in a plan list, with the text it was read from. */
export interface NamedIdentifier {
  identifier: string;
  span: Span;
}

/**
 * The identifiers of a `conjuntos` field: a list of strings, or one string with identifiers separated
 * by commas (accepted like `keyword`). In a string every identifier points at the whole value.
 */
export function identifierList(node: SourceNode | undefined): NamedIdentifier[] {
  if (node?.type === 'array') {
    const named: NamedIdentifier[] = [];
    for (const item of node.items) {
      const identifier = textOf(item);
      if (identifier !== undefined && item.type === 'scalar') named.push({ identifier, span: valueSpan(item) });
    }
    return named;
  }
  const text = textOf(node);
  if (text === undefined || node === undefined) return [];
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((identifier) => ({ identifier, span: valueSpan(node) }));
}
