import { t } from '../../l10n';
import { stringValue, valueOf } from '../../parse/sourceTree';
import { formatDay } from '../../text/dates';
import { sameIdentifierSpelledDifferently } from './metadataIndex';
import { dayOf, identifierKey, textOf, valueSpan } from './planDocument';
import { planRule } from './planRule';

/**
 * basico-2b, the plan's side: every planned dataset whose publication date has come (on or before
 * the evaluation date) has metadata in the workspace with the same identifier. The finding carries
 * the entry's fields so that a quick fix can create the metadata file from them.
 */
export const plannedMetadata = planRule('basico-2b', (context) => {
  const rows = context.rows('plan', (row) => {
    const identifierNode = valueOf(row.node, 'conjunto');
    const identifier = textOf(identifierNode);
    if (!identifierNode || !identifier) return undefined;
    const date = dayOf(valueOf(row.node, 'fechaPublicacion'));
    if (date !== undefined && date <= row.today) {
      const metadata = row.metadata();
      const documented = metadata.identifiers.has(identifierKey(identifier));
      row.count(!documented);
      if (!documented) {
        const similar = sameIdentifierSpelledDifferently(metadata, identifier);
        row.report(
          valueSpan(identifierNode),
          'mandatory',
          similar !== undefined
            ? t(
                'El plan compromete publicar «{0}» el {1} y no hay metadatos con ese identifier; hay un conjunto con identifier «{2}»: escribe el mismo identificador en el plan y en los metadatos (sin acentos).',
                identifier,
                formatDay(date),
                similar,
              )
            : t(
                'El plan compromete publicar «{0}» el {1} y no hay metadatos con identifier «{0}» en el espacio de trabajo: crea su archivo .dcat.yaml (o agrégalo al catálogo) con el mismo identifier.',
                identifier,
                formatDay(date),
              ),
          {
            rule: 'plan-sin-metadatos',
            conjunto: identifier,
            descripcion: stringValue(valueOf(row.node, 'descripcion')),
            periodicidad: stringValue(valueOf(row.node, 'periodicidad')),
            fechaPublicacion: formatDay(date),
          },
        );
      }
    }
    return identifierKey(identifier);
  });
  // A repeated entry is basico-1c's finding; its metadata is asked for once, by its first entry.
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.value === undefined || seen.has(row.value)) continue;
    seen.add(row.value);
    context.keep(row);
  }
});
