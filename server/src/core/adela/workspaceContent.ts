import type { FileAnalysis } from '../model/analysis';
import { toPlainValue, type PlainValue } from '../parse/sourceTree';
import type { PlainObject } from './importModel';

/** A dataset of the workspace, as plain data, with the file that holds it. */
export interface WorkspaceDataset {
  file: string;
  value: PlainObject;
}

/** What a workspace holds, as plain data, for the exporters. */
export interface WorkspaceContent {
  datasets: WorkspaceDataset[];
  /** The catalog-level keys (title, homepage…) of any catalog file, the first file's winning. */
  catalog: PlainObject;
  /** The first plan file (by path), if any. */
  plan: PlainObject | undefined;
  /** How many plan files there are; exports use only the first. */
  planFiles: number;
}

export function isPlainObject(value: PlainValue | undefined): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects the datasets (of dataset files and catalogs) and the plan of analysed files. */
export function workspaceContent(files: readonly FileAnalysis[]): WorkspaceContent {
  const content: WorkspaceContent = { datasets: [], catalog: {}, plan: undefined, planFiles: 0 };
  for (const file of [...files].sort((a, b) => a.id.localeCompare(b.id))) {
    const root = file.parsed.root ? toPlainValue(file.parsed.root) : undefined;
    if (!isPlainObject(root)) continue;
    if (file.kind === 'plan') {
      content.planFiles++;
      content.plan ??= root;
    } else if (file.kind === 'catalog') {
      for (const [key, value] of Object.entries(root)) {
        if (key !== 'dataset' && !(key in content.catalog)) content.catalog[key] = value;
      }
      const items = Array.isArray(root.dataset) ? root.dataset : [];
      for (const item of items) if (isPlainObject(item)) content.datasets.push({ file: file.id, value: item });
    } else if (file.kind === 'dataset') {
      content.datasets.push({ file: file.id, value: root });
    }
  }
  return content;
}

/** The resources of a dataset that are objects. */
export function distributionsOf(dataset: PlainObject): PlainObject[] {
  return Array.isArray(dataset.distribution) ? dataset.distribution.filter(isPlainObject) : [];
}

/** A string field, or undefined for a missing or non-text one. */
export function text(object: PlainObject | undefined, key: string): string | undefined {
  const value = object?.[key];
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
