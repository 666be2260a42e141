import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCoreFuzz, type FuzzFailure } from './coreFuzz';
import { MUTATORS } from './mutators';
import { runServerFuzz } from './serverFuzz';

/**
 * The fuzz suite's small budget, run by `npm test` (a longer run: `npm run fuzz -- --cases 100000`).
 * Fixed seeds: a failure here is reproducible with `npm run fuzz -- --seed <seed> --only <case>`.
 * The bounds are hang detectors, far above the time any case takes.
 */
const CORE = { seed: 20261127, cases: 2000, caseBoundMs: 10_000 };
const SERVER = { seed: 8, cases: 150, requestBoundMs: 15_000 };

function describeFailures(failures: readonly FuzzFailure[]): string {
  return failures
    .slice(0, 5)
    .map(
      (failure) =>
        `case ${failure.index} (${failure.seedFile}; ${failure.mutations.join(', ')}):\n  ${failure.problems.slice(0, 5).join('\n  ')}\n  text: ${JSON.stringify(failure.text.slice(0, 300))}`,
    )
    .join('\n');
}

describe('fuzzing', () => {
  it(`the core survives ${CORE.cases} mutated plans, datasets and catalogs`, { timeout: 300_000 }, () => {
    const result = runCoreFuzz(CORE);
    assert.equal(result.cases, CORE.cases);
    assert.deepEqual(
      result.failures.map((failure) => failure.index),
      [],
      describeFailures(result.failures),
    );
    // Every kind of mutation took part, so a broken mutator cannot make the suite pass vacuously.
    assert.deepEqual(
      MUTATORS.map((mutator) => mutator.name).filter((name) => !result.mutationCounts[name]),
      [],
    );
  });

  it(`the server answers every request through ${SERVER.cases} mutated documents and stays alive`, { timeout: 300_000 }, async () => {
    const result = await runServerFuzz(SERVER);
    assert.equal(result.cases, SERVER.cases);
    assert.deepEqual(
      result.failures.map((failure) => failure.index),
      [],
      describeFailures(result.failures),
    );
    assert.ok(result.requests >= SERVER.cases, `only ${result.requests} requests`);
  });
});
