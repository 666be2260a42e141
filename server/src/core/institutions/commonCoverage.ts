import { LEVELS, REQUIREMENTS, type RequirementId } from '../catalog/requirements';
import type { Coverage, LevelCoverage, RequirementState } from '../check/coverage';

/** From the state that says most against a requirement to the one that says least. */
const SEVERITY: readonly RequirementState[] = ['unmet', 'partial', 'no-evidence', 'met'];

/**
 * What every institution of a workspace reaches together: a requirement is `met` only when each of
 * them meets it, otherwise it takes the state that says most against it (`unmet`, then `partial`,
 * then `no-evidence`). With one institution it is that institution's coverage. Institutions are
 * never pooled: one's evidence cannot make up for another's gaps.
 */
export function commonCoverage(coverages: readonly Coverage[]): Coverage {
  const result = {} as Coverage;
  for (const level of LEVELS) {
    const requirements: Partial<Record<RequirementId, RequirementState>> = {};
    for (const requirement of REQUIREMENTS.filter((candidate) => candidate.level === level.id)) {
      const states = coverages.map((coverage) => coverage[level.id]?.requirements[requirement.id] ?? 'no-evidence');
      requirements[requirement.id] = states.length === 0 ? 'no-evidence' : SEVERITY.find((candidate) => states.includes(candidate))!;
    }
    result[level.id] = levelCoverageOf(requirements);
  }
  return result;
}

/** A level's coverage from the states of its requirements, counted as `computeCoverage` counts them. */
export function levelCoverageOf(requirements: Partial<Record<RequirementId, RequirementState>>): LevelCoverage {
  const states = Object.values(requirements);
  const met = states.filter((state) => state === 'met').length;
  const total = states.length;
  return { met, total, ratio: total === 0 ? 0 : Math.round((met / total) * 1000) / 1000, requirements };
}
