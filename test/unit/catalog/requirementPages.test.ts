import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { REQUIREMENTS } from '../../../server/src/core/catalog/requirements';

const PAGES = new URL('../../../docs/requisitos/', import.meta.url);

describe('a page for every requirement of the catalog', () => {
  it("has its page in Spanish and English, linked from both indexes (the README recipe's first step)", () => {
    for (const language of ['es', 'en']) {
      const index = readFileSync(new URL(`${language}/index.md`, PAGES), 'utf8');
      for (const { id } of REQUIREMENTS) {
        assert.ok(existsSync(new URL(`${language}/${id}.md`, PAGES)), `docs/requisitos/${language}/${id}.md`);
        assert.ok(index.includes(`(${id}.md)`), `${language}/index.md links ${id}`);
      }
    }
  });
});
