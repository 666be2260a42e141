// A newcomer's first hour, in an English VS Code with the default settings: from an empty folder,
// the plan and a dataset are created with the commands, their «…» values filled as a person does
// (find the placeholder, type over it, accept a completion and a quick fix), until the status bar
// says the basic level is met.
import assert from 'node:assert/strict';
import { QUICK_INPUT, scenario, waitUntil } from './support/workbench.mjs';

/** What a person types over each placeholder of the plan, in order (English templates). */
const PLAN_VALUES = [
  ['Name of the institution', 'Secretaría de Educación Pública'],
  ['ACRONYM', 'SEP'],
  ["The institution's vision of its open data", 'Publicar los datos de becas para que cualquiera pueda usarlos.'],
  ['Name of the Institutional Liaison', 'Ana Ruiz'],
  ['Position (Director General or above)', 'Directora General de Planeación'],
  ['enlace@institucion.gob.mx', 'ana.ruiz@sep.gob.mx'],
  ['Name of the Data Administrator', 'Luis Soto'],
  ['Position', 'Director General de Tecnologías de la Información'],
  ['administrador@institucion.gob.mx', 'luis.soto@sep.gob.mx'],
  ['Number of the designation letter', 'SEP/DGP/123/2026'],
  ['YYYY-MM-DD', '2026-03-02'],
  ['dataset-identifier', 'becas'],
  ['Name of the resource', 'Becas por entidad 2025'],
  ['What it is, in one sentence', 'Becas otorgadas por entidad.'],
  ['Position of the person responsible', 'Director de Becas'],
  ['Source system or database', 'PostgreSQL'],
  ['YYYY-MM', '2026-06'],
  ['dataset-identifier', 'becas'],
  ['What will be published', 'Las becas otorgadas cada año por entidad.'],
  ['anual, mensual, irregular…', 'anual'],
  ['YYYY-MM-DD', '2026-06-30'],
  ['How each download link is checked to answer', 'revisión mensual de los enlaces de descarga'],
  ['Government digital tool that uses the data', 'Mapa de becas'],
  ['https://www.institucion.gob.mx/herramienta', 'https://www.sep.gob.mx/mapa-becas'],
  ['dataset-identifier', 'becas'],
  ['https://datos.gob.mx/busca/organization/siglas', 'https://datos.gob.mx/busca/organization/sep'],
];

const DATASET_VALUES = [
  ['Clear name of the dataset', 'Becas otorgadas por entidad federativa'],
  ['What the dataset contains, in enough detail to judge its interest', 'Número de becas otorgadas cada año por entidad federativa, nivel educativo y sexo.'],
  ['keyword', 'becas'],
  ['Office responsible for the data', 'Dirección General de Becas'],
  ['https://www.institucion.gob.mx/datos', 'https://www.sep.gob.mx/datos/becas'],
  ['Name of the resource', 'Becas por entidad 2025'],
  ['https://datos.institucion.gob.mx/archivo.csv', 'https://datos.sep.gob.mx/becas/becas-2025.csv'],
];

scenario(
  'first hour: from an empty folder to Basic 8/8 with the commands, completions and a quick fix',
  async (vscode) => {
    const { page } = vscode;
    const status = vscode
      .guideStatusItem()
      .filter({ hasText: /Guide:/ })
      .first();

    /**
     * Runs one of our commands from the palette. In a folder with none of our files the extension
     * is not active yet and the workbench may list its commands a moment after it starts: a person
     * who does not see the command closes the palette and opens it again.
     */
    const runGuideCommand = async (title) => {
      await waitUntil(async () => {
        await page.keyboard.press('F1');
        const input = page.locator(QUICK_INPUT);
        await input.waitFor();
        await input.fill(`>${title}`);
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
        if (
          await row.waitFor({ timeout: 5_000 }).then(
            () => true,
            () => false,
          )
        ) {
          await row.click();
          return true;
        }
        await page.keyboard.press('Escape');
        return false;
      }, `the command «${title}» in the palette`);
    };

    /** Answers the save dialog (VS Code's simple dialog in the browser) with its proposed name. */
    const acceptSaveDialog = async (name) => {
      const input = page.locator(QUICK_INPUT).filter({ visible: true });
      await waitUntil(
        async () => (await input.inputValue().catch(() => '')).endsWith(name),
        `the save dialog to propose ${name}`,
        () => input.inputValue().catch(() => ''),
      );
      await page.keyboard.press('Enter');
    };

    /** Finds the placeholder «label» from the cursor on and leaves it selected, as Ctrl+F then Escape does. */
    const selectPlaceholder = async (label) => {
      await page.keyboard.press('Control+F');
      const find = page.locator('.find-widget textarea, .find-widget input').filter({ visible: true }).first();
      await find.waitFor();
      // Typing moves the selection to the first match after the cursor; Escape leaves it selected.
      await find.fill(`«${label}»`);
      await page.waitForTimeout(150);
      await page.keyboard.press('Escape');
    };

    const fill = async (values) => {
      for (const [label, value] of values) {
        await selectPlaceholder(label);
        await page.keyboard.type(value);
      }
    };

    // 1. The plan, from the command palette.
    await runGuideCommand('Guide: New Opening Plan');
    await acceptSaveDialog('plan-de-apertura.yaml');
    const plan = await vscode
      .editor('plan-de-apertura.yaml')
      .locator('.view-lines')
      .waitFor()
      .then(() => vscode.editor('plan-de-apertura.yaml'));
    await status.waitFor();
    await vscode.screenshot('1-new-plan');
    // The server may still be checking the new file («Guide: checking…»): wait for its verdict.
    const fresh = await waitUntil(
      async () => {
        const text = (await status.textContent()) ?? '';
        return /Guide: Basic \d+\/8/.test(text) ? text : undefined;
      },
      'the status bar to show the basic level',
      () => status.textContent(),
    );
    assert.match(fresh, /Guide: Basic [0-7]\/8/, 'a fresh template does not meet the basic level');
    // Nothing is an error yet: one summary line says what is left.
    await vscode.showProblems();
    await vscode.problemRows('values left to fill').first().waitFor();
    assert.equal(await page.locator('.markers-panel .codicon-error').count(), 0, 'no errors in a fresh plan');
    await vscode.screenshot('2-what-is-left');

    // The first value to fill is selected: type over it, then the rest.
    // Back to the editor, as the Problems panel had the focus (and would take Ctrl+F for its filter).
    await vscode.runCommand('View: Hide Panel');
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    await page.keyboard.press('Control+1');
    await waitUntil(
      async () => (await plan.getAttribute('class'))?.includes('focused'),
      'the plan editor to have the focus',
      () => plan.getAttribute('class'),
    );
    await page.keyboard.press('Control+Home');
    await fill(PLAN_VALUES);
    await page.keyboard.press('Control+S');
    await vscode.screenshot('3-plan-filled');

    // 2. The dataset the plan promises.
    await runGuideCommand('Guide: New Dataset');
    const identifier = page.locator(QUICK_INPUT).filter({ visible: true });
    await identifier.waitFor();
    await identifier.fill('becas');
    await page.keyboard.press('Enter');
    await acceptSaveDialog('becas.dcat.yaml');
    const dataset = vscode.editor('becas.dcat.yaml');
    await dataset.locator('.view-lines').waitFor();
    await page.keyboard.press('Control+Home');
    await fill(DATASET_VALUES);

    // A periodicity from the completion list.
    await page.keyboard.press('Control+Home');
    await selectPlaceholder('anual, mensual, irregular…');
    await page.keyboard.press('Delete');
    await page.keyboard.type('anu');
    await page.keyboard.press('Control+Space');
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: /^\s*anual/ }).first();
    await suggestion.waitFor();
    await vscode.screenshot('4-completion');
    await suggestion.click();

    // The address as some institutions write it, and its quick fix.
    await page.keyboard.press('Control+Home');
    await selectPlaceholder('correo@institucion.gob.mx');
    await page.keyboard.type('becas(at)sep.gob.mx');
    await page.keyboard.press('ArrowLeft');
    const fix = page
      .locator('.action-widget .monaco-list-row.action')
      .filter({ hasText: /becas@sep\.gob\.mx/ })
      .first();
    await waitUntil(async () => {
      await page.keyboard.press('Control+.');
      return fix.waitFor({ timeout: 5_000 }).then(
        () => true,
        async () => {
          await page.keyboard.press('Escape');
          return false;
        },
      );
    }, 'the quick fix «Write the address as becas@sep.gob.mx»');
    await vscode.screenshot('5-quick-fix');
    const box = await fix.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Control+S');

    // 3. The basic level, met.
    await waitUntil(
      async () => /Guide: Basic 8\/8/.test((await status.textContent()) ?? ''),
      'the status bar to read «Guide: Basic 8/8»',
      () => status.textContent(),
    );
    await vscode.screenshot('6-basic-met');
  },
  { emptyFolder: true, settings: { 'guia.language': 'vscode' } },
);
