import { mediaTypeToWrite, readFormatCell } from '../catalog/formatWords';
import { identifierFrom, isDatasetIdentifier } from '../catalog/identifiers';
import { findPeriodicity, foldText, isMediaType, isPeriodicity, periodicityFromAdverb } from '../catalog/vocabularies';
import { t } from '../l10n';
import type { CellValue } from './dateText';

/**
 * Readers for the cells of ADELA's templates. Each converts what has one meaning and keeps the
 * original text of what has not, saying why, so that the checker flags it in the written file.
 */

/** A periodicity word in the catalog's own spelling (`Anual` → `anual`), or an ISO repeat. */
export function normalisePeriodicity(text: string): CellValue {
  const original = text.trim();
  const entry = findPeriodicity(original);
  if (entry) {
    const value = foldText(original) === entry.word ? entry.word : original.toUpperCase();
    return { value, converted: value !== original };
  }
  if (isPeriodicity(original)) return { value: original.toUpperCase(), converted: original.toUpperCase() !== original };
  // SEDESOL's real catalog writes `trimestralmente`, `semestralmente`: one meaning, the catalog word.
  const adverb = periodicityFromAdverb(original);
  if (adverb) return { value: adverb.word, converted: true };
  return { value: original, converted: false, kept: t('«{0}» no es una periodicidad del catálogo de la guía (p. ej. «mensual» o R/P1M).', original) };
}

/**
 * An IANA media type; a cell naming one format in ADELA's words (`CSV`, `.xlsx`, `Excel `, `shp`)
 * becomes its media type. A cell naming several formats or none is kept as written, saying why.
 */
export function normaliseMediaType(text: string): CellValue {
  const original = text.trim();
  if (isMediaType(original)) return { value: original.toLowerCase(), converted: original.toLowerCase() !== original };
  const reading = readFormatCell(original);
  const written = mediaTypeToWrite(reading);
  if (written) return { value: written, converted: true };
  if (reading.formats.length > 1) {
    return {
      value: original,
      converted: false,
      kept: t('«{0}» nombra varios formatos para un solo recurso: deja uno por recurso, con su tipo de medio IANA (p. ej. text/csv).', original),
    };
  }
  return { value: original, converted: false, kept: t('«{0}» no es un tipo de medio IANA conocido (p. ej. text/csv).', original) };
}

/** A size in bytes as a number: `74959`, `74,959` and Excel's `74959.0` are the same number. */
export function normaliseByteSize(text: string): CellValue<number | string> {
  const original = text.trim();
  if (/^\d+$/.test(original)) return { value: Number(original), converted: false };
  if (/^\d{1,3}(,\d{3})+$/.test(original)) return { value: Number(original.replace(/,/g, '')), converted: true };
  if (/^\d+\.0+$/.test(original)) return { value: Number(original.slice(0, original.indexOf('.'))), converted: true };
  return { value: original, converted: false, kept: t('«{0}» no es un número entero de bytes.', original) };
}

/** Keywords of one cell, separated by commas (or by semicolons when the cell has no comma). */
export function splitKeywords(text: string): string[] {
  const separator = text.includes(',') ? ',' : ';';
  const words = text
    .split(separator)
    .map((word) => word.trim().replace(/\s+/g, ' '))
    .filter((word) => word.length > 0);
  return [...new Set(words)];
}

/** The inventory's access class from `Público`, `pública`, `Privado`, `Restringida`… */
export function normaliseAccess(text: string): CellValue {
  const original = text.trim();
  const folded = foldText(original);
  for (const value of ['publico', 'privado', 'restringido'] as const) {
    // The stem covers both genders and plurals: públic-o/a/os, privad-o/a, restringid-o/a.
    if (folded === value || new RegExp(`^${value.slice(0, -1)}(o|a|os|as)$`).test(folded)) return { value, converted: value !== original };
  }
  return { value: original, converted: false, kept: t('«{0}» no es una clasificación de acceso: usa publico, privado o restringido.', original) };
}

/**
 * A dataset identifier of the guide's form (see catalog/identifiers): one already in that form is
 * kept exactly; any other (`PPPR`, `3 X 1`, `Índice Rezago`, `DICONSA_AL`) becomes lower-case ASCII
 * with hyphens, and the import summary says so. One with nothing convertible is kept as written.
 */
export function normaliseIdentifier(text: string): CellValue {
  const original = text.trim();
  if (isDatasetIdentifier(original)) return { value: original, converted: false };
  const slug = identifierFrom(original);
  if (slug.length === 0)
    return {
      value: original,
      converted: false,
      kept: t('El identificador «{0}» no se puede escribir en ASCII; cámbialo por uno con letras sin acentos, números y guiones.', original),
    };
  return { value: slug, converted: true };
}
