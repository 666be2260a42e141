/**
 * An ASCII identifier made from any text, as the guide asks for dataset identifiers:
 * `Índice de rezago social` → `indice-de-rezago-social`.
 */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
