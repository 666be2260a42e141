// Entry point VS Code loads in the extension host (`--extensionTestsPath`): runs every bundled
// `*.test.js` next to this file with mocha, the ecosystem's convention for extension tests.
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** One test's outcome, for hosts that cannot show the extension host's console (code-server). */
interface Outcome {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

/** Called by VS Code; rejecting makes the test run (and the VS Code process) fail. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 90_000, reporter: 'spec' });
  for (const file of readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const outcomes: Outcome[] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (test) => outcomes.push({ title: test.fullTitle(), state: 'passed' }));
    runner.on('fail', (test, error: Error) => outcomes.push({ title: test.fullTitle(), state: 'failed', error: error.stack ?? String(error) }));
  });
  // scripts/integration.mjs asks for a result file when it cannot read the host's stdout.
  const resultFile = process.env.GUIA_INTEGRATION_RESULT;
  if (resultFile) writeFileSync(resultFile, JSON.stringify({ failures, outcomes }, null, 2));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
