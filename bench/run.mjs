// `npm run bench`: makes a fresh clone ready (dependencies, build), then runs the benchmark.
// The benchmark itself is TypeScript (bench/main.ts), run with tsx like the tests.
import { build, ensureDependencies, run } from '../scripts/bootstrap.mjs';

ensureDependencies();
build();
// `npm run bench -- --national` runs only the national board part (bench/nationalMain.ts),
// `npm run bench -- --catalog` only the big catalogs against yaml-language-server (bench/catalogMain.ts).
const part = process.argv.includes('--national') ? 'nationalMain' : process.argv.includes('--catalog') ? 'catalogMain' : 'main';
process.exitCode = run(process.execPath, ['--import', 'tsx', `bench/${part}.ts`]);
