import { LEVELS, REQUIREMENTS, type RequirementId } from '../catalog/requirements';
import type { Coverage, RequirementState } from '../check/coverage';

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
    const requirements: Record<RequirementId, RequirementState> = {};
    let met = 0;
    const ofLevel = REQUIREMENTS.filter((requirement) => requirement.level === level.id);
    for (const requirement of ofLevel) {
      const states = coverages.map((coverage) => coverage[level.id]?.requirements[requirement.id] ?? 'no-evidence');
      const state = states.length === 0 ? 'no-evidence' : SEVERITY.find((candidate) => states.includes(candidate))!;
      requirements[requirement.id] = state;
      if (state === 'met') met++;
    }
    const total = ofLevel.length;
    result[level.id] = { met, total, ratio: total === 0 ? 0 : Math.round((met / total) * 1000) / 1000, requirements };
  }
  return result;
}
