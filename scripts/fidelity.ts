/**
 * Runs the checker on the real corpus of test/fixtures/real and prints what it finds, per
 * requirement and rule, with one line per finding (file, line, message) to judge by hand.
 * `node --import tsx scripts/fidelity.ts [--findings]`. The figures of docs/FIDELITY.md come from here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFiles } from '../server/src/core/exchange/importFiles';
import { checkWorkspace } from '../test/support/analyze';

const REAL = join(__dirname, '..', 'test', 'fixtures', 'real');
const TODAY = '2026-12-04';

/** SEDESOL's catalog and INAH's plan export, imported as `guia import` does. */
function importedWorkspace(): Record<string, string> {
  const inputs = ['sedesol-catalogo-2014.csv', 'inah-plan-de-apertura.csv'].map((name) => ({ name, bytes: readFileSync(join(REAL, name)) }));
  const result = importFiles(inputs, []);
  return Object.fromEntries(result.files.map((file) => [file.kind === 'plan' ? 'plan-de-apertura.yaml' : `datos/${file.name}`, file.text]));
}

/**
 * The resources of 118 institutions' catalogs: each row becomes a one-resource dataset of its
 * institution's catalog, only to judge its format (basico-2a); the wrapper's own fields are ours.
 */
function resourceCatalogs(): Record<string, string> {
  const text = readFileSync(join(REAL, 'adela-recursos-2015.csv'), 'utf8');
  const byInstitution = new Map<string, string[]>();
  for (const line of text.split('\n').slice(1)) {
    const match = /^"([^"]*)",("(?:[^"\\]|\\.)*"),("(?:[^"\\]|\\.)*"|null),("(?:[^"\\]|\\.)*"|null),/.exec(line);
    if (!match) continue;
    const [, institution, title, url, type] = match;
    const items = byInstitution.get(institution!) ?? [];
    const n = items.length + 1;
    items.push(
      `  - identifier: r-${n}\n    title: ${JSON.stringify(`${JSON.parse(title!)} (${n})`)}\n    distribution:\n      - title: ${title}\n        downloadURL: ${url === 'null' ? '""' : url}\n        mediaType: ${type === 'null' ? '""' : type}\n`,
    );
    byInstitution.set(institution!, items);
  }
  return Object.fromEntries([...byInstitution].map(([institution, items]) => [`recursos/${institution}.catalogo.yaml`, `dataset:\n${items.join('')}`]));
}

const showFindings = process.argv.includes('--findings');
for (const [name, files, only] of [
  ['imported (SEDESOL catalog + INAH plan)', importedWorkspace(), undefined],
  ['resources of 118 catalogs (basico-2a only)', resourceCatalogs(), 'basico-2a'],
] as const) {
  const report = checkWorkspace(files, { today: TODAY, targetLevel: 'basico' });
  const counts = new Map<string, number>();
  const lines: string[] = [];
  for (const file of report.files) {
    for (const diagnostic of file.diagnostics) {
      if (only && diagnostic.code !== only) continue;
      const key = `${String(diagnostic.code)} ${String(diagnostic.data.rule)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      lines.push(`${file.id}:${diagnostic.range.start.line + 1}\t${key}\t${diagnostic.message.replace(/\s+/g, ' ')}`);
    }
  }
  console.log(`== ${name}: ${Object.keys(files).length} files, ${lines.length} findings`);
  for (const [key, count] of [...counts].sort()) console.log(`${String(count).padStart(5)}  ${key}`);
  if (showFindings) for (const line of lines) console.log(line);
}
