import type { FileReport } from '../check/workspaceIndex';

/** How many findings a requirement has in a set of files, and how many of them are errors. */
export interface FindingCount {
  count: number;
  errors: number;
}

/** The findings of some files counted per requirement (the diagnostic's code), those kept out of Problems too. */
export function findingCounts(files: readonly FileReport[]): Record<string, FindingCount> {
  const counts: Record<string, FindingCount> = {};
  for (const file of files) {
    for (const diagnostic of file.diagnostics) {
      const entry = (counts[diagnostic.code] ??= { count: 0, errors: 0 });
      entry.count++;
      if (diagnostic.severity === 1) entry.errors++;
    }
    // Above the target level: never errors.
    for (const [code, { count }] of Object.entries(file.aboveTarget)) (counts[code] ??= { count: 0, errors: 0 }).count += count;
  }
  return counts;
}
