import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { importFiles } from '../../../server/src/core/exchange/importFiles';

type Dataset = { identifier?: string; modified?: string; spatial?: string; distribution?: Array<{ downloadURL?: string; mediaType?: string }> };

/** CONEVAL's 2014 catalog in ADELA's first layout (test/fixtures/real/README.md): Mac line ends, mis-encoded accents. */
const firstLayout = () =>
  importFiles(
    [{ name: 'coneval-catalogo-2014-primera-plantilla.csv', bytes: readFileSync(new URL('../../fixtures/real/coneval-catalogo-2014-primera-plantilla.csv', import.meta.url)) }],
    [],
  );

describe("importing ADELA's first catalog layout (real: CONEVAL 2014, names without ds:/rs:)", () => {
  it('reads one dataset per row with its one file from accessURL and format, and 20140214 as a date', () => {
    const result = firstLayout();
    assert.equal(result.sources[0]!.kind, 'catalog');
    const datasets = result.files.map((file) => parse(file.text) as Dataset);
    assert.equal(datasets.length, 7);
    const poverty = datasets.find((dataset) => dataset.identifier === '3-3-concentrado-indicadores-de-pobreza-por-municipio')!;
    assert.equal(poverty.modified, '2014-02-14');
    assert.equal(poverty.spatial, 'Municipal');
    assert.deepEqual(poverty.distribution, [
      { downloadURL: 'http://web.coneval.gob.mx/Informes/Pobreza/Datos_abiertos/DA_pobreza%20por%20municipio2010.zip', mediaType: 'text/plain' },
    ]);
  });

  it('does not take a second row with the identifier of another dataset (eed_2012_2013 names five files), and says so', () => {
    const result = firstLayout();
    assert.deepEqual(
      result.skipped.map((skip) => skip.row),
      [9],
    );
    assert.match(result.skipped[0]!.message, /«eed_2012_2013» ya está en la fila 8/);
  });

  it('warns that its accents were mis-encoded before it reached us, and imports them as they are', () => {
    const messages = firstLayout().warnings.map((warning) => warning.message);
    assert.equal(messages.filter((message) => message.startsWith('Los acentos de este archivo están mal codificados')).length, 1, messages.join('\n'));
  });

  it('still refuses a table that only shares a «title» column with it', () => {
    const table = 'title,autor,anio\nInforme,CONEVAL,2014\n';
    const result = importFiles([{ name: 'libros.csv', bytes: new TextEncoder().encode(table) }], []);
    assert.deepEqual(result.files, []);
  });
});
