// What the editor should show, computed by the command line over the same copy of the examples.
// The CLI and the language server share the domain core; comparing the two proves the VS Code
// wiring (activation, scanning, publishing, settings, localisation) shows what the core found.
// The CLI used is the one inside the INSTALLED extension, so both sides come from the same .vsix
// even while the working tree's dist/ is being rebuilt.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { EVALUATION_DATE } from './workbench.mjs';

/**
 * Runs the workbench's installed `guia check <folder> --format json` and returns its report:
 * `{ files: [{ path, kind, diagnostics: [{ range, severity, code, message, ... }] }], coverage }`.
 */
export function checkWithCli(workbench, { lang = 'es' } = {}) {
  const folder = workbench.folder;
  const result = spawnSync(process.execPath, [workbench.installedCli(), 'check', folder, '--format', 'json', '--today', EVALUATION_DATE, '--lang', lang], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Exit 1 only means "there are errors", which the flawed example has on purpose.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`guia check exited ${result.status}:\n${result.stderr}`);
  }
  return JSON.parse(result.stdout);
}

/** Every diagnostic of the report, with the file path relative to the checked folder. */
export function diagnosticsOf(report, folder) {
  return report.files.flatMap((file) =>
    file.diagnostics.map((diagnostic) => ({
      ...diagnostic,
      file: path.relative(folder, path.resolve(file.path)).split(path.sep).join('/'),
    })),
  );
}

/**
 * The one diagnostic of `file` at 1-based `line`:`column` (as the Problems panel shows positions)
 * with requirement `code`: several requirements may flag the same value.
 */
export function diagnosticAt(report, folder, { file, line, column, code }) {
  const found = diagnosticsOf(report, folder).filter(
    (diagnostic) => diagnostic.file === file && diagnostic.code === code && diagnostic.range.start.line === line - 1 && diagnostic.range.start.character === column - 1,
  );
  if (found.length !== 1) {
    throw new Error(`expected one ${code} diagnostic from guia check at ${file}:${line}:${column}, found ${found.length}`);
  }
  return found[0];
}

/**
 * The files for which the Problems panel does not show as many findings as `guia check` finds at
 * or below the target level (the editor keeps findings above it, Information, out of Problems by
 * default: guia.showAboveTarget; guia check prints them all). Empty when the two agree everywhere.
 */
export async function problemsMismatches(workbench, report) {
  const mismatches = [];
  for (const file of report.files) {
    const relative = path.relative(workbench.folder, path.resolve(file.path)).split(path.sep).join('/');
    try {
      await workbench.waitForProblemsShownFor(relative, file.diagnostics.filter((diagnostic) => diagnostic.severity !== 3).length, 30_000);
    } catch (error) {
      mismatches.push(`${relative} (${file.kind}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return mismatches;
}

const LEVELS = { Básico: 'basico', Intermedio: 'intermedio', Avanzado: 'avanzado' };
/** The status bar item's text: «Guía: Nivel n/total». */
const STATUS = /Guía:\s*(Básico|Intermedio|Avanzado)\s+(\d+)\s*\/\s*(\d+)/;

/**
 * Waits for the status bar's coverage and checks it shows the figures `guia check` computes for
 * the institution whose target level it names (each institution is judged on its own). Returns
 * the status bar item.
 */
export async function assertStatusMatchesCli(workbench, report) {
  const item = workbench.guideStatusItem().filter({ hasText: STATUS }).first();
  await item.waitFor();
  const text = (await item.innerText()).trim();
  const parts = STATUS.exec(text);
  if (!parts) throw new Error(`the status bar shows ${JSON.stringify(text)}`);
  const [, levelTitle, met, total] = parts;
  const institution = report.institutions.find((candidate) => candidate.targetLevel === LEVELS[levelTitle]);
  assert.ok(institution, `«${text}» names the target level of one of the institutions guia check lists`);
  const expected = institution.coverage[LEVELS[levelTitle]];
  assert.deepEqual(
    { met: Number(met), total: Number(total) },
    { met: expected.met, total: expected.total },
    `«${text}» shows the figures guia check computes for ${institution.name} at ${levelTitle}`,
  );
  return item;
}
