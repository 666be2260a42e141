import { LEVELS, REQUIREMENTS } from '../../server/src/core/catalog/requirements';
import type { Coverage, RequirementState } from '../../server/src/core/check/coverage';
import type { BoardInput } from '../../server/src/core/report/boardModel';
import type { InstitutionCoverage } from '../../server/src/protocol/protocol';

/** A coverage report where every requirement is met except the ones given, for board view tests. */
export function boardInput(states: Record<string, RequirementState> = {}, findings: BoardInput['findings'] = {}, targetLevel: BoardInput['targetLevel'] = 'basico'): BoardInput {
  const coverage = {} as Coverage;
  for (const level of LEVELS) {
    const requirements: Record<string, RequirementState> = {};
    for (const requirement of REQUIREMENTS.filter((candidate) => candidate.level === level.id)) requirements[requirement.id] = states[requirement.id] ?? 'met';
    const met = Object.values(requirements).filter((state) => state === 'met').length;
    const total = Object.keys(requirements).length;
    coverage[level.id] = { met, total, ratio: met / total, requirements };
  }
  return { targetLevel, targetLevelSource: 'plan', coverage, findings };
}

/** An institution of a workspace at `root`, every requirement met except the ones given. */
export function institutionCoverage(
  root: string,
  name: string,
  states: Record<string, RequirementState> = {},
  findings: InstitutionCoverage['findings'] = {},
  targetLevel: InstitutionCoverage['targetLevel'] = 'basico',
  extra: Partial<InstitutionCoverage> = {},
): InstitutionCoverage {
  const { coverage, targetLevelSource } = boardInput(states, {}, targetLevel);
  return { name, root, targetLevel, targetLevelSource, coverage, findings, ...extra };
}
