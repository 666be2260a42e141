import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importFiles } from '../../../server/src/core/exchange/importFiles';
import { checkPlan, findingsFor } from '../rules/plan/planWorkspace';

/** API Tampico's inventory (ADELA's issue 398), its «Inventario» sheet saved as CSV (test/fixtures/real/README.md). */
const tampico = () => importFiles([{ name: 'apitam-inventario-2015.csv', bytes: readFileSync(new URL('../../fixtures/real/apitam-inventario-2015.csv', import.meta.url)) }], []);

describe("importing and checking API Tampico's inventory (real, ADELA's issue 398)", () => {
  it('takes its 13 rows, skipping the blank rows the spreadsheet left', () => {
    const result = tampico();
    assert.equal(result.sources[0]!.kind, 'inventory');
    assert.deepEqual(result.skipped, []);
    assert.match(result.files[0]!.text, /acceso: publico\n {4}fundamento: No aplica\n {4}fuente: Pdf\n {4}fechaEstimada: 2015-10/);
  });

  it('flags a PDF given as the source system (a document format, not a store) and accepts Excel, «Excell» included, as the guide does', () => {
    const text = tampico().files.find((file) => file.name === 'plan-de-apertura.yaml')!.text;
    const findings = findingsFor(checkPlan(text), 'basico-1b');
    assert.deepEqual(
      findings.filter((finding) => finding.endsWith(':fuente-es-formato')),
      ['11:fuente-es-formato', '27:fuente-es-formato', '35:fuente-es-formato'],
    );
    assert.deepEqual(
      findings.filter((finding) => !finding.endsWith(':fuente-es-formato')),
      [],
      'every other inventory field is there',
    );
  });
});
