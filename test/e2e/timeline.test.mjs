// The plan's timeline shows the plan of the active file's institution: `examples/` holds two.
import { scenario, waitUntil } from './support/workbench.mjs';

/** The timeline page's heading and the dataset identifiers it lists, from whichever webview frame holds it. */
async function timelinePage(vscode) {
  for (const frame of vscode.page.frames()) {
    try {
      const heading = frame.locator('h1', { hasText: 'Línea de tiempo del plan de apertura' });
      if ((await heading.count()) === 0) continue;
      const identifiers = await frame.locator('button[data-action="open"][data-focus-key^="plan:"]').allInnerTexts();
      return { heading: await heading.first().innerText(), identifiers };
    } catch {
      /* frame navigated meanwhile */
    }
  }
  return undefined;
}

/** Opens `file`, waits for the status bar to name its institution (`shortName`), then shows the timeline headed by its `name`. */
async function showTimelineOf(vscode, file, shortName, name) {
  await vscode.openFile(file);
  await vscode.guideStatusItem().filter({ hasText: shortName }).first().waitFor();
  await vscode.runCommand('Guide: Show the Plan Timeline');
  return waitUntil(
    async () => {
      const page = await timelinePage(vscode);
      return page && page.heading.includes(name) ? page : undefined;
    },
    `the timeline of ${name}`,
    () => timelinePage(vscode),
  );
}

scenario("timeline: each institution's own plan, the one of the active file", async (vscode) => {
  const completo = await showTimelineOf(vscode, 'completo/datos/rezago-social.dcat.yaml', 'CONEVAL', 'Consejo Nacional de Evaluación');
  if (!completo.identifiers.includes('rezago-social') || completo.identifiers.includes('matricula-escolar')) {
    throw new Error(`completo's timeline lists ${JSON.stringify(completo.identifiers)}`);
  }
  await vscode.screenshot('completo');

  const conErrores = await showTimelineOf(vscode, 'con-errores/datos/becas.dcat.yaml', 'Secretaría de Ejemplo', 'Secretaría de Ejemplo');
  if (!conErrores.identifiers.includes('matricula-escolar') || conErrores.identifiers.includes('rezago-social')) {
    throw new Error(`con-errores' timeline lists ${JSON.stringify(conErrores.identifiers)}`);
  }
  await vscode.screenshot('con-errores');
});
