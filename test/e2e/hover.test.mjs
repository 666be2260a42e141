// Hovering a field of a metadata file shows what it is and the guide's requirement behind it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, scenario } from './support/workbench.mjs';

const FILE = 'completo/datos/rezago-social.dcat.yaml';
const requirements = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'requirements.json'), 'utf8')).requirements;
const catalogRequirement = requirements.find((requirement) => requirement.id === 'basico-2b');

scenario('hover: a field shows its meaning and its requirement', async (vscode) => {
  await vscode.openFile(FILE);
  // A field without a finding, so what appears is the field's documentation, not a diagnostic.
  // A CodeLens appearing can move the line under the pointer: wait for the field's own hover.
  const text = await vscode.hoverUntil(
    vscode.token(FILE, 'accrualPeriodicity'),
    (shown) => shown.startsWith('accrualPeriodicity') && shown.includes('basico-2b'),
    'the hover of accrualPeriodicity naming requirement basico-2b',
  );

  assert.match(text, /Periodicidad de actualización/, 'the field title, in Spanish');
  assert.ok(text.includes(catalogRequirement.title.es), `the requirement's title «${catalogRequirement.title.es}»`);
  await vscode.screenshot();
});
