import { foldText } from '../../catalog/vocabularies';
import type { FileAnalysis } from '../../model/analysis';
import { stringValue, valueOf } from '../../parse/sourceTree';
import { identifierKey } from './planDocument';
import { urlKey } from './urls';

/** What the plan rules need to know of the workspace's dataset metadata. */
export interface MetadataIndex {
  /** Identifiers of every dataset in a metadata or catalog file, compared with `identifierKey`. */
  identifiers: ReadonlySet<string>;
  /** Every download URL and documentation page (`landingPage`, ADELA's `dataDictionary`), by `urlKey`. */
  datasetUrls: ReadonlySet<string>;
  /** Identifiers as written, by their accent-free form: to suggest `indicadores-educación` for `indicadores-educacion`. */
  identifiersByFoldedForm: ReadonlyMap<string, string>;
}

/**
 * The workspace's identifier that differs from `identifier` only in accents (or case), if any: the
 * likely intended one when `identifier` itself is unknown.
 */
export function sameIdentifierSpelledDifferently(index: MetadataIndex, identifier: string): string | undefined {
  const candidate = index.identifiersByFoldedForm.get(foldText(identifier));
  return candidate !== undefined && candidate.trim() !== identifier.trim() ? candidate : undefined;
}

// One evaluation passes the same `files` array to every rule, and a keystroke in the plan leaves
// every metadata file as it was: the index is built again only when the metadata analyses changed.
let last: { files: readonly FileAnalysis[]; metadata: readonly FileAnalysis[]; index: MetadataIndex } | undefined;

/** The identifiers and URLs of the workspace's metadata, built from the already-parsed facts. */
export function metadataIndex(files: readonly FileAnalysis[]): MetadataIndex {
  if (last?.files === files) return last.index;
  const metadata = files.filter((file) => file.kind === 'dataset' || file.kind === 'catalog');
  if (last && last.metadata.length === metadata.length && last.metadata.every((file, i) => file === metadata[i])) {
    last = { files, metadata, index: last.index };
    return last.index;
  }
  const identifiers = new Set<string>();
  const datasetUrls = new Set<string>();
  const identifiersByFoldedForm = new Map<string, string>();
  const addUrl = (text: string | undefined): void => {
    const key = text === undefined ? undefined : urlKey(text);
    if (key !== undefined) datasetUrls.add(key);
  };
  for (const file of files) {
    if (file.kind !== 'dataset' && file.kind !== 'catalog') continue;
    for (const dataset of file.datasets) {
      if (dataset.identifier?.trim()) {
        identifiers.add(identifierKey(dataset.identifier));
        if (!identifiersByFoldedForm.has(foldText(dataset.identifier))) identifiersByFoldedForm.set(foldText(dataset.identifier), dataset.identifier.trim());
      }
      addUrl(stringValue(valueOf(dataset.node, 'landingPage')));
      addUrl(stringValue(valueOf(dataset.node, 'dataDictionary')));
      for (const distribution of dataset.distributions) addUrl(distribution.downloadURL);
    }
  }
  const index = { identifiers, datasetUrls, identifiersByFoldedForm };
  last = { files, metadata, index };
  return index;
}
