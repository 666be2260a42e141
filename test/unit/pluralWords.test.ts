import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ErrorObject } from 'ajv';
import { afterEach, describe, it } from 'node:test';
import { extractL10nStrings } from '../../scripts/l10nStrings.mjs';
import { exportedMessage, importedMessage } from '../../server/src/core/exchange/exchangeMessages';
import { useLanguage } from '../../server/src/core/l10n';
import { institutionCount } from '../../server/src/core/report/nationalBoardText';
import { explainError } from '../../server/src/core/schema/schemaMessages';

const ROOT = path.resolve(__dirname, '..', '..');
const english = (): void => useLanguage('en', JSON.parse(readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<string, string>);

/** An ajv `minItems` error as the schema check hands it over. */
const minItems = (limit: number): ErrorObject => ({ keyword: 'minItems', instancePath: '/keyword', schemaPath: '', params: { limit }, data: [] });

describe('counts in words: «1 recurso», «2 recursos», never «recurso(s)»', () => {
  afterEach(() => useLanguage('es'));

  it('no message of the client, the server or the core writes a plural in parentheses', () => {
    const { messages } = extractL10nStrings(ROOT);
    // «http(s)» is a scheme, not a plural.
    const bracketed = [...messages.keys()].filter((message) => /\p{L}\((?:s|es|as|os)\)/u.test(message.replace(/https?\(s\)/g, '')));
    assert.deepEqual(bracketed, [], "use counted(n, t('1 …'), t('{0} …s', n)) from core/l10n.ts");
  });

  it('says an export and an import with each count in its number, in Spanish and in English', () => {
    assert.equal(exportedMessage('catalogo.json', 1, 1), 'Exportado catalogo.json: 1 conjunto de datos, 1 recurso.');
    assert.equal(exportedMessage('catalogo.json', 2, 0), 'Exportado catalogo.json: 2 conjuntos de datos, 0 recursos.');
    assert.equal(importedMessage(3, 1, 4, 1), 'Importación: 3 archivos escritos, 1 conjunto de datos, 4 recursos, 1 fila no tomada.');
    english();
    assert.equal(exportedMessage('catalogo.json', 1, 3), 'Exported catalogo.json: 1 dataset, 3 resources.');
    assert.equal(importedMessage(1, 2, 1, 0), 'Import: 1 file written, 2 datasets, 1 resource, 0 rows not taken.');
  });

  it('counts institutions and the items a list needs', () => {
    assert.equal(institutionCount(1), '1 institución');
    assert.equal(institutionCount(12), '12 instituciones');
    assert.equal(explainError(minItems(1), 'keyword', undefined, undefined)?.message, '«keyword» debe tener al menos 1 elemento.');
    assert.equal(explainError(minItems(3), 'keyword', undefined, undefined)?.message, '«keyword» debe tener al menos 3 elementos.');
    english();
    assert.equal(institutionCount(1), '1 institution');
    assert.match(explainError(minItems(2), 'keyword', undefined, undefined)?.message ?? '', /must have at least 2 items\.$/);
  });
});
