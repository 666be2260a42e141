import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../../server/src/core/check/analyzeFile';
import { example, exported } from '../../support/examples';
import { turtleQuads } from '../../support/shacl';

const EU = 'http://publications.europa.eu/resource/authority/';

function graphOf(yaml: string): Record<string, any> {
  return JSON.parse(exported([analyzeFile('a.dcat.yaml', 'metadata', yaml)], 'dcat-ap').text) as Record<string, any>;
}

describe('exporting DCAT-AP 3 JSON-LD', () => {
  it('describes the catalog, its datasets and distributions with the classes DCAT-AP ranges ask for', () => {
    const graph = JSON.parse(exported(example('completo'), 'dcat-ap').text) as Record<string, any>;
    assert.equal(graph['@context'].dcat, 'http://www.w3.org/ns/dcat#');
    assert.equal(graph['@type'], 'dcat:Catalog');
    assert.deepEqual(graph['dct:license'], { '@id': 'https://datos.gob.mx/libreusomx/', '@type': 'dct:LicenseDocument' });
    assert.equal(graph['dct:publisher']['foaf:name'], 'Consejo Nacional de Evaluación de la Política de Desarrollo Social');
    assert.match(graph['dct:description']['@value'], /Consejo Nacional/);
    assert.equal(graph['dct:language'][0]['@id'], `${EU}language/SPA`);
    const datasets = graph['dcat:dataset'] as Array<Record<string, any>>;
    const rezago = datasets.find((dataset) => dataset['dct:identifier'] === 'rezago-social')!;
    assert.deepEqual(rezago['dct:title'], { '@value': 'Índice de rezago social', '@language': 'es' });
    assert.equal(rezago['dct:accrualPeriodicity']['@id'], `${EU}frequency/QUINQUENNIAL`, 'R/P5Y is the catalog word quinquenal');
    assert.equal(rezago['dct:accrualPeriodicity']['@type'], 'dct:Frequency');
    assert.deepEqual(rezago['dct:modified'], { '@value': '2026-05-27T01:42:05-05:00', '@type': 'xsd:dateTime' });
    assert.deepEqual(rezago['dct:temporal']['dcat:startDate'], { '@value': '2010', '@type': 'xsd:gYear' });
    assert.equal(rezago['dct:spatial']['@id'], `${EU}country/MEX`, 'nacional is the whole country');
    assert.deepEqual(rezago['dcat:landingPage'], { '@id': 'https://www.coneval.org.mx/datos/diccionario-rezago.html', '@type': 'foaf:Document' });
    assert.deepEqual(rezago['dcat:contactPoint']['vcard:hasEmail'], { '@id': 'mailto:datos@coneval.gob.mx' });
    const [csv] = rezago['dcat:distribution'] as Array<Record<string, any>>;
    assert.deepEqual(csv!['dcat:accessURL'], { '@id': 'https://datos.coneval.gob.mx/rezago/municipio-2020.csv' });
    assert.deepEqual(csv!['dcat:mediaType'], { '@id': 'http://www.iana.org/assignments/media-types/text/csv', '@type': 'dct:MediaType' });
    assert.equal(csv!['dct:format']['@id'], `${EU}file-type/CSV`);
    assert.deepEqual(csv!['dcat:byteSize'], { '@value': '3145728', '@type': 'xsd:nonNegativeInteger' });
  });

  it("keeps every address of a contact written with several (ADELA's catalogs do), and none that is not an address", () => {
    const several = graphOf('identifier: a\ntitle: A\ndescription: B\nmbox: seperez@diconsa.gob.mx,datos@diconsa.gob.mx\n');
    assert.deepEqual(several['dcat:dataset'][0]['dcat:contactPoint']['vcard:hasEmail'], [{ '@id': 'mailto:seperez@diconsa.gob.mx' }, { '@id': 'mailto:datos@diconsa.gob.mx' }]);
    const broken = graphOf('identifier: a\ntitle: A\ndescription: B\nmbox: datos(at)diconsa\n');
    assert.equal(broken['dcat:dataset'][0]['dcat:contactPoint'], undefined);
  });

  it('writes a periodicity outside the catalog as its ISO repeat', () => {
    const graph = graphOf('identifier: a\ntitle: A\ndescription: B\naccrualPeriodicity: R/P18M\n');
    assert.deepEqual(graph['dcat:dataset'][0]['dct:accrualPeriodicity'], { '@type': 'dct:Frequency', 'rdf:value': 'R/P18M' });
  });

  it('maps access, language, themes and format words to EU concepts, and says what it could not map', () => {
    const result = exported(
      [
        analyzeFile(
          'a.dcat.yaml',
          'metadata',
          'identifier: a\ntitle: A\ndescription: B\naccessLevel: Público\nlanguage: [es, klingon]\ntheme: [Economía y finanzas, cosas]\ndistribution:\n  - downloadURL: https://x.gob.mx/a.xlsx\n    mediaType: XLSX\n',
        ),
      ],
      'dcat-ap',
    );
    const dataset = (JSON.parse(result.text) as Record<string, any>)['dcat:dataset'][0];
    assert.equal(dataset['dct:accessRights']['@id'], `${EU}access-right/PUBLIC`);
    assert.deepEqual(
      dataset['dct:language'].map((node: { '@id': string }) => node['@id']),
      [`${EU}language/SPA`],
    );
    assert.deepEqual(
      dataset['dcat:theme'].map((node: { '@id': string }) => node['@id']),
      [`${EU}data-theme/ECON`],
    );
    assert.equal(dataset['dcat:distribution'][0]['dct:format']['@id'], `${EU}file-type/XLSX`);
    assert.match(result.warnings.join('\n'), /klingon/);
    assert.match(result.warnings.join('\n'), /cosas/);
  });

  it('reads format words as the core reads them: one format gives its EU file type, a list gives none', () => {
    const result = exported(
      [
        analyzeFile(
          'a.dcat.yaml',
          'metadata',
          'identifier: a\ntitle: A\ndescription: B\ndistribution:\n  - downloadURL: https://x.gob.mx/a.xls\n    mediaType: "Excel "\n  - downloadURL: https://x.gob.mx/b\n    mediaType: excel, pdf\n',
        ),
      ],
      'dcat-ap',
    );
    const [excel, list] = (JSON.parse(result.text) as Record<string, any>)['dcat:dataset'][0]['dcat:distribution'];
    assert.equal(excel['dct:format']['@id'], `${EU}file-type/XLS`);
    assert.equal(list['dct:format'], undefined);
    assert.match(result.warnings.join('\n'), /excel, pdf/);
  });

  it('leaves out a resource with no absolute URL when the dataset has no landing page, and says so', () => {
    const result = exported(
      [analyzeFile('a.dcat.yaml', 'metadata', 'identifier: a\ntitle: A\ndescription: B\ndistribution:\n  - title: Local\n    downloadURL: datos/a.csv\n')],
      'dcat-ap',
    );
    assert.equal((JSON.parse(result.text) as Record<string, any>)['dcat:dataset'][0]['dcat:distribution'], undefined);
    assert.match(result.warnings.join('\n'), /«Local»/);
  });

  it('drops a date that is not ISO 8601 instead of writing a literal the shapes reject', () => {
    const result = exported(
      [analyzeFile('a.dcat.yaml', 'metadata', 'identifier: a\ntitle: A\ndescription: B\nmodified: 7/29/2013 9:00:00\nissued: 2013-07-29T09:00\n')],
      'dcat-ap',
    );
    const dataset = (JSON.parse(result.text) as Record<string, any>)['dcat:dataset'][0];
    assert.equal(dataset['dct:modified'], undefined);
    assert.deepEqual(dataset['dct:issued'], { '@value': '2013-07-29T09:00:00', '@type': 'xsd:dateTime' });
    assert.match(result.warnings.join('\n'), /7\/29\/2013/);
  });

  it('gives two datasets with one identifier two nodes', () => {
    const files = ['a', 'b'].map((name) => analyzeFile(`${name}.dcat.yaml`, 'metadata', `identifier: x\ntitle: ${name}\ndescription: d\n`));
    const ids = (JSON.parse(exported(files, 'dcat-ap').text) as Record<string, any>)['dcat:dataset'].map((dataset: { '@id': string }) => dataset['@id']);
    assert.equal(new Set(ids).size, 2);
  });
});

describe('exporting DCAT-AP 3 Turtle', () => {
  it('escapes quotes, line breaks and backslashes in text, and odd characters in IRIs', () => {
    const text = exported(
      [analyzeFile('a.dcat.yaml', 'metadata', 'identifier: a b\ntitle: "Dice \\"hola\\" \\\\ fin"\ndescription: "una\\nlínea"\nlandingPage: "https://x.gob.mx/a?q={1}&r=^"\n')],
      'dcat-ap-ttl',
    ).text;
    const quads = turtleQuads(text);
    const values = quads.map((quad) => quad.object.value);
    assert.ok(values.includes('Dice "hola" \\ fin'));
    assert.ok(values.includes('una\nlínea'));
    assert.ok(values.includes('https://x.gob.mx/a?q=%7B1%7D&r=%5E'));
  });
});
