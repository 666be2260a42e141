// When the language server dies, the client starts it again (within bounds), tells the user once,
// and the diagnostics and the status bar come back.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { checkWithCli } from './support/cliOracle.mjs';
import { scenario, waitUntil } from './support/workbench.mjs';

const CRASH_NOTICE = 'se detuvo inesperadamente';

/** Our server processes inside this scenario's code-server (its own process group), never others'. */
function serverPids(vscode) {
  const group = vscode.server.process.pid;
  return execFileSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match) => match !== null)
    .filter((match) => Number(match[2]) === group && /datos-abiertos-mx\.guia-datos-abiertos-[^/]+\/dist\/server\.js/.test(match[3] ?? ''))
    .map((match) => Number(match[1]));
}

async function killServer(vscode) {
  const pids = await waitUntil(
    () => (serverPids(vscode).length === 1 ? serverPids(vscode) : undefined),
    'one language server process',
    () => serverPids(vscode),
  );
  process.kill(pids[0], 'SIGKILL');
  return pids[0];
}

scenario(
  'server failure: the client restarts a killed server, says so once, and the diagnostics come back',
  async (vscode) => {
    const status = vscode
      .guideStatusItem()
      .filter({ hasText: /Guía: (Básico|Intermedio|Avanzado) \d+\/\d+/ })
      .first();
    await status.waitFor();
    // The status bar's problem counts (errors, warnings, infos), as a person glances at them.
    const problems = vscode.page.locator('#status\\.problems');
    const counts = async () => (await problems.innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
    // What the editor shows once every file is checked: the command line's counts of errors and
    // warnings. Information (findings above the target level) stays out of Problems by default
    // (guia.showAboveTarget), and the status bar shows no info count when there is none.
    const severities = checkWithCli(vscode).files.flatMap((file) => file.diagnostics.map((diagnostic) => diagnostic.severity));
    const before = [1, 2].map((severity) => severities.filter((found) => found === severity).length).join(' ');
    await waitUntil(async () => (await counts()) === before, `the problem counts «${before}»`, counts);
    const statusBefore = (await status.innerText()).trim();

    const first = await killServer(vscode);
    await vscode.page.locator('.notification-toast', { hasText: CRASH_NOTICE }).first().waitFor();
    await waitUntil(
      () => serverPids(vscode).some((pid) => pid !== first),
      'a new server process',
      () => serverPids(vscode),
    );
    await vscode.guideStatusItem().filter({ hasText: statusBefore }).first().waitFor();
    assert.equal(await waitUntil(async () => ((await counts()) === before ? before : undefined), `the problem counts «${before}» again`, counts), before);

    // A second crash restarts the server again, without a second notification.
    const second = await killServer(vscode);
    await waitUntil(
      () => serverPids(vscode).some((pid) => pid !== second),
      'another new server process',
      () => serverPids(vscode),
    );
    await vscode.guideStatusItem().filter({ hasText: statusBefore }).first().waitFor();
    await vscode.runCommand('Notifications: Show Notifications');
    const center = vscode.page.locator('.notifications-center');
    await center.waitFor();
    assert.equal(await center.locator('.notification-list-item', { hasText: CRASH_NOTICE }).count(), 1, 'the user is told about the crash once');
    await vscode.screenshot();
  },
  {
    // The web client's server is a worker inside the browser's page (GUIA_E2E_EXTENSION_KIND=web):
    // there is no process to kill from outside.
    ...(process.env.GUIA_E2E_EXTENSION_KIND === 'web' ? { skip: 'desktop host only: in the web host the server is a worker inside the page' } : {}),
  },
);
