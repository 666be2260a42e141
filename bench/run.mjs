// `npm run bench`: makes a fresh clone ready (dependencies, build), then runs the benchmark.
// The benchmark itself is TypeScript (bench/main.ts), run with tsx like the tests.
import { build, ensureDependencies, run, runOrExit } from '../scripts/bootstrap.mjs';

ensureDependencies();
if (process.argv.includes('--web')) {
  // `npm run bench -- --web [--runs N]`: the extension in a browser (bench/web.mjs), from the packaged
  // .vsix in code-server, installed first like the e2e scenarios do.
  runOrExit(process.execPath, ['scripts/codeServer/setup.mjs']);
  runOrExit(process.execPath, ['scripts/package.mjs']);
  process.exit(run(process.execPath, ['bench/web.mjs', ...process.argv.slice(2).filter((argument) => argument !== '--web')]));
}
build();
// `npm run bench -- --national` runs only the national board part (bench/nationalMain.ts),
// `npm run bench -- --catalog` only the big catalogs against yaml-language-server (bench/catalogMain.ts).
const part = process.argv.includes('--national') ? 'nationalMain' : process.argv.includes('--catalog') ? 'catalogMain' : 'main';
process.exitCode = run(process.execPath, ['--import', 'tsx', `bench/${part}.ts`]);
