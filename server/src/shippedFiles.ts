import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { useLanguage, type Language } from './core/l10n';

/**
 * Files shipped beside the bundles. The server and the command line run from `dist/`, so the docs
 * and the l10n bundles are one folder up, in the repository and in the installed extension alike.
 */
const distFolder = __dirname;

/** URI of the shipped requirement pages (`docs/requisitos`), so links work offline. */
export function requirementPagesRoot(): string {
  return pathToFileURL(path.resolve(distFolder, '..', 'docs', 'requisitos')).href;
}

/** Reads the shipped l10n bundle of a language; undefined for Spanish, the source language. */
export function readL10nBundle(language: Language): Record<string, string> | undefined {
  if (language === 'es') return undefined;
  try {
    return JSON.parse(readFileSync(path.resolve(distFolder, '..', 'l10n', `bundle.l10n.${language}.json`), 'utf8')) as Record<string, string>;
  } catch {
    return undefined;
  }
}

/** Sets the language of the core's messages, from a bundle given by the client or the shipped one. */
export function applyLanguage(language: Language, bundle?: Record<string, string>): void {
  useLanguage(language, bundle ?? readL10nBundle(language));
}
