import { analyzeFile, type FileAnalysis } from '../../server/src/core/check/analyzeFile';
import { WorkspaceIndex } from '../../server/src/core/check/workspaceIndex';
import { invariantViolations } from './checks';
import { loadSeeds, type SeedFile } from './corpus';
import { mutate } from './mutators';
import { Random } from './random';

export interface FuzzOptions {
  seed: number;
  cases: number;
  /** A case slower than this counts as a hang (a safety net, far above any real file's time). */
  caseBoundMs: number;
  /** Stops early after this many failures (each one is kept whole for replay). */
  maxFailures?: number;
}

/** A case that broke something, with everything needed to replay it. */
export interface FuzzFailure {
  index: number;
  seedFile: string;
  mutations: string[];
  text: string;
  problems: string[];
}

export interface FuzzResult {
  cases: number;
  failures: FuzzFailure[];
  /** How many cases each mutation took part in, so a run can show it covered them all. */
  mutationCounts: Record<string, number>;
  slowestMs: number;
}

/**
 * Drives the core as the server and the command line do: a workspace made of all the seed files,
 * where one file at a time is replaced by a mutated version, analysed and evaluated across files.
 * Case `i` of seed `s` is always the same input, whatever ran before it.
 */
export function runCoreFuzz(options: FuzzOptions): FuzzResult {
  const seeds = loadSeeds();
  const index = new WorkspaceIndex();
  const originals = new Map<string, FileAnalysis>();
  for (const seed of seeds) {
    const analysis = analyzeFile(seed.name, seed.role, seed.text);
    originals.set(seed.name, analysis);
    index.set(analysis);
  }
  const failures: FuzzFailure[] = [];
  const mutationCounts: Record<string, number> = {};
  let slowestMs = 0;
  let ran = 0;
  for (let i = 0; i < options.cases && failures.length < (options.maxFailures ?? 20); i++) {
    const random = Random.forCase(options.seed, i);
    const seed = random.pick(seeds);
    const { text, mutations } = mutate(seed, random, seeds);
    for (const mutation of mutations) mutationCounts[mutation] = (mutationCounts[mutation] ?? 0) + 1;
    const started = performance.now();
    const problems = runCase(index, seed, text, random);
    const elapsed = performance.now() - started;
    slowestMs = Math.max(slowestMs, elapsed);
    if (elapsed > options.caseBoundMs) problems.push(`took ${Math.round(elapsed)} ms (bound ${options.caseBoundMs} ms)`);
    index.set(originals.get(seed.name)!);
    ran++;
    if (problems.length > 0) failures.push({ index: i, seedFile: seed.name, mutations, text, problems });
  }
  return { cases: ran, failures, mutationCounts, slowestMs };
}

function runCase(index: WorkspaceIndex, seed: SeedFile, text: string, random: Random): string[] {
  try {
    // Now and then the file is read with the other role, as a user's globs may do.
    const role = random.chance(0.1) ? (seed.role === 'plan' ? 'metadata' : 'plan') : seed.role;
    const analysis = analyzeFile(seed.name, role, text);
    index.set(analysis);
    const report = index.evaluate({
      today: random.pick(['2026-11-27', '2000-01-01', '2099-12-31', undefined]),
      targetLevel: random.pick(['basico', 'intermedio', 'avanzado', undefined] as const),
      showAboveTarget: random.chance(0.5),
      pagesRoot: 'file:///docs/requisitos',
      language: 'es',
    });
    return invariantViolations(text, analysis, report);
  } catch (error) {
    return [`threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`];
  }
}
