import type { FindingWeight } from '../../findings';
import { t } from '../../l10n';
import type { SourceNode } from '../../parse/sourceTree';
import { sameIdentifierSpelledDifferently } from './metadataIndex';
import { identifierKey, identifierList } from './planDocument';
import type { PlanCheck } from './planRule';

/**
 * Reports every identifier in a `conjuntos` list that no metadata of the workspace declares. Returns
 * whether any was unknown. Used by tools (basico-4a) and stories (avanzado-4a).
 */
export function reportUnknownDatasets(context: PlanCheck, node: SourceNode | undefined, weight: FindingWeight = 'mandatory'): boolean {
  const metadata = context.metadata();
  let unknown = false;
  for (const { identifier, span } of identifierList(node)) {
    if (metadata.identifiers.has(identifierKey(identifier))) continue;
    unknown = true;
    const similar = sameIdentifierSpelledDifferently(metadata, identifier);
    context.report(
      span,
      weight,
      similar !== undefined
        ? t('No hay metadatos con identifier «{0}»; hay un conjunto con identifier «{1}»: escribe el mismo identificador en los dos archivos (sin acentos).', identifier, similar)
        : t('No hay metadatos con identifier «{0}» en el espacio de trabajo: escribe el identificador de un conjunto del catálogo o crea sus metadatos.', identifier),
      { rule: 'conjunto-inexistente', conjunto: identifier },
    );
  }
  return unknown;
}
