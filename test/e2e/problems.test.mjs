// The Problems panel lists the findings of the examples, each with its requirement code, at the
// line and column of the offending value; the complete example has no errors.
import assert from 'node:assert/strict';
import { checkWithCli, diagnosticAt, diagnosticsOf, problemsMismatches } from './support/cliOracle.mjs';
import { scenario } from './support/workbench.mjs';

/** Flaws the example carries on purpose (see the «←» comments in examples/con-errores). */
const EXPECTED = [
  { file: 'con-errores/datos/indicadores.dcat.yaml', line: 8, column: 21, code: 'basico-2b', text: '«mensualmente»' },
  { file: 'con-errores/datos/indicadores.dcat.yaml', line: 5, column: 11, code: 'basico-2b', text: '«27/05/2014»' },
  { file: 'con-errores/datos/indicadores.dcat.yaml', line: 12, column: 16, code: 'basico-2b', text: '«XLSX»' },
  { file: 'con-errores/catalogo.json', line: 22, column: 16, code: 'basico-2b', text: '«Matrícula escolar»' },
  { file: 'con-errores/plan-de-apertura.yaml', line: 8, column: 13, code: 'basico-1a', text: '«juan.perez@ejemplo»' },
];

scenario('Problems panel: the expected findings with their requirement codes', async (vscode) => {
  const report = checkWithCli(vscode);
  const all = diagnosticsOf(report, vscode.folder);
  await vscode.showProblems();

  await vscode.waitForProblemsCount((n) => n > 0, 'findings');
  for (const expected of EXPECTED) {
    // The finding exists in the core (otherwise the example or a rule changed, not the editor).
    const diagnostic = diagnosticAt(report, vscode.folder, expected);
    assert.ok(diagnostic.message.includes(expected.text), `the message names ${expected.text}`);

    await vscode.filterProblems(expected.text);
    const row = vscode.problemRows(diagnostic.message.slice(0, 60)).first();
    await row.waitFor();
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    assert.ok(text.includes(expected.code), `the row shows the requirement code ${expected.code}: ${text}`);
    assert.ok(text.includes('guía'), `the row shows the source «guía»: ${text}`);
    assert.ok(text.includes(`[Ln ${expected.line}, Col ${expected.column}]`), `the row shows the position: ${text}`);
    await vscode.problemFileRow(expected.file.split('/').pop()).first().waitFor();
  }

  // The screenshot a person would take: the flawed file, underlined, over its findings.
  await vscode.openFile('con-errores/datos/indicadores.dcat.yaml');
  await vscode.editor('con-errores/datos/indicadores.dcat.yaml').locator('.squiggly-error').first().waitFor();
  await vscode.filterProblems('indicadores.dcat.yaml');
  await vscode.problemRows('basico-2b').first().waitFor();
  await vscode.screenshot();

  // The complete example is the model to copy: no errors in any of its files (and, below, the
  // panel shows for each file exactly what guia check finds).
  const completeErrors = all.filter((diagnostic) => diagnostic.file.startsWith('completo/') && diagnostic.severity === 1);
  assert.deepEqual(
    completeErrors.map((diagnostic) => `${diagnostic.file}: ${diagnostic.message}`),
    [],
    'guia check finds no errors in examples/completo',
  );

  // For every file, the panel shows as many findings as `guia check` finds in it at or below the
  // target level: no more, no less.
  assert.deepEqual(await problemsMismatches(vscode, report), [], 'the Problems panel agrees with guia check on every file');
});
