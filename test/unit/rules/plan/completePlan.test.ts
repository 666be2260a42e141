import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RequirementId } from '../../../../server/src/core/catalog/requirements';
import { checkWorkspace } from '../../../support/analyze';
import { checkPlan, COMPLETE_PLAN, METADATA_PATH, PLAN_PATH, REZAGO_SOCIAL, stateOf, TODAY } from './planWorkspace';

const PLAN_REQUIREMENTS: RequirementId[] = [
  'basico-1a',
  'basico-1b',
  'basico-1c',
  'basico-2b',
  'basico-3b',
  'basico-4a',
  'intermedio-1a',
  'intermedio-1b',
  'intermedio-3a',
  'intermedio-4a',
  'intermedio-4b',
  'avanzado-1a',
  'avanzado-3a',
  'avanzado-4a',
];

describe('a complete plan', () => {
  it('has no diagnostics and meets every requirement checked on the plan', () => {
    const report = checkPlan(COMPLETE_PLAN);
    const plan = report.files.find((file) => file.id === PLAN_PATH)!;
    assert.deepEqual(
      plan.diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.code}:${String(diagnostic.data.rule)}`),
      [],
    );
    for (const requirement of PLAN_REQUIREMENTS) assert.equal(stateOf(report, requirement), 'met', requirement);
  });

  it('reports an empty plan file once, not once per missing section', () => {
    const report = checkPlan('', {});
    const plan = report.files.find((file) => file.id === PLAN_PATH)!;
    assert.deepEqual(
      plan.diagnostics.map((diagnostic) => String(diagnostic.data.rule)),
      ['archivo-vacio'],
    );
  });

  it('says "no evidence" for plan requirements when the workspace has no plan', () => {
    const report = checkWorkspace({ [METADATA_PATH]: REZAGO_SOCIAL }, { today: TODAY });
    for (const requirement of ['basico-1a', 'basico-1b', 'basico-1c', 'intermedio-3a', 'avanzado-4a'] as const)
      assert.equal(stateOf(report, requirement), 'no-evidence', requirement);
  });
});
