import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { importFiles } from '../../../server/src/core/exchange/importFiles';
import { check, ruleFindings } from '../rules/datasets/datasetWorkspace';

type Dataset = { modified?: string; temporal?: string; distribution?: Array<{ mediaType?: string; byteSize?: number }> };

/** Ayuntamiento de San Luis Potosí's catalog in ADELA's template, as ADELA's maintainers kept it (test/fixtures/real/README.md). */
const sanLuis = () => importFiles([{ name: 'slp-catalogo-2015.csv', bytes: readFileSync(new URL('../../fixtures/real/slp-catalogo-2015.csv', import.meta.url)) }], []);

describe("importing and checking the Ayuntamiento de San Luis Potosí's ADELA catalog (real)", () => {
  it('drops the quotes its cells wrap around values (""text/csv"", ""2015"") and reads 2014/11/25  T10:00:00', () => {
    const result = sanLuis();
    assert.equal(result.files.length, 6);
    assert.deepEqual(result.warnings, [], 'no value had to be kept as written');
    const first = parse(result.files.find((file) => file.name === '1.dcat.yaml')!.text) as Dataset;
    assert.equal(first.modified, '2014-11-25T10:00:00');
    assert.equal(first.temporal, '2015');
    assert.deepEqual(first.distribution, [{ downloadURL: 'http://201.144.117.133/DatosAbiertos/', mediaType: 'text/csv', byteSize: 39936 }]);
  });

  it('gives the findings a person finds by hand: no landing page, periodicity or resource title; a bare IP shared by all six', () => {
    const files = Object.fromEntries(sanLuis().files.map((file) => [file.name, file.text]));
    const report = check(files, 'intermedio');
    assert.deepEqual(ruleFindings(report, '1.dcat.yaml', 'basico-2b'), ['3:campo-obligatorio', '3:campo-obligatorio', '12:campo-obligatorio']);
    assert.deepEqual(ruleFindings(report, '1.dcat.yaml', 'basico-2a'), [], 'text/csv is open once its quotes are gone');
    assert.deepEqual(ruleFindings(report, '1.dcat.yaml', 'intermedio-2a'), [], '«2015» is a period');
    assert.deepEqual(ruleFindings(report, '1.dcat.yaml', 'intermedio-2b'), ['12:url-ip']);
    assert.deepEqual(ruleFindings(report, '6.dcat.yaml', 'intermedio-2b'), ['12:url-ip', '12:url-repetida']);
  });
});
