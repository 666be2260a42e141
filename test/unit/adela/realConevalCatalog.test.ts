import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { importFiles } from '../../../server/src/core/exchange/importFiles';
import { check, ruleFindings } from '../rules/datasets/datasetWorkspace';

type Dataset = { modified?: string; distribution?: Array<{ spatial?: string; downloadURL?: string }> };

/** CONEVAL's catalog in ADELA's v2 template, Windows-1252, as ADELA's maintainers kept it (test/fixtures/real/README.md). */
const coneval = () => importFiles([{ name: 'coneval-catalogo-latin1.csv', bytes: readFileSync(new URL('../../fixtures/real/coneval-catalogo-latin1.csv', import.meta.url)) }], []);

const fileText = (result: ReturnType<typeof coneval>, name: string): string => {
  const file = result.files.find((candidate) => candidate.name === name);
  assert.ok(file, `${name} was not written: ${result.files.map((candidate) => candidate.name).join(', ')}`);
  return file.text;
};

describe("importing and checking CONEVAL's ADELA catalog (real, Windows-1252)", () => {
  it('reads the accents of windows-1252 and the US date with a two-digit year and AM', () => {
    const result = coneval();
    assert.deepEqual(
      result.files.map((file) => file.name),
      ['indicadores-pobreza.dcat.yaml', 'indice-rezago-social.dcat.yaml'],
    );
    assert.deepEqual(result.skipped, []);
    const poverty = parse(fileText(result, 'indicadores-pobreza.dcat.yaml')) as Dataset;
    assert.equal(poverty.modified, '2013-07-29T09:00:00', '07/29/13 09:00 AM');
    assert.match(fileText(result, 'indice-rezago-social.dcat.yaml'), /title: Índice de Rezago Social/);
  });

  it('keeps the impossible 2012-16-02T14:45:00 as written, and the checker says the month does not exist', () => {
    const text = fileText(coneval(), 'indice-rezago-social.dcat.yaml');
    assert.match(text, /modified: 2012-16-02T14:45:00 # /);
    const report = check({ 'indice-rezago-social.dcat.yaml': text });
    assert.deepEqual(
      ruleFindings(report, 'indice-rezago-social.dcat.yaml', 'basico-2b').filter((finding) => finding.endsWith('fecha-iso8601')),
      ['8:fecha-iso8601'],
    );
    const message = report.files[0]!.diagnostics.find((diagnostic) => diagnostic.data?.rule === 'fecha-iso8601')!.message;
    assert.match(message, /El mes 16 no existe/);
  });

  it('recognises the coverage level «localidades» (INEGI) and still flags the download URL two resources share', () => {
    const text = fileText(coneval(), 'indice-rezago-social.dcat.yaml');
    const report = check({ 'indice-rezago-social.dcat.yaml': text }, 'intermedio');
    assert.deepEqual(
      ruleFindings(report, 'indice-rezago-social.dcat.yaml', 'intermedio-2a').filter((finding) => finding.endsWith('cobertura-no-reconocida')),
      [],
    );
    // «rezago en oaxaca» points at the file of «rezago por localidad»: a real defect of the catalog.
    assert.equal(ruleFindings(report, 'indice-rezago-social.dcat.yaml', 'intermedio-2b').filter((finding) => finding.endsWith('url-repetida')).length, 1);
  });
});
