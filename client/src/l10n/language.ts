import type { Language } from '../../../server/src/core/l10n';
import type { GuideSettings } from '../../../server/src/protocol/settings';

/**
 * The language of the extension's messages. Spanish unless the user chose English, or chose to
 * follow VS Code and VS Code is in English (any `en-*` locale).
 */
export function resolveLanguage(setting: GuideSettings['language'], displayLanguage: string): Language {
  if (setting === 'en') return 'en';
  if (setting === 'vscode') return /^en(-|$)/i.test(displayLanguage) ? 'en' : 'es';
  return 'es';
}
