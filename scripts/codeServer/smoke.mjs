#!/usr/bin/env node
// End-to-end check that the cached code-server really renders VS Code here:
// setup -> start code-server on a temp folder with `a.txt` -> open it in headless Chromium ->
// wait for the workbench and for the explorer to list `a.txt` -> screenshot -> stop.
//
//   node scripts/codeServer/smoke.mjs      (screenshot: test-results/smoke.png)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer, launchChromium } from './launch.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const screenshot = path.join(repoRoot, 'test-results', 'smoke.png');
const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (message) => console.log(`[smoke] ${message}`);

// setup.mjs is a script (exports nothing); run it as one. Fast when already installed.
const setup = spawnSync(process.execPath, [path.join(here, 'setup.mjs')], { stdio: 'inherit' });
if (setup.status !== 0) process.exit(setup.status ?? 1);

const folder = mkdtempSync(path.join(os.tmpdir(), 'guia-smoke-'));
writeFileSync(path.join(folder, 'a.txt'), 'hello from the smoke test\n');

let server;
let browser;
try {
  let t0 = Date.now();
  server = await startCodeServer({ folder });
  log(`code-server answering at ${server.url} after ${seconds(t0)}`);

  t0 = Date.now();
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  log(`workbench rendered after ${seconds(t0)}`);

  // The explorer is a tree; its rows are treeitems named after the file.
  await page.getByRole('treeitem', { name: 'a.txt' }).waitFor({ timeout: 60_000 });
  log(`explorer shows a.txt after ${seconds(t0)}`);

  mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
  log(`screenshot: ${path.relative(repoRoot, screenshot)}`);
} catch (error) {
  console.error(`[smoke] FAILED: ${error instanceof Error && error.stack ? error.stack : error}`);
  if (server) console.error(`[smoke] code-server output:\n${server.output()}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
}
