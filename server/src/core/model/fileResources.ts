import type { FileAnalysis } from './analysis';
import { readAnalysis, RestorableAnalysis } from './restorableAnalysis';

/** A resource's address and declared format: what the link check and the local data checks look at. */
export interface ResourceAddress {
  downloadURL: string | undefined;
  mediaType: string | undefined;
}

/**
 * The resources of each restorable analysis, read once (its text never changes): the walks over
 * every file of the workspace ask for them, and must not work out again an analysis let go.
 */
const kept = new WeakMap<RestorableAnalysis, ResourceAddress[]>();

/**
 * Every resource of a file's datasets, in order. An analysis that was let go is not kept for it
 * (see `readAnalysis`), and a restorable one's resources are remembered (see `kept`): read them
 * while it is held, and no later walk needs it again.
 */
export function fileResources(file: FileAnalysis): ResourceAddress[] {
  if (!(file instanceof RestorableAnalysis)) return resourcesOf(file);
  let resources = kept.get(file);
  if (resources === undefined) kept.set(file, (resources = readAnalysis(file, resourcesOf)));
  return resources;
}

function resourcesOf(analysis: FileAnalysis): ResourceAddress[] {
  return analysis.datasets.flatMap((dataset) => dataset.distributions.map(({ downloadURL, mediaType }) => ({ downloadURL, mediaType })));
}
