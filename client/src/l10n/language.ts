import type { Language } from '../../../server/src/core/l10n';
import type { GuideSettings } from '../../../server/src/protocol/settings';

/**
 * The language of the extension's messages: the one chosen, or by default VS Code's display
 * language (English for any `en-*` locale, Spanish for every other, as the manifest's
 * `package.nls.json` is Spanish and `package.nls.en.json` English), so that command titles, view
 * names and the walkthrough agree with diagnostics, input boxes and the board on one screen.
 */
export function resolveLanguage(setting: GuideSettings['language'], displayLanguage: string): Language {
  if (setting === 'en') return 'en';
  if (setting === 'vscode') return /^en(-|$)/i.test(displayLanguage) ? 'en' : 'es';
  return 'es';
}
