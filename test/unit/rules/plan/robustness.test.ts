import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../../../server/src/core/check/analyzeFile';
import { WorkspaceIndex } from '../../../../server/src/core/check/workspaceIndex';
import { COMPLETE_PLAN, METADATA_PATH, PLAN_PATH, REZAGO_SOCIAL, TODAY } from './planWorkspace';

const LINES = COMPLETE_PLAN.split('\n');

/** Every plan a person could reach from the complete one by deleting a line or mistyping a value. */
function* damagedPlans(): Generator<[string, string]> {
  for (let i = 0; i < LINES.length; i++) {
    yield [`without line ${i + 1}`, LINES.filter((_, j) => j !== i).join('\n')];
    const match = /^(\s*(?:- )?[A-Za-z]+:)\s*\S/.exec(LINES[i]!);
    if (!match) continue;
    for (const value of ['null', '[]', '{}', '7']) {
      yield [`line ${i + 1} set to ${value}`, LINES.map((line, j) => (j === i ? `${match[1]} ${value}` : line)).join('\n')];
    }
  }
  for (const text of ['- a\n- b\n', 'texto suelto\n', 'plan: 3\ninventario: x\n', 'responsables: []\n', '{}\n']) yield [JSON.stringify(text), text];
}

describe('plan rules on damaged plans', () => {
  it('never throw, and every finding lies inside the text', () => {
    // The metadata is analysed once; each damaged plan replaces the previous one, as an edit would.
    const index = new WorkspaceIndex();
    index.set(analyzeFile(METADATA_PATH, 'metadata', REZAGO_SOCIAL));
    let plans = 0;
    for (const [name, text] of damagedPlans()) {
      plans++;
      index.set(analyzeFile(PLAN_PATH, 'plan', text));
      const report = index.evaluate({ today: TODAY, showAboveTarget: true, pagesRoot: 'file:///docs/requisitos', language: 'es' });
      const plan = report.files.find((file) => file.id === PLAN_PATH)!;
      const lastLine = text.split('\n').length - 1;
      for (const diagnostic of plan.diagnostics) {
        assert.ok(diagnostic.range.start.line <= diagnostic.range.end.line && diagnostic.range.end.line <= lastLine, `${name}: ${diagnostic.message}`);
        assert.ok(diagnostic.message.length > 20, `${name}: a finding says what to do`);
      }
    }
    assert.ok(plans > 300, `only ${plans} damaged plans`);
  });
});
