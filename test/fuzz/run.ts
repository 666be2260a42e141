// `npm run fuzz -- [--cases N] [--server-cases M] [--seed S] [--only I]`: a longer fuzz run than
// `npm test` does. Prints what it tried and writes each failing input to test-results/fuzz/ for replay.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCoreFuzz, type FuzzFailure } from './coreFuzz';
import { runServerFuzz } from './serverFuzz';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

function save(kind: string, seed: number, failures: readonly FuzzFailure[]): void {
  if (failures.length === 0) return;
  const folder = path.resolve(__dirname, '..', '..', 'test-results', 'fuzz');
  mkdirSync(folder, { recursive: true });
  for (const failure of failures) {
    const file = path.join(folder, `${kind}-${seed}-${failure.index}.txt`);
    writeFileSync(file, `# ${failure.seedFile}; ${failure.mutations.join(', ')}\n# ${failure.problems.join('\n# ')}\n${failure.text}`);
    console.log(`  ✘ caso ${failure.index} (${failure.seedFile}; ${failure.mutations.join(', ')}): ${failure.problems[0]}\n    → ${path.relative(process.cwd(), file)}`);
  }
}

async function main(): Promise<number> {
  const seed = option('seed', Date.now() % 1_000_000);
  const cases = option('cases', 20_000);
  const serverCases = option('server-cases', Math.ceil(cases / 20));
  const only = process.argv.includes('--only') ? option('only', 0) : undefined;
  console.log(
    only !== undefined ? `› fuzz: semilla ${seed}, solo el caso ${only} del núcleo` : `› fuzz: semilla ${seed}, ${cases} casos del núcleo, ${serverCases} casos del servidor`,
  );

  let started = Date.now();
  // --only replays one core case (each case depends on the seed and its number alone).
  const core = runCoreFuzz({ seed, cases: only !== undefined ? 1 : cases, first: only, caseBoundMs: 10_000, maxFailures: 100 });
  const coreFailures = core.failures;
  console.log(`  núcleo: ${core.cases} casos en ${((Date.now() - started) / 1000).toFixed(1)} s, el más lento ${Math.round(core.slowestMs)} ms, ${coreFailures.length} fallas`);
  console.log(
    `  mutaciones: ${Object.entries(core.mutationCounts)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')}`,
  );
  save('nucleo', seed, coreFailures);

  started = Date.now();
  const server = await runServerFuzz({ seed, cases: only !== undefined ? 0 : serverCases, requestBoundMs: 15_000, maxFailures: 50 });
  console.log(
    `  servidor: ${server.cases} casos, ${server.requests} peticiones en ${((Date.now() - started) / 1000).toFixed(1)} s, la más lenta ${Math.round(server.slowestMs)} ms (${server.slowestCase}), ${server.failures.length} fallas`,
  );
  console.log(
    `  peticiones: ${Object.entries(server.methods)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')}`,
  );
  save('servidor', seed, server.failures);
  return coreFailures.length + server.failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
