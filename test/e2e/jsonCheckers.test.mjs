// VS Code's own JSON checker adds no findings of its own to our JSON files (the manifest's
// `jsonValidation` gives it an empty bundled schema for them): on `catalogo.json` and on a
// `*.dcat.json` the Problems panel shows exactly what `guia check` finds, every row from «guía».
// A plain JSON file next to them shows the JSON checker is at work all the while.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { checkWithCli } from './support/cliOracle.mjs';
import { scenario } from './support/workbench.mjs';

const OURS = ['con-errores/catalogo.json', 'con-errores/datos/indicadores.dcat.json'];
const CONTROL = 'con-errores/notas.json';

scenario("JSON files: only the guide's findings, none from VS Code's JSON checker", async (vscode) => {
  // The flawed YAML dataset as JSON, as ADELA exported them: a JSON Schema checker would have
  // plenty to say about it (a date as 27/05/2014, «mensualmente», «XLSX»).
  const dataset = YAML.parse(readFileSync(vscode.file('con-errores/datos/indicadores.dcat.yaml'), 'utf8'));
  writeFileSync(vscode.file('con-errores/datos/indicadores.dcat.json'), JSON.stringify(dataset, null, 2));
  writeFileSync(vscode.file(CONTROL), '{ "nota": "no es de la Guía", }\n'); // a trailing comma

  const report = checkWithCli(vscode);
  await vscode
    .guideStatusItem()
    .filter({ hasText: /Guía:.*\d+\s*\/\s*\d+/ })
    .first()
    .waitFor();
  for (const file of [...OURS, CONTROL]) await vscode.openFile(file);
  await vscode.showProblems();
  // The JSON checker has looked at the files: it reports the control's trailing comma.
  await vscode.filterProblems('notas.json');
  await vscode.problemFileRow('notas.json').first().waitFor();

  for (const relative of OURS) {
    const checked = report.files.find((file) => path.relative(vscode.folder, path.resolve(file.path)).split(path.sep).join('/') === relative);
    assert.ok(checked, `guia check reads ${relative}`);
    const expected = checked.diagnostics.filter((diagnostic) => diagnostic.severity !== 3).length;
    assert.ok(expected > 0, `${relative} has findings to show`);
    await vscode.waitForProblemsShownFor(relative, expected);
    // Each row shows its source and code («guía basico-2b»); the JSON checker's would not.
    const rows = await vscode.problemRows('').allInnerTexts();
    const foreign = rows.map((text) => text.replace(/\s+/g, ' ')).filter((text) => !/guía (basico|intermedio|avanzado)-\d[a-z]/.test(text));
    assert.deepEqual(foreign, [], `every finding on ${relative} comes from the Guide`);
  }
  await vscode.filterProblems('indicadores.dcat.json');
  await vscode.screenshot();
});
