// `npm run requirement-ids`: writes `server/src/core/catalog/requirementIds.ts` from
// `schemas/requirements.json`, so a requirement id is a type the compiler checks (a typo in a rule
// does not compile) while the catalog stays data. `--check` only says whether the file is stale
// (the unit tests run it that way).
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(repoRoot, 'server', 'src', 'core', 'catalog', 'requirementIds.ts');

export function requirementIdsSource() {
  const catalog = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'requirements.json'), 'utf8'));
  const ids = catalog.requirements.map((requirement) => `  '${requirement.id}',`).join('\n');
  return [
    '// Written by `npm run requirement-ids` from schemas/requirements.json: do not edit by hand.',
    '',
    "/** Every requirement id of the guide's board, in the catalog's order. */",
    'export const REQUIREMENT_IDS = [',
    ids,
    '] as const;',
    '',
    "/** An id such as `basico-2b`: level, step number and the action's letter. */",
    'export type RequirementId = (typeof REQUIREMENT_IDS)[number];',
    '',
    'const KNOWN_IDS: ReadonlySet<string> = new Set(REQUIREMENT_IDS);',
    '',
    '/** Whether a text read from data (a diagnostic code, a JSON report, a schema, a link) names a requirement. */',
    'export function isRequirementId(text: string): text is RequirementId {',
    '  return KNOWN_IDS.has(text);',
    '}',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = requirementIdsSource();
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    /* not written yet */
  }
  if (process.argv.includes('--check')) {
    if (current !== wanted) {
      console.error('✘ server/src/core/catalog/requirementIds.ts no corresponde a schemas/requirements.json: ejecute npm run requirement-ids');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(target, wanted);
    console.log('✔ server/src/core/catalog/requirementIds.ts');
  }
}
