import type { FileAnalysis } from '../model/analysis';
import { fileResources } from '../model/fileResources';
import { isRelativePath } from '../schema/formats';

/**
 * The download URLs a link check asks about: every `downloadURL` of every dataset of the workspace,
 * once each. Relative paths name local files (checked as data, not over the network) and are left out.
 */
export function downloadUrls(files: readonly FileAnalysis[]): string[] {
  const urls = new Set<string>();
  for (const file of files) {
    for (const resource of fileResources(file)) {
      const url = resource.downloadURL?.trim();
      if (url && !isRelativePath(url)) urls.add(url);
    }
  }
  return [...urls].sort();
}
