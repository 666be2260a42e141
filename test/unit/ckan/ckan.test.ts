import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { importFiles, type ImportResult } from '../../../server/src/core/exchange/importFiles';
import { analyzeFile } from '../../../server/src/core/check/analyzeFile';
import { CKAN_NAME, ckanName } from '../../../server/src/core/ckan/ckanVocabulary';
import { analyseWritten } from '../adela/fixtures';
import { example, exported } from '../../support/examples';

const FIXTURES = path.resolve(__dirname, '../../fixtures/ckan');
const EU = 'http://publications.europa.eu/resource/authority/';

type Dict = Record<string, any>;

function importCkan(...names: string[]): ImportResult {
  return importFiles(names.map((name) => ({ name, bytes: readFileSync(path.join(FIXTURES, name)) })));
}

function written(result: ImportResult, identifier: string): Dict {
  const file = result.files.find((candidate) => candidate.name === `${identifier}.dcat.yaml`);
  assert.ok(file, `${identifier}.dcat.yaml was written`);
  return parse(file.text) as Dict;
}

function ckanLines(text: string): Dict[] {
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Dict);
}

function extrasOf(dict: Dict): Record<string, string> {
  return Object.fromEntries((dict.extras ?? []).map((extra: { key: string; value: string }) => [extra.key, extra.value]));
}

describe('guia import: CKAN Action API answers', () => {
  it('reads package_show with its envelope: organisation, tags, extras, licence id and resources', () => {
    const result = importCkan('package_show.json');
    assert.equal(result.sources[0]!.kind, 'ckan');
    const dataset = written(result, 'censo-poblacion-2020');
    assert.equal(dataset.title, 'Censo de Población y Vivienda 2020');
    assert.equal(dataset.description, 'Principales resultados del Censo de Población y Vivienda 2020 por municipio.');
    assert.deepEqual(dataset.keyword, ['censo', 'población', 'vivienda']);
    assert.deepEqual(dataset.publisher, { name: 'Instituto Nacional de Estadística y Geografía' });
    assert.equal(dataset.contactPoint, 'Unidad de Datos Abiertos');
    assert.equal(dataset.mbox, 'datos@inegi.example.gob.mx');
    assert.equal(dataset.accrualPeriodicity, 'decenal', 'the EU frequency becomes the guide word');
    assert.equal(dataset.accessLevel, 'publico');
    assert.equal(dataset.temporal, '2020');
    assert.equal(dataset.landingPage, 'https://www.inegi.example.gob.mx/programas/ccpv/2020/');
    assert.equal(dataset.license, 'http://www.opendefinition.org/licenses/cc-by');
    const [csv, xlsx] = dataset.distribution as Dict[];
    assert.deepEqual(csv, {
      title: 'Resultados por municipio 2020',
      description: 'Resultados por municipio.',
      downloadURL: 'https://www.inegi.example.gob.mx/contenidos/ccpv/2020/municipios.csv',
      mediaType: 'text/csv',
      byteSize: 3145728,
      modified: '2026-05-27T06:42:05.123456',
    });
    assert.equal(xlsx!.mediaType, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'the format word gives the media type');
  });

  it('lists every field it did not take, by name and count', () => {
    const messages = importCkan('package_show.json')
      .warnings.map((warning) => warning.message)
      .join('\n');
    assert.match(messages, /author \(1\), version \(1\), groups \(1\), extras\.gov_type \(1\)/);
    assert.match(messages, /metadata_modified/);
  });

  it('reads package_search results in the ckanext-dcat scheming shape', () => {
    const dataset = written(importCkan('package_search.json'), 'calidad-del-aire-cdmx');
    assert.equal(dataset.contactPoint, 'Dirección de Monitoreo Atmosférico');
    assert.deepEqual(dataset.publisher, { name: 'Secretaría del Medio Ambiente de la Ciudad de México' });
    assert.equal(dataset.temporal, '1986-01-01/2026-11-30');
    assert.equal(dataset.spatial, 'Ciudad de México');
    assert.equal(dataset.accrualPeriodicity, 'horario');
    assert.equal(dataset.theme, `${EU}data-theme/ENVI`);
    assert.equal(dataset.dataDictionary, 'https://aire.example.cdmx.gob.mx/metodologia.pdf');
    assert.equal(dataset.distribution[0].copyright, 'Cita la fuente: SEDEMA.');
    assert.equal(dataset.license, 'http://www.opendefinition.org/licenses/odc-odbl');
  });

  it('reads current_package_list_with_resources without an envelope, converting only what has one meaning', () => {
    const result = importCkan('current_package_list_with_resources.json');
    const dataset = written(result, 'presupuesto-2026');
    assert.equal(dataset.modified, '2013-07-29T09:00:00');
    assert.equal(dataset.license, 'https://datos.gob.mx/libreusomx/');
    assert.deepEqual(dataset.distribution[0], { title: 'PEF 2026', downloadURL: 'https://www.example.gob.mx/pef/2026.csv', mediaType: 'text/csv', byteSize: 74959 });
    assert.match(result.warnings.map((warning) => warning.message).join('\n'), /other-closed/);
  });

  it("fails with CKAN's own message when the answer says the action failed", () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ help: 'x', success: false, error: { message: 'Not found', __type: 'Not Found Error' } }));
    const result = importFiles([{ name: 'fallo.json', bytes }]);
    assert.equal(result.files.length, 0);
    assert.match(result.failures[0]!.message, /Not found/);
    for (const answer of [
      { help: 'x', success: true, result: { count: 0, results: [] } },
      { help: 'x', success: false },
    ]) {
      const empty = importFiles([{ name: 'vacio.json', bytes: new TextEncoder().encode(JSON.stringify(answer)) }]);
      assert.equal(empty.failures.length, 1, JSON.stringify(answer));
      assert.equal(empty.sources.length, 0);
    }
  });
});

describe('guia export ckan', () => {
  it('writes one valid CKAN dataset dict per line, with owner_org from the plan', () => {
    const dicts = ckanLines(exported(example('completo'), 'ckan').text);
    assert.equal(dicts.length, 2);
    for (const dict of dicts) {
      assert.match(dict.name, CKAN_NAME);
      assert.equal(dict.owner_org, 'coneval');
      assert.equal(dict.license_id, 'libre-uso-mx');
      assert.ok(dict.resources.length > 0);
    }
    const rezago = dicts.find((dict) => dict.name === 'rezago-social')!;
    assert.deepEqual(rezago.tags, [{ name: 'rezago' }, { name: 'pobreza' }, { name: 'coneval' }]);
    assert.equal(rezago.maintainer_email, 'datos@coneval.gob.mx');
    const extras = extrasOf(rezago);
    assert.equal(extras.frequency, 'R/P5Y', 'an ISO repeat stays as written');
    assert.equal(extrasOf(dicts.find((dict) => dict.name === 'pobreza-municipal')!).frequency, `${EU}frequency/QUINQUENNIAL`, 'a catalog word becomes the EU frequency');
    assert.equal(extras.temporal_start, '2010');
    assert.equal(extras.temporal_end, '2020');
    assert.equal(rezago.resources[0].format, 'CSV');
    assert.equal(rezago.resources[0].mimetype, 'text/csv');
    assert.equal(rezago.resources[0].size, 3145728);
  });

  it('writes resource dates as CKAN reads them (naive UTC) and leaves out tags CKAN refuses', () => {
    const file = analyzeFile(
      'a.dcat.yaml',
      'metadata',
      'identifier: a-b\ntitle: T\nkeyword: [educación, "a", "b/c", "tab\\tx"]\ndistribution:\n  - downloadURL: https://x.gob.mx/a.csv\n    modified: 2026-05-27T01:42:05-05:00\n  - downloadURL: https://x.gob.mx/b.csv\n    modified: 2026-05-27\n',
    );
    const result = exported([file], 'ckan');
    const [dict] = ckanLines(result.text);
    assert.deepEqual(
      dict!.resources.map((resource: Dict) => resource.last_modified),
      ['2026-05-27T06:42:05', '2026-05-27'],
    );
    assert.deepEqual(dict!.tags, [{ name: 'educación' }]);
    assert.equal(result.warnings.filter((warning) => /etiqueta válida de CKAN/.test(warning)).length, 3);
  });

  it('makes CKAN names with the one slug rule, 2 to 100 characters, unique', () => {
    assert.equal(ckanName('Índice Rezago', undefined), 'indice-rezago');
    assert.equal(ckanName('x', 'Nombre corto'), 'nombre-corto');
    assert.equal(ckanName('new', undefined), 'new-datos', 'CKAN refuses new, edit and search');
    assert.equal(ckanName('a'.repeat(150), undefined)!.length, 100);
    const files = ['Índice Rezago', 'indice rezago'].map((identifier, index) => analyzeFile(`${index}.dcat.yaml`, 'metadata', `identifier: ${identifier}\ntitle: T\n`));
    const result = exported(files, 'ckan');
    assert.deepEqual(
      ckanLines(result.text).map((dict) => dict.name),
      ['indice-rezago', 'indice-rezago-2'],
    );
    assert.match(result.warnings.join('\n'), /Índice Rezago/);
  });

  it("gives every dataset of SEDESOL's real 2014 catalog a valid, unique CKAN name", () => {
    const bytes = readFileSync(path.resolve(__dirname, '../../fixtures/real/sedesol-catalogo-2014.csv'));
    const names = ckanLines(exported(analyseWritten(importFiles([{ name: 'sedesol-catalogo-2014.csv', bytes }])), 'ckan').text).map((dict) => dict.name as string);
    assert.equal(names.length, 25);
    assert.ok(
      names.every((name) => CKAN_NAME.test(name)),
      names.join(' '),
    );
    assert.equal(new Set(names).size, names.length);
    assert.ok(names.includes('3-x-1') && names.includes('pei-mpt'));
  });

  it('writes only absolute web URLs: a workspace path or a javascript: link is left out, with a warning', () => {
    const file = analyzeFile('a.dcat.yaml', 'metadata', 'identifier: a-b\ntitle: T\nlandingPage: "javascript:alert(1)"\ndistribution:\n  - downloadURL: datos/a.csv\n');
    const result = exported([file], 'ckan');
    const [dict] = ckanLines(result.text);
    assert.equal(dict!.url, undefined);
    assert.equal(dict!.resources[0].url, '');
    assert.equal(result.warnings.filter((warning) => /no es una URL absoluta/.test(warning)).length, 2);
  });

  it('round trip CKAN → YAML → CKAN keeps every field the guide models', () => {
    const original = JSON.parse(readFileSync(path.join(FIXTURES, 'package_search.json'), 'utf8')).result.results[0] as Dict;
    const [again] = ckanLines(exported(analyseWritten(importCkan('package_search.json')), 'ckan').text);
    for (const key of ['name', 'title', 'notes', 'url']) assert.equal(again![key], original[key], key);
    assert.deepEqual(
      again!.tags,
      original.tags.map((tag: Dict) => ({ name: tag.name })),
    );
    assert.equal(again!.license_id, original.license_id);
    const extras = extrasOf(again!);
    for (const key of ['issued', 'modified', 'frequency', 'access_rights']) assert.equal(extras[key], original[key], key);
    for (const key of ['theme', 'language', 'conforms_to', 'documentation']) assert.deepEqual(JSON.parse(extras[key]!), original[key], key);
    assert.equal(extras.contact_name, original.contact[0].name);
    assert.equal(extras.contact_email, original.contact[0].email);
    assert.equal(extras.publisher_name, original.publisher[0].name);
    assert.equal(extras.temporal_start, original.temporal_coverage[0].start);
    assert.equal(extras.temporal_end, original.temporal_coverage[0].end);
    assert.equal(extras.spatial_text, original.spatial_coverage[0].text);
    const [resource] = again!.resources as Dict[];
    for (const key of ['name', 'description', 'url', 'download_url', 'format', 'mimetype', 'size', 'issued', 'rights'])
      assert.equal(resource![key], original.resources[0][key], key);
    assert.equal(resource!.last_modified, original.resources[0].modified);
  });

  it('round trip YAML → CKAN → YAML gives back the datasets of the complete example', () => {
    const files = example('completo');
    const jsonl = exported(files, 'ckan').text;
    const result = importFiles([{ name: 'conjuntos.jsonl', bytes: new TextEncoder().encode(jsonl) }]);
    assert.equal(result.failures.length, 0);
    for (const name of ['rezago-social', 'pobreza-municipal']) {
      const before = parse(readFileSync(path.join(__dirname, '../../../examples/completo/datos', `${name}.dcat.yaml`), 'utf8')) as Dict;
      const after = written(result, name);
      const keyword = (value: unknown): string[] =>
        Array.isArray(value)
          ? value
          : String(value)
              .split(',')
              .map((word) => word.trim());
      assert.deepEqual(keyword(after.keyword), keyword(before.keyword));
      for (const key of Object.keys(before).filter((key) => key !== 'keyword' && key !== 'distribution')) assert.deepEqual(after[key], before[key], `${name}: ${key}`);
      assert.deepEqual(after.distribution, before.distribution, `${name}: distribution`);
    }
  });
});
