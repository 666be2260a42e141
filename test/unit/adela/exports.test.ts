import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import datasetSchema from '../../../schemas/dataset.schema.json';
import planSchema from '../../../schemas/plan.schema.json';
import { countErrors, exportWorkspace } from '../../../server/src/core/exchange/exportWorkspace';
import { WorkspaceIndex } from '../../../server/src/core/check/workspaceIndex';
import { toPlainValue } from '../../../server/src/core/parse/sourceTree';
import { FORMATS } from '../../../server/src/core/schema/formats';
import { example, exported } from '../../support/examples';

function validator(): (value: unknown) => boolean {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  ajv.addVocabulary(['x-title-en', 'x-description-en', 'x-requirement']);
  for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, { type: 'string', validate: check });
  ajv.addSchema(planSchema);
  const validate = ajv.compile(datasetSchema);
  return (value) => {
    const valid = validate(value);
    if (!valid) assert.fail(JSON.stringify(validate.errors, null, 2));
    return valid;
  };
}

describe('exporting catalogo.json', () => {
  it('validates against our own schema and holds every field of every dataset of examples/completo', () => {
    const files = example('completo');
    const catalog = JSON.parse(exported(files, 'catalogo').text) as { dataset: Array<Record<string, unknown>>; license: string; title: string; homepage: string };
    assert.ok(validator()(catalog));
    assert.equal(catalog.license, 'https://datos.gob.mx/libreusomx/');
    assert.equal(catalog.title, 'Catálogo de datos abiertos de Consejo Nacional de Evaluación de la Política de Desarrollo Social');
    assert.equal(catalog.homepage, 'https://www.coneval.org.mx');
    const held = files.filter((file) => file.kind === 'dataset').map((file) => toPlainValue(file.parsed.root!) as Record<string, unknown>);
    assert.equal(catalog.dataset.length, held.length);
    for (const dataset of held) {
      const out = catalog.dataset.find((candidate) => candidate.identifier === dataset.identifier);
      assert.ok(out, `dataset ${String(dataset.identifier)} missing`);
      for (const [key, value] of Object.entries(dataset)) {
        if (key === 'distribution') continue;
        const expected = key === 'keyword' && typeof value === 'string' ? value.split(',').map((word) => word.trim()) : value;
        assert.deepEqual(out[key], expected, `${String(dataset.identifier)}.${key}`);
      }
      const resources = dataset.distribution as Array<Record<string, unknown>>;
      const outResources = out.distribution as Array<Record<string, unknown>>;
      assert.equal(outResources.length, resources.length);
      resources.forEach((resource, index) => {
        for (const [key, value] of Object.entries(resource)) assert.deepEqual(outResources[index]![key], value, `${String(dataset.identifier)}.distribution[${index}].${key}`);
        assert.equal(outResources[index]!.license, 'https://datos.gob.mx/libreusomx/');
      });
    }
    const rdf = catalog.dataset.flatMap((dataset) => dataset.distribution as Array<Record<string, unknown>>).find((resource) => resource.mediaType === 'application/rdf+xml');
    assert.equal(rdf!.format, 'RDF', 'the format name ADELA added is derived from the media type');
  });

  it('exports a workspace with errors all the same, warning with their count', () => {
    const files = example('con-errores');
    const index = new WorkspaceIndex();
    for (const file of files) index.set(file);
    const errors = countErrors(index.evaluate({ today: '2026-11-27', showAboveTarget: false, pagesRoot: 'file:///docs', language: 'es' }));
    assert.ok(errors > 0);
    const result = exported(files, 'catalogo', errors);
    assert.match(result.warnings[0]!, new RegExp(`tiene ${errors} errores`));
    assert.ok(JSON.parse(result.text).dataset.length >= 3);
  });
});

describe('exporting the CSV templates', () => {
  it('says which fields the catalog template has no column for', () => {
    const { warnings } = exported(example('completo'), 'csv');
    assert.match(warnings.join('\n'), /ds:quality \(2\).*rs:codelists \(2\).*rs:tools \(4\)/);
  });

  it('exports the plan and inventory of examples/completo, and refuses a workspace without a plan', () => {
    const files = example('completo');
    assert.equal(exported(files, 'plan-csv').text.split('\r\n').filter(Boolean).length, 3);
    assert.match(
      exported(files, 'inventario-csv').text,
      /Director de Información,Índice de rezago social,Rezago social por municipio 2020,.*,público,,PostgreSQL,2026-06\r\n.*\r\nDirector de Padrones,padron-beneficiarios,.*,privado,"Artículo 113, fracción I/,
    );
    const withoutPlan = exportWorkspace(
      files.filter((file) => file.kind !== 'plan'),
      'plan-csv',
      0,
    );
    assert.ok('error' in withoutPlan && /no tiene plan/.test(withoutPlan.error));
  });
});
