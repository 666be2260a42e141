import * as l10n from '@vscode/l10n';

/**
 * Every user-visible message of the core is written in Spanish, the product's default language, and
 * passed through `t`. Loading the English bundle (`l10n/bundle.l10n.en.json`) translates them.
 */
export const t = l10n.t;

/**
 * A number with its noun in the right grammatical number, from the two forms already translated:
 * `counted(n, t('1 estrella'), t('{0} estrellas', n))`. Never «estrella(s)».
 */
export function counted(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** The languages a message can be shown in. */
export type Language = 'es' | 'en';

let currentLanguage: Language = 'es';

/** Chooses the language of the core's messages; `bundle` holds the translations for `language`. */
export function useLanguage(language: Language, bundle?: Record<string, string>): void {
  currentLanguage = language;
  l10n.config({ contents: language === 'es' || bundle === undefined ? {} : bundle });
}

export function currentMessageLanguage(): Language {
  return currentLanguage;
}
