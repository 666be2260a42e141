// A real VS Code (code-server) with the PACKAGED extension installed, opened on a fresh copy of
// `examples/`, driven through headless Chromium the way a person would use it: keyboard, mouse,
// Problems panel, status bar, hovers, light bulbs.
//
// Every wait is on visible UI state (a locator appearing, text changing), never a fixed sleep.
// Timeouts are generous because code-server on a 2-core CI machine can take 20-30 s to render.

import { test } from 'node:test';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, launchChromium, startCodeServer, VSCODE_VERSION } from '../../../scripts/codeServer/launch.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Screenshots; those taken on another VS Code than the current one go in a folder of their own. */
export const RESULTS_DIR = path.join(
  repoRoot,
  'test-results',
  'e2e',
  ...(process.env.GUIA_VSCODE_RELEASE && process.env.GUIA_VSCODE_RELEASE !== 'current' ? [`vscode-${VSCODE_VERSION}`] : []),
  // The scenarios run again in the web-worker extension host keep their screenshots apart too.
  ...(process.env.GUIA_E2E_EXTENSION_KIND ? [`extension-kind-${process.env.GUIA_E2E_EXTENSION_KIND}`] : []),
);

/** The date the examples are written for (see the README): time-based rules give fixed results. */
export const EVALUATION_DATE = '2026-11-27';

/** Upper bound for one UI state to appear; generous, since we only ever wait for real state. */
export const UI_TIMEOUT = 90_000;
/** Upper bound for a whole scenario (start, install, render, act, assert). */
export const SCENARIO_TIMEOUT = 5 * 60_000;

/** A pattern matching an element whose whole text is `text`. */
function exactly(text) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * The text box of the palette, Quick Open and input boxes. Older workbenches (VS Code 1.93) also
 * keep a «toggle all» checkbox input in the same widget, so `input` alone is ambiguous there.
 */
export const QUICK_INPUT = '.quick-input-widget input:not([type="checkbox"])';

/** The packaged extension under test; `npm run test:e2e` packages it before running. */
export function vsixPath() {
  const vsix = process.env.GUIA_E2E_VSIX ?? path.join(repoRoot, 'dist', 'guia-datos-abiertos.vsix');
  if (!existsSync(vsix)) {
    throw new Error(`${vsix} does not exist: run the suite with \`npm run test:e2e\`, which packages the extension first`);
  }
  return vsix;
}

/**
 * Declares one end-to-end scenario: a fresh VS Code on a fresh copy of the examples. On failure
 * the screenshot and the logs (code-server, extension host, our output channel) are saved and
 * printed, so a red CI run explains itself. `folders`: empty folders (relative paths) made in the
 * copy before VS Code opens it. `skip`: why the scenario does not run here.
 * @param {string} name
 * @param {any} body
 * @param {{ settings?: Record<string, unknown>, emptyFolder?: boolean, folders?: string[], skip?: string }} [options]
 */
export function scenario(name, body, { settings = {}, emptyFolder = false, folders = [], skip } = {}) {
  test(name, { timeout: SCENARIO_TIMEOUT, ...(skip ? { skip } : {}) }, async () => {
    const workbench = new Workbench(slugOf(name), settings, emptyFolder, folders);
    try {
      await workbench.start();
      await body(workbench);
    } catch (error) {
      await workbench.captureFailure();
      throw error;
    } finally {
      await workbench.close();
    }
  });
}

/**
 * `GUIA_E2E_EXTENSION_KIND=web` runs every scenario with the extension in the web-worker extension
 * host (its `browser` entry, as on vscode.dev): the setting code-server's workbench reads.
 */
function extensionKindSettings() {
  const kind = process.env.GUIA_E2E_EXTENSION_KIND;
  return kind ? { 'remote.extensionKind': { 'datos-abiertos-mx.guia-datos-abiertos': [kind] } } : {};
}

function slugOf(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export class Workbench {
  /**
   * @param {string} slug
   * @param {Record<string, unknown>} settings
   * @param {string[]} [folders]
   */
  constructor(slug, settings, emptyFolder = false, folders = []) {
    this.slug = slug;
    // A newcomer's folder: nothing in it but what the scenario creates.
    this.emptyFolder = emptyFolder;
    this.folderName = emptyFolder ? 'mi-institucion' : 'examples';
    // Empty folders made before VS Code opens the workspace, so the Explorer lists them from the start.
    this.extraFolders = folders;
    // The scenarios read Spanish messages in an English VS Code: Spanish is asked for explicitly
    // (by default messages follow VS Code's display language).
    this.settings = { 'guia.evaluationDate': EVALUATION_DATE, 'guia.language': 'es', ...extensionKindSettings(), ...settings };
    this.temporary = [];
    // Set by start(); captureFailure() and close() check them, since start() may fail part-way.
    /** @type {string} */ this.folder;
    /** @type {string} */ this.userDataDir;
    /** @type {string} */ this.extensionsDir;
    /** @type {ReturnType<typeof launchChromium>} */ this.browserLaunch;
    /** @type {Awaited<ReturnType<typeof startCodeServer>>} */ this.server;
    /** @type {import('playwright-core').Browser} */ this.browser;
    /** @type {import('playwright-core').Page} */ this.page;
  }

  tempDir(prefix) {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    this.temporary.push(dir);
    return dir;
  }

  async start() {
    // A fresh copy per scenario: quick fixes edit files, and the repo's examples stay untouched.
    this.folder = path.join(this.tempDir('guia-e2e-'), this.folderName);
    if (this.emptyFolder) mkdirSync(this.folder);
    // GUIA_E2E_WORKSPACE: another folder copied instead of the examples, to try the scenarios that
    // compare with `guia check` (Problems, status bar) on any workspace; the others expect the examples.
    else cpSync(process.env.GUIA_E2E_WORKSPACE ?? path.join(repoRoot, 'examples'), this.folder, { recursive: true });
    for (const folder of this.extraFolders) mkdirSync(this.file(folder), { recursive: true });
    this.userDataDir = this.tempDir('guia-e2e-user-');
    this.extensionsDir = this.tempDir('guia-e2e-ext-');
    // Chromium starts while the extension is installed and code-server starts (a few seconds saved).
    this.browserLaunch = launchChromium();
    this.browserLaunch.catch(() => {}); // awaited below; an early rejection must not go unhandled meanwhile
    await installExtension(vsixPath(), { extensionsDir: this.extensionsDir, userDataDir: this.userDataDir });
    this.server = await startCodeServer({
      folder: this.folder,
      userDataDir: this.userDataDir,
      extensionsDir: this.extensionsDir,
      settings: this.settings,
      // Keep code-server's own config file out of the user's home folder.
      extraArgs: ['--config', path.join(this.userDataDir, 'config.yaml')],
    });
    this.browser = await this.browserLaunch;
    this.page = await this.browser.newPage({ viewport: { width: 1400, height: 900 } });
    this.page.setDefaultTimeout(UI_TIMEOUT);
    await this.page.goto(`${this.server.url}/?folder=${encodeURIComponent(this.folder)}`);
    await this.page.locator('.monaco-workbench').waitFor();
    // The status bar renders last among the parts the scenarios read.
    await this.page.locator('#workbench\\.parts\\.statusbar').waitFor();
  }

  /** `dist/cli.js` of the installed extension (the same .vsix the workbench runs). */
  installedCli() {
    const installed = readdirSync(this.extensionsDir).find((name) => name.startsWith('datos-abiertos-mx.guia-datos-abiertos-'));
    if (!installed) throw new Error(`the extension is not installed in ${this.extensionsDir}`);
    return path.join(this.extensionsDir, installed, 'dist', 'cli.js');
  }

  /** Absolute path of a file of the example copy. */
  file(relativePath) {
    return path.join(this.folder, ...relativePath.split('/'));
  }

  /** Saves `test-results/e2e/<scenario>[-label].png` and returns its path. */
  async screenshot(label = '') {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `${this.slug}${label ? `-${label}` : ''}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  // --- commands and editors ------------------------------------------------------------------

  /** Runs a command from the palette (F1) by its exact title. */
  async runCommand(title) {
    await this.page.keyboard.press('F1');
    const input = this.page.locator(QUICK_INPUT);
    await input.waitFor();
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor();
    await row.click();
  }

  /**
   * Clicks the quick pick item whose label is exactly `label`. Matching on the label, not the row's
   * text, keeps the command palette's row (still shown while the command opens its quick pick, and
   * whose title may contain the label) from being clicked instead.
   */
  async pickQuickItem(label) {
    const row = this.page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: exactly(label) }) })
      .first();
    await row.waitFor();
    await row.click();
  }

  /** Opens a file of the workspace with Quick Open (Ctrl+P), like a person would. */
  async openFile(relativePath) {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator(QUICK_INPUT);
    await input.waitFor();
    await input.fill(relativePath);
    const name = path.posix.basename(relativePath);
    const folder = path.posix.dirname(relativePath);
    // Wait for the row of this very file (the list updates as we type), then pick it.
    const row = this.page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ hasText: name })
      .filter({ hasText: folder === '.' ? '' : folder })
      .first();
    await row.waitFor();
    await row.click();
    const editor = this.editor(relativePath);
    await editor.locator('.view-lines').waitFor();
    return editor;
  }

  /** The editor showing a workspace file (Monaco marks it with the file's URI). */
  editor(relativePath) {
    return this.page.locator(`.editor-instance .monaco-editor[data-uri$="/${this.folderName}/${relativePath}"]`);
  }

  /** The rendered token of an editor whose whole text is `text` (e.g. a YAML key or value). */
  token(relativePath, text) {
    return this.editor(relativePath)
      .locator('.view-line span span', { hasText: exactly(text) })
      .first();
  }

  /** The rendered text of line `line` (1-based) of an open editor, spaces normalised. */
  async lineText(relativePath, line) {
    const editor = this.editor(relativePath);
    // Monaco positions lines absolutely; order them by their `top` to find the n-th.
    const lines = await editor.locator('.view-lines .view-line').evaluateAll((elements) =>
      elements
        .map((element) => ({ top: parseFloat(element.style.top), text: element.textContent.replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((entry) => entry.text),
    );
    return lines[line - 1];
  }

  // --- VS Code's simple file dialog (the one of the browser and of code-server) ---------------

  /** The visible text box of the open quick input (the simple file dialogs are quick inputs). */
  quickInputBox() {
    return this.page.locator(QUICK_INPUT).filter({ visible: true });
  }

  /** The labels of the rows the quick input lists now (a file dialog: the current folder's entries). */
  quickInputRows() {
    return this.page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
  }

  /**
   * Picks an existing file in the simple open dialog showing now, as a person types it: a plain
   * path of the machine the workbench serves (the dialog puts whatever is typed into the path of a
   * URI of its own scheme, so a typed `file://…` URI is «Please enter a path that exists»). Enter
   * waits until the dialog lists the file's folder: an Enter while the dialog still looks the path
   * up only moves it to that folder.
   */
  async pickFileInDialog(file) {
    const title = await this.dialogListed();
    await this.quickInputBox().fill(file);
    const name = path.basename(file);
    await waitUntil(
      async () => (await this.quickInputRows()).includes(name),
      `the open dialog to list ${name}`,
      () => this.quickInputRows(),
    );
    await this.page.keyboard.press('Enter');
    await this.dialogGone(title);
  }

  /**
   * Picks an existing folder in the simple open dialog showing now: its path makes the dialog
   * select the folder's row, a first Enter goes into it (the box then ends with `/` and the list
   * shows what it holds), a second one chooses it — what a person does with the keyboard. The folder must exist before the dialog
   * opens or is typed (an open dialog never creates one).
   */
  async pickFolderInDialog(folder) {
    const box = this.quickInputBox();
    const title = await this.dialogListed();
    await box.fill(folder);
    const focused = this.page.locator('.quick-input-list .monaco-list-row.focused');
    await waitUntil(
      async () => (await focused.allInnerTexts()).includes(path.basename(folder)),
      `the open dialog to select ${folder}`,
      () => focused.allInnerTexts(),
    );
    await this.page.keyboard.press('Enter');
    // Inside the folder once it lists the folder's own entries with none selected; an Enter before
    // that would go into the still-selected row again instead of choosing the folder.
    const inside = async () => (await box.inputValue()) === `${folder}/` && (await focused.count()) === 0 && !(await this.quickInputRows()).includes(path.basename(folder));
    await waitUntil(inside, `the open dialog to go into ${folder}`, async () => ({ value: await box.inputValue(), rows: await this.quickInputRows() }));
    await this.page.keyboard.press('Enter');
    await this.dialogGone(title);
  }

  /**
   * Waits until the simple file dialog showing now lists its first folder, and returns its title.
   * Until then it may still put that folder's path back in the box, over anything typed.
   */
  async dialogListed() {
    const title = await this.page.locator('.quick-input-title').filter({ visible: true }).innerText();
    await waitUntil(async () => (await this.quickInputRows()).length > 0, `the dialog «${title}» to list a folder`);
    return title;
  }

  /** Waits until the quick input titled `title` has closed or shows another title (the next dialog). */
  async dialogGone(title) {
    const titles = this.page.locator('.quick-input-title').filter({ visible: true });
    await waitUntil(
      async () => !(await titles.allInnerTexts()).includes(title),
      `the dialog «${title}» to accept`,
      async () => ({
        titles: await titles.allInnerTexts(),
        message: await this.page.locator('.quick-input-message').allInnerTexts(),
      }),
    );
  }

  // --- hovers --------------------------------------------------------------------------------

  /** The visible hover (editor hover or a workbench tooltip). */
  visibleHover() {
    return this.page.locator('.monaco-hover:not(.hidden), .workbench-hover').filter({ visible: true }).first();
  }

  /**
   * Rests the mouse on `target` until a hover whose text satisfies `accept` shows; returns that
   * text. Moves the mouse off and back between tries, as a person would: the first hover can land
   * while the editor still shifts lines (CodeLenses appear above datasets) or the server warms up.
   */
  async hoverUntil(target, accept, description) {
    let attempt = 0;
    let lastText = '';
    return waitUntil(
      async () => {
        await this.page.mouse.move(0, 0);
        await target.hover({ position: { x: 4 + (attempt++ % 5) * 3, y: 4 } });
        const hover = this.visibleHover();
        const deadline = Date.now() + 5_000;
        while (Date.now() < deadline) {
          lastText = await hover.innerText({ timeout: 1_000 }).catch(() => '');
          if (accept(lastText)) return lastText;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        return undefined;
      },
      description,
      () => lastText,
    );
  }

  // --- Problems panel ------------------------------------------------------------------------

  /** Opens the Problems panel and waits for it. */
  async showProblems() {
    await this.runCommand('View: Focus Problems');
    await this.page.locator('.markers-panel').waitFor();
  }

  /** The total the Problems tab shows in its badge (0 when it shows none). */
  async problemsBadgeCount() {
    // The tab and its label both carry «Problems … - Total n Problems»; the workbench sometimes
    // leaves the tab's own empty (seen in 1.100 when findings arrived before the panel opened).
    const labels = await this.page
      .locator('.part.panel .composite-bar .action-item, .part.panel .composite-bar .action-item .action-label')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
    const match = labels.map((label) => /^Problems.*Total (\d+) Problems?/.exec(label)).find(Boolean);
    return match ? Number(match[1]) : 0;
  }

  /** Waits until the Problems badge satisfies `predicate`; returns the count. */
  async waitForProblemsCount(predicate, description) {
    return waitUntil(
      async () => {
        const count = await this.problemsBadgeCount();
        return predicate(count) ? count : undefined;
      },
      `the Problems badge to show ${description}`,
      () => this.problemsBadgeCount(),
    );
  }

  /** The filter box of the panel's visible view (Output and others have hidden ones). */
  problemsFilter() {
    return this.page.locator('.part.panel .viewpane-filter-container').filter({ visible: true }).first();
  }

  /** The "Showing n of m" badge of the Problems filter box (shown only while a filter is set). */
  problemsFilterBadge() {
    return this.problemsFilter().locator('.viewpane-filter-badge');
  }

  /**
   * Types into the Problems filter box (what a person does to find one finding among many). The
   * box is cleared first and its "Showing n of m" badge must disappear, so a badge seen afterwards
   * belongs to the new filter. Callers then wait for the rows they expect.
   */
  async filterProblems(text) {
    const filter = this.problemsFilter().locator('input');
    await filter.fill('');
    await this.problemsFilterBadge().waitFor({ state: 'hidden' });
    await filter.fill(text);
  }

  /**
   * Filters the panel to one workspace file and waits until it shows `expected` problems for it
   * (diagnostics of different files may arrive at different moments); returns what it shows.
   * The count is read from the file's row ("5 problems in file x.yaml of folder y"), which says
   * the same before and after the filter applies; a file without problems has no row, which
   * counts only once the filter has applied (its badge says "Showing 0 of m").
   */
  async waitForProblemsShownFor(relativePath, expected, timeoutMs = UI_TIMEOUT) {
    await this.filterProblems(`**/${relativePath}`);
    const name = path.posix.basename(relativePath);
    const folder = path.posix.dirname(relativePath);
    const read = async () => {
      const labels = await this.page.locator('.markers-panel .monaco-list-row[aria-label*=" in file "]').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));
      for (const label of labels) {
        const match = /^(\d+) problems? in file (.+?)(?: of folder (.+))?$/.exec(label ?? '');
        if (match && match[2] === name && (match[3] ?? '.') === folder) return Number(match[1]);
      }
      const badge = await this.problemsFilterBadge()
        .innerText()
        .catch(() => '');
      return /Showing 0 of|No results/i.test(badge) ? 0 : undefined;
    };
    return waitUntil(async () => ((await read()) === expected ? expected : undefined), `the Problems panel to show ${expected} problem(s) for ${relativePath}`, read, timeoutMs);
  }

  /** Problem rows (not file rows) whose text contains `text`. */
  problemRows(text) {
    return this.page
      .locator('.markers-panel .monaco-list-row')
      .filter({ has: this.page.locator('.marker-message-details, .marker-code, .marker-source') })
      .filter({ hasText: text });
  }

  /** The file-group row of the Problems tree for a file name. */
  problemFileRow(fileName) {
    return this.page
      .locator('.markers-panel .monaco-list-row')
      .filter({ has: this.page.locator('.file-icon') })
      .filter({ hasText: fileName });
  }

  // --- status bar ----------------------------------------------------------------------------

  /** Status bar items contributed by our extension (their ids start with the extension id). */
  guideStatusItem() {
    return this.page.locator('#workbench\\.parts\\.statusbar .statusbar-item[id^="datos-abiertos-mx.guia-datos-abiertos" i]');
  }

  // --- settings ------------------------------------------------------------------------------

  /**
   * Chooses `value` for the enum setting `id` in the Settings editor, as a person does: open
   * the settings, search for the id, pick the value from its drop-down.
   * (Writing settings.json behind VS Code's back is not picked up by code-server.)
   */
  async chooseSetting(id, value) {
    await this.runCommand('Preferences: Open User Settings');
    const search = this.page.locator('.settings-editor .suggest-input-container textarea').first();
    await search.waitFor();
    await search.fill(id);
    const select = this.page.locator(`.settings-editor select[aria-label="${id}"]`);
    await select.waitFor();
    // The drop-down lists the options in the <select>'s order, under labels that may differ from the values.
    const index = await select.evaluate((element, wanted) => [.../** @type {HTMLSelectElement} */ (element).options].findIndex((option) => option.value === wanted), value);
    if (index < 0) throw new Error(`the setting ${id} has no value «${value}»`);
    await select.click();
    await this.page.locator(`.monaco-select-box-dropdown-container .monaco-list-row[data-index="${index}"]`).click();
    await waitUntil(
      async () => (await select.inputValue()) === value,
      `the setting ${id} to read «${value}»`,
      () => select.inputValue(),
    );
  }

  // --- anything visible, webviews included ---------------------------------------------------

  /** Whether `text` is visible in the workbench or inside any webview frame. */
  async isVisibleAnywhere(text) {
    for (const frame of this.page.frames()) {
      try {
        if (await frame.getByText(text, { exact: false }).first().isVisible()) return true;
      } catch {
        /* frame navigated or detached meanwhile: look at the others */
      }
    }
    return false;
  }

  // --- failure report and cleanup ------------------------------------------------------------

  async captureFailure() {
    const report = [`--- e2e failure diagnostics for "${this.slug}" ---`];
    try {
      if (this.page) report.push(`screenshot: ${path.relative(repoRoot, await this.screenshot('FAILED'))}`);
    } catch (error) {
      report.push(`(no screenshot: ${error instanceof Error ? error.message : error})`);
    }
    if (this.server) report.push('code-server output (tail):', this.server.output());
    report.push(...this.logTails());
    console.error(report.join('\n'));
  }

  /** Tails of the extension host log and of our output channel, from the user-data folder. */
  logTails() {
    const logsDir = this.userDataDir && path.join(this.userDataDir, 'logs');
    if (!logsDir || !existsSync(logsDir)) return [];
    const wanted = (file) => /exthost\.log$|Guía|guia/i.test(path.basename(file));
    return readdirSync(logsDir, { recursive: true })
      .map((file) => path.join(logsDir, file))
      .filter((file) => wanted(file) && statSync(file).isFile())
      .map((file) => `${path.relative(logsDir, file)} (tail):\n${readFileSync(file, 'utf8').split('\n').slice(-60).join('\n')}`);
  }

  async close() {
    const browser = this.browser ?? (await this.browserLaunch?.catch(() => undefined));
    await browser?.close().catch(() => {});
    await this.server?.stop();
    for (const dir of this.temporary) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * Polls `probe` until it returns something other than undefined/false, or fails after
 * UI_TIMEOUT with what it last saw. Polling a real state is not a fixed sleep: it returns as
 * soon as the state is reached.
 */
export async function waitUntil(probe, description, lastSeen, timeoutMs = UI_TIMEOUT) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      const seen = lastSeen ? ` (last seen: ${JSON.stringify(await lastSeen())})` : '';
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${description}${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
