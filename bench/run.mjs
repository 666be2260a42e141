// `npm run bench`: makes a fresh clone ready (dependencies, build), then runs the benchmark.
// The benchmark itself is TypeScript (bench/main.ts), run with tsx like the tests.
import { build, ensureDependencies, run } from '../scripts/bootstrap.mjs';

ensureDependencies();
build();
process.exitCode = run(process.execPath, ['--import', 'tsx', 'bench/main.ts']);
