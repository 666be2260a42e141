// Runs the integration suites (test/integration, bundled) inside code-server's extension host,
// for machines where no desktop VS Code can be obtained. code-server is VS Code 1.100 with the
// same Node extension host; the browser workbench starts extension tests from the URL `payload`
// (`extensionDevelopmentPath` + `extensionTestsPath`), as VS Code's own web integration tests do.
// The host's console ends up in the browser, so the suite writes its outcomes to a result file.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { launchChromium, startCodeServer } from '../codeServer/launch.mjs';

const TIMEOUT_MS = 10 * 60_000;

/**
 * Opens `workspace` in code-server with `extensionDevelopmentPath` loaded and the mocha entry
 * `testsEntry` run in its extension host. Resolves with `{ failures, outcomes }`, or throws when
 * the suite never reported (the error carries the code-server log).
 */
export async function runInCodeServer({ workspace, developmentPath, testsEntry, settings }) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'guia-integration-host-'));
  const resultFile = path.join(scratch, 'result.json');
  // The extension host inherits code-server's environment: that is how the suite learns where to write.
  const previous = process.env.GUIA_INTEGRATION_RESULT;
  process.env.GUIA_INTEGRATION_RESULT = resultFile;
  let server;
  let browser;
  try {
    server = await startCodeServer({
      folder: workspace,
      settings,
      extraArgs: ['--config', path.join(scratch, 'config.yaml')],
      timeoutMs: 120_000,
    });
    const authority = new URL(server.url).host;
    const remote = (file) => `vscode-remote://${authority}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(developmentPath)],
      ['extensionTestsPath', remote(testsEntry)],
    ];
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 180_000 });
    const deadline = Date.now() + TIMEOUT_MS;
    let exited = false;
    server.process.once('exit', () => {
      exited = true;
    });
    // Poll for the result file the suite writes when it finishes (a real event, not a fixed wait).
    while (!existsSync(resultFile)) {
      if (exited || Date.now() > deadline) {
        throw new Error(`the integration suite did not report ${exited ? 'before code-server exited' : `within ${TIMEOUT_MS / 60_000} min`}:\n${server.output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return JSON.parse(readFileSync(resultFile, 'utf8'));
  } finally {
    if (previous === undefined) delete process.env.GUIA_INTEGRATION_RESULT;
    else process.env.GUIA_INTEGRATION_RESULT = previous;
    await browser?.close().catch(() => {});
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
