// `npm run bench`: makes a fresh clone ready (dependencies, build), then runs the benchmark.
// The benchmark itself is TypeScript (bench/main.ts), run with tsx like the tests.
import { build, ensureDependencies, run } from '../scripts/bootstrap.mjs';

ensureDependencies();
build();
// `npm run bench -- --national` runs only the national board part (bench/nationalMain.ts).
process.exitCode = run(process.execPath, ['--import', 'tsx', process.argv.includes('--national') ? 'bench/nationalMain.ts' : 'bench/main.ts']);
