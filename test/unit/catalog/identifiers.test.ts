import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DATASET_IDENTIFIER, identifierFrom, isDatasetIdentifier } from '../../../server/src/core/catalog/identifiers';
import { normaliseIdentifier } from '../../../server/src/core/adela/cellValues';

describe('one rule for a dataset identifier', () => {
  it("is the dataset schema's pattern, read from the file the editor and the validator use", () => {
    const schema = JSON.parse(readFileSync(new URL('../../../schemas/dataset.schema.json', import.meta.url), 'utf8')) as {
      $defs: { dataset: { properties: { identifier: { pattern: string } } } };
    };
    assert.equal(DATASET_IDENTIFIER.source, schema.$defs.dataset.properties.identifier.pattern);
  });

  it('makes identifiers the rule accepts from any title, and the importer writes the same', () => {
    const titles = ['Índice de Rezago Social', 'Rezago_Social.V2', '  --Año 2020--  ', 'Educación Básica (SEP)', 'ñandú'];
    for (const title of titles) {
      const identifier = identifierFrom(title);
      assert.ok(isDatasetIdentifier(identifier), `${title} → ${identifier}`);
      assert.equal(normaliseIdentifier(title).value, identifier, `${title}: the importer writes the same`);
    }
    assert.equal(identifierFrom('Índice de Rezago Social'), 'indice-de-rezago-social');
    for (const bad of ['Rezago', 'rezago--social', '-rezago', 'rezago_social', 'índice']) assert.equal(isDatasetIdentifier(bad), false, bad);
  });
});
