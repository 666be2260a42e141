import type { SourceNode } from '../parse/sourceTree';

/**
 * A resource of a dataset, as the cross-file rules need it. Texts are trimmed, and undefined when
 * blank or a placeholder (see `isPlaceholder`): such a value is no evidence.
 */
export interface DistributionFacts {
  node: SourceNode;
  /** Position in the dataset's `distribution` list (names an untitled resource). */
  position: number;
  title: string | undefined;
  downloadURL: string | undefined;
  mediaType: string | undefined;
}

/** A dataset of a metadata file (the file itself, or one item of a catalog's `dataset` list). */
export interface DatasetFacts {
  node: SourceNode;
  /** Position in the catalog's list; undefined for a single-dataset file. */
  index: number | undefined;
  identifier: string | undefined;
  title: string | undefined;
  distributions: DistributionFacts[];
}
