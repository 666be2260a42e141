// A requirement's page opens in its own tab titled with the requirement (never the extension's
// install folder), rendered offline; its links lead to other pages and to the other language, and
// a diagnostic's link in the Problems panel opens the same page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QUICK_INPUT, repoRoot, scenario, waitUntil } from './support/workbench.mjs';

const catalog = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'requirements.json'), 'utf8'));
const basico2b = catalog.requirements.find((requirement) => requirement.id === 'basico-2b');

scenario('requirement page: titled with the requirement, links to other pages work', async (vscode) => {
  const { page } = vscode;
  const activeTab = page.locator('.tabs-container .tab.active');
  const activeTitle = () =>
    activeTab.innerText().then(
      (text) => text.trim(),
      () => '',
    );
  const waitForTitle = (title) => waitUntil(async () => ((await activeTitle()) === title ? title : undefined), `the active tab to read «${title}»`, activeTitle);
  const pageLink = async (name) => {
    for (const frame of page.frames()) {
      const link = frame.getByRole('link', { name, exact: true });
      if (
        await link
          .first()
          .isVisible()
          .catch(() => false)
      )
        return link.first();
    }
    return undefined;
  };

  // The palette lists our commands once the extension host has read the manifest: wait until the
  // extension shows its verdict, as a person would look at the status bar first.
  await vscode
    .guideStatusItem()
    .filter({ hasText: /Guía:.*\d+\s*\/\s*\d+/ })
    .first()
    .waitFor();
  await vscode.runCommand("Guide: Open a Requirement's Page");
  const input = page.locator(QUICK_INPUT).filter({ visible: true });
  await input.fill('basico-2b');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'basico-2b' }).first().click();
  await waitForTitle(`basico-2b · ${basico2b.title.es}`);
  await waitUntil(() => vscode.isVisibleAnywhere('Qué pide la guía'), 'the page rendered, «Qué pide la guía»');
  // Nothing on screen names the extension's install folder (tab, breadcrumb, title bar).
  const workbenchText = await page.locator('.monaco-workbench').innerText();
  assert.ok(!workbenchText.includes(vscode.extensionsDir) && !workbenchText.includes('guia-datos-abiertos-0.'), 'the workbench shows no path of the installed extension');
  await vscode.screenshot('es');

  // «English» at the top of the page: the same requirement in English, in the same tab.
  const english = await waitUntil(() => pageLink('English'), 'the «English» link of the page');
  await english.click();
  await waitForTitle(`basico-2b · ${basico2b.title.en}`);
  await waitUntil(() => vscode.isVisibleAnywhere('What the guide asks'), 'the English page, «What the guide asks»');
  // «Requirement board» leads to the index, whose table links to every requirement.
  await (await waitUntil(() => pageLink('Requirement board'), 'the «Requirement board» link')).click();
  await (await waitUntil(() => pageLink('basico-1a'), "the index's link to basico-1a")).click();
  await waitForTitle(`basico-1a · ${catalog.requirements.find((requirement) => requirement.id === 'basico-1a').title.en}`);
  await vscode.screenshot('en');

  // The link of a finding's code in the Problems panel opens the page the same way.
  await vscode.showProblems();
  await vscode.filterProblems('«Matrícula escolar»');
  const row = vscode.problemRows('«Matrícula escolar»').first();
  await row.waitFor();
  await row.locator('a', { hasText: 'basico-2b' }).first().click();
  await waitForTitle(`basico-2b · ${basico2b.title.es}`);
  assert.equal(await page.locator('.tabs-container .tab', { hasText: 'basico-2b.md' }).count(), 0, "no tab titled with the page's file is left open");
  await vscode.screenshot('from-problems');
});
