// `npm start`: installs what is missing, builds, and checks the example workspace, printing the
// findings and the guide's board.
import { build, ensureDependencies, run } from './bootstrap.mjs';

ensureDependencies();
build();
console.log('› guia check examples\n');
const status = run(process.execPath, ['dist/cli.js', 'check', 'examples']);
// Findings in the examples are expected (half of them are flawed on purpose); only a crash fails.
process.exit(status === 2 ? 2 : 0);
