// `npm test`: installs what is missing, builds, type-checks, lints, then runs the unit and protocol tests,
// then the fuzz suite's small budget, then the end-to-end scenarios in VS Code (scripts/e2e.mjs).
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { build, ensureDependencies, repoRoot, runOrExit } from './bootstrap.mjs';

ensureDependencies();
build();
runOrExit('npm', ['run', '--silent', 'typecheck']);
runOrExit('npm', ['run', '--silent', 'lint']);

const testFiles = (folder) =>
  readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.join(folder, file))
    .sort();

runOrExit(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...testFiles('test/unit'), ...testFiles('test/protocol')]);
// The fuzz suite's small budget (fixed seeds) last, once everything it drives is known to work.
runOrExit(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...testFiles('test/fuzz')]);
// Last, the packaged extension in a real VS Code (code-server + Chromium, installed on first use).
runOrExit(process.execPath, [path.join(repoRoot, 'scripts', 'e2e.mjs')]);
