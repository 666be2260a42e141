import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exampleUri, findingWith, guideDiagnostics, requirementOf, waitForDiagnostics } from './support/workspace';

/** Flaws the example carries on purpose (the «←» comments in examples/con-errores). */
const EXPECTED = [
  { file: 'con-errores/datos/indicadores.dcat.yaml', line: 8, column: 21, code: 'basico-2b', text: '«mensualmente»' },
  { file: 'con-errores/datos/indicadores.dcat.yaml', line: 5, column: 11, code: 'basico-2b', text: '«27/05/2014»' },
  { file: 'con-errores/datos/indicadores.dcat.yaml', line: 12, column: 16, code: 'basico-2b', text: '«XLSX»' },
  { file: 'con-errores/catalogo.json', line: 22, column: 16, code: 'basico-2b', text: '«Matrícula escolar»' },
  { file: 'con-errores/plan-de-apertura.yaml', line: 8, column: 13, code: 'basico-1a', text: '«juan.perez@ejemplo»' },
];

describe('diagnostics', () => {
  for (const expected of EXPECTED) {
    it(`${expected.file}:${expected.line}:${expected.column} ${expected.code} ${expected.text}`, async () => {
      const uri = exampleUri(expected.file);
      const diagnostics = await waitForDiagnostics(uri, (all) => all.some((d) => d.message.includes(expected.text)), expected.text);
      const finding = findingWith(
        diagnostics.filter((d) => requirementOf(d) === expected.code),
        expected.text,
      );
      assert.deepEqual([finding.range.start.line + 1, finding.range.start.character + 1], [expected.line, expected.column]);
      assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
      const code = finding.code;
      assert.ok(typeof code === 'object' && code.target.toString().includes(expected.code), 'the code links to the requirement page');
    });
  }

  it('finds no errors in the complete example', async () => {
    await waitForDiagnostics(exampleUri(EXPECTED[0]!.file), (all) => all.length > 0, 'the workspace to be checked');
    const files = await vscode.workspace.findFiles('completo/**/*.{yaml,yml,json}');
    assert.ok(files.length >= 3, 'the complete example has a plan and datasets');
    const errors = files.flatMap((uri) =>
      guideDiagnostics(uri)
        .filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error)
        .map((diagnostic) => `${vscode.workspace.asRelativePath(uri)}: ${diagnostic.message}`),
    );
    assert.deepEqual(errors, []);
  });
});
