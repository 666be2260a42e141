import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { extractL10nStrings } from '../../scripts/l10nStrings.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
const placeholders = (text: string): string[] => [...new Set(text.match(/\{\d+\}|\$\([a-z-~]+\)/g) ?? [])].sort();

describe('localisation bundles', () => {
  const { messages, nonLiteral } = extractL10nStrings(ROOT);
  const english = readJson('l10n/bundle.l10n.en.json');
  const source = readJson('l10n/bundle.l10n.json');

  it('finds the messages of the client, the server and the core', () => {
    assert.ok(messages.size > 100, `only ${messages.size} messages found: is the extractor still seeing t() calls?`);
    assert.deepEqual(nonLiteral, [], 't() must get a string literal, or no bundle can translate it');
  });

  it('has an English translation for every message, with the same placeholders', () => {
    const missing = [...messages.keys()].filter((message) => typeof english[message] !== 'string' || english[message] === '');
    assert.deepEqual(
      missing.map((message) => `${messages.get(message)![0]}: ${message}`),
      [],
      'add these to l10n/bundle.l10n.en.json',
    );
    const mismatched = [...messages.keys()].filter((message) => placeholders(message).join() !== placeholders(String(english[message])).join());
    assert.deepEqual(mismatched, [], 'a translation must keep every {n} and $(icon) of its message');
  });

  it('keeps no English translation of a message the sources no longer use', () => {
    assert.deepEqual(
      Object.keys(english).filter((message) => !messages.has(message)),
      [],
      'remove these from l10n/bundle.l10n.en.json',
    );
  });

  it('has the Spanish source bundle in step with the sources (npm run l10n writes it)', () => {
    assert.deepEqual(Object.keys(source).sort(), [...messages.keys()].sort(), 'run `npm run l10n`');
    assert.ok(
      Object.entries(source).every(([key, value]) => key === value),
      'the source bundle maps each message to itself',
    );
  });
});

describe('manifest localisation', () => {
  const spanish = readJson('package.nls.json');
  const english = readJson('package.nls.en.json');
  const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!));

  it('has the same keys in Spanish and English, none empty', () => {
    assert.deepEqual(Object.keys(english).sort(), Object.keys(spanish).sort());
    for (const [key, value] of [...Object.entries(spanish), ...Object.entries(english)]) assert.ok(typeof value === 'string' && value.trim() !== '', key);
  });

  it('defines every %key% of package.json and no unused key', () => {
    assert.deepEqual(
      [...used].filter((key) => !(key in spanish)),
      [],
      'missing from package.nls.json',
    );
    assert.deepEqual(
      Object.keys(spanish).filter((key) => !used.has(key)),
      [],
      'unused in package.json',
    );
  });

  it('keeps command links and placeholders in the English manifest', () => {
    const links = (text: string): string[] => [...text.matchAll(/\]\((command:[^)]+)\)/g)].map((match) => match[1]!).sort();
    for (const key of Object.keys(spanish)) {
      assert.deepEqual(links(String(english[key])), links(String(spanish[key])), key);
      assert.deepEqual(placeholders(String(english[key])), placeholders(String(spanish[key])), key);
    }
  });
});
