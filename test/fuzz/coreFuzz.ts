import { analyzeFile, DocumentAnalyzer, type FileAnalysis } from '../../server/src/core/check/analyzeFile';
import type { FileRole } from '../../server/src/core/files/fileKinds';
import { WorkspaceIndex } from '../../server/src/core/check/workspaceIndex';
import { invariantViolations } from './checks';
import { loadSeeds, type SeedFile } from './corpus';
import { mutate } from './mutators';
import { Random } from '../../bench/random';

export interface FuzzOptions {
  seed: number;
  cases: number;
  /** The number of the first case (to replay one case alone: `first: n, cases: 1`). */
  first?: number;
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
  const first = options.first ?? 0;
  for (let i = first; i < first + options.cases && failures.length < (options.maxFailures ?? 20); i++) {
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
    const role: FileRole = random.chance(0.1) ? (seed.role === 'plan' ? 'metadata' : 'plan') : seed.role;
    const analysis = analyzeFile(seed.name, role, text);
    index.set(analysis);
    const report = index.evaluate({
      today: random.pick(['2026-11-27', '2000-01-01', '2099-12-31', undefined]),
      targetLevel: random.pick(['basico', 'intermedio', 'avanzado', undefined] as const),
      showAboveTarget: random.chance(0.5),
      pagesRoot: 'file:///docs/requisitos',
      language: 'es',
    });
    const problems = invariantViolations(text, analysis, report);
    // An open editor's analyzer re-reads only what changed; it must agree with a full analysis.
    if (random.chance(0.3)) problems.push(...incrementalDisagreement(seed, role, text, analysis, random));
    return problems;
  } catch (error) {
    return [`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
}

/** Edits the seed into the mutated text in one to three steps through one DocumentAnalyzer. */
function incrementalDisagreement(seed: SeedFile, role: FileRole, text: string, full: FileAnalysis, random: Random): string[] {
  const analyzer = new DocumentAnalyzer();
  analyzer.analyze(seed.name, role, seed.text);
  // Intermediate versions: prefixes of the change, as typing would produce them.
  for (let steps = random.int(3); steps > 0; steps--)
    analyzer.analyze(seed.name, role, text.slice(0, random.int(text.length + 1)) + seed.text.slice(random.int(seed.text.length + 1)));
  const incremental = analyzer.analyze(seed.name, role, text);
  const expected = JSON.stringify(full.findings);
  const actual = JSON.stringify(incremental.findings);
  if (expected === actual) return [];
  const first = [...actual].findIndex((char, i) => char !== expected[i]);
  return [
    `the incremental analysis differs from the full one near: ${expected.slice(Math.max(0, first - 80), first + 120)} ≠ ${actual.slice(Math.max(0, first - 80), first + 120)}`,
  ];
}
