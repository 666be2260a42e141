import type { FileAnalysis } from '../model/analysis';
import type { DatasetFacts } from '../model/facts';
import type { WorkspaceIndex } from '../check/workspaceIndex';
import { itemsOf, valueOf, type NodePath, type SourceNode } from '../parse/sourceTree';

/** The plan's lists whose entries name a dataset, and the key that names it. */
const REFERRING_LISTS: ReadonlyArray<{ list: string; key: string }> = [
  { list: 'inventario', key: 'conjunto' },
  { list: 'plan', key: 'conjunto' },
  { list: 'herramientas', key: 'conjuntos' },
  { list: 'historias', key: 'conjuntos' },
];

/** Whether the value at `path` of a plan names a dataset by its identifier. */
export function isDatasetReferencePath(path: NodePath): boolean {
  const [list, index, key, item] = path;
  if (typeof index !== 'number') return false;
  const entry = REFERRING_LISTS.find((candidate) => candidate.list === list && candidate.key === key);
  if (!entry) return false;
  return path.length === 3 || (path.length === 4 && entry.key === 'conjuntos' && typeof item === 'number');
}

/** A dataset of the workspace with the file that documents it. */
export interface DatasetEntry {
  file: FileAnalysis;
  dataset: DatasetFacts;
  /** The `identifier` value's node. */
  identifierNode: SourceNode;
}

/** Every documented dataset of the workspace, by identifier (several when it is duplicated). */
export function datasetsByIdentifier(index: WorkspaceIndex): Map<string, DatasetEntry[]> {
  const found = new Map<string, DatasetEntry[]>();
  for (const file of index.all()) {
    if (file.kind !== 'dataset' && file.kind !== 'catalog') continue;
    for (const dataset of file.datasets) {
      const identifier = dataset.identifier?.trim();
      const identifierNode = valueOf(dataset.node, 'identifier');
      if (!identifier || !identifierNode) continue;
      const list = found.get(identifier);
      const entry = { file, dataset, identifierNode };
      if (list) list.push(entry);
      else found.set(identifier, [entry]);
    }
  }
  return found;
}

/** A place in a plan that names a dataset. */
export interface DatasetReference {
  file: FileAnalysis;
  identifier: string;
  node: SourceNode;
  path: NodePath;
}

/** Every reference to a dataset in the plans of the workspace (inventory, plan, tools, stories). */
export function datasetReferences(index: WorkspaceIndex): DatasetReference[] {
  const references: DatasetReference[] = [];
  for (const file of index.all()) {
    if (file.kind !== 'plan') continue;
    references.push(...referencesInPlan(file));
  }
  return references;
}

export function referencesInPlan(file: FileAnalysis): DatasetReference[] {
  const references: DatasetReference[] = [];
  const root = file.parsed.root;
  for (const { list, key } of REFERRING_LISTS) {
    itemsOf(valueOf(root, list)).forEach((entry, position) => {
      const value = valueOf(entry, key);
      if (value?.type === 'scalar' && typeof value.value === 'string' && value.value.trim()) {
        references.push({ file, identifier: value.value.trim(), node: value, path: [list, position, key] });
      }
      itemsOf(value).forEach((item, itemPosition) => {
        if (item.type === 'scalar' && typeof item.value === 'string' && item.value.trim()) {
          references.push({ file, identifier: item.value.trim(), node: item, path: [list, position, key, itemPosition] });
        }
      });
    });
  }
  return references;
}

/**
 * The dataset identifier a value stands for: a plan's reference (`conjunto`, `conjuntos`) or a
 * metadata file's own `identifier`; undefined for any other value.
 */
export function datasetIdentifierAt(file: FileAnalysis, path: NodePath, node: SourceNode): string | undefined {
  if (node.type !== 'scalar' || typeof node.value !== 'string') return undefined;
  if (file.kind === 'plan') {
    const conjuntosText = path.length === 3 && (path[0] === 'herramientas' || path[0] === 'historias') && path[2] === 'conjuntos';
    return isDatasetReferencePath(path) || conjuntosText ? node.value.trim() : undefined;
  }
  const datasetLevel = file.kind === 'catalog' ? path.length === 3 && path[0] === 'dataset' : path.length === 1;
  return datasetLevel && path[path.length - 1] === 'identifier' ? node.value.trim() : undefined;
}
