/**
 * Accents and other combining marks, dropped in one place: identifiers, slugs, month names, column
 * names and vocabulary words all compare or build text without them.
 */

/** Text without accents or other marks: `Educación` → `Educacion`, `Año` → `Ano`. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Lower case without accents, trimmed, so `Tiempo Real` and `tiempo real` compare equal. */
export function foldText(text: string): string {
  return stripAccents(text).toLowerCase().trim();
}
