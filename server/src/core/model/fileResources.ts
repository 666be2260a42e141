import { readAnalysis } from './restorableAnalysis';
import type { FileAnalysis } from './analysis';

/** A resource's address and declared format: what the link check and the local data checks look at. */
export interface ResourceAddress {
  downloadURL: string | undefined;
  mediaType: string | undefined;
}

/**
 * Every resource of a file's datasets, in order. Read without keeping an analysis that was let go
 * (see `readAnalysis`): these walks go over every file of the workspace.
 */
export function fileResources(file: FileAnalysis): ResourceAddress[] {
  return readAnalysis(file, (analysis) => analysis.datasets.flatMap((dataset) => dataset.distributions.map(({ downloadURL, mediaType }) => ({ downloadURL, mediaType }))));
}
