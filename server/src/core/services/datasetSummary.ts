import { findPeriodicity } from '../catalog/vocabularies';
import { t } from '../l10n';
import { stringValue, valueOf } from '../parse/sourceTree';
import type { DatasetEntry } from './datasetReferences';
import type { ServiceSettings } from './serviceTypes';

/** How many resources a summary lists before it says "and N more". */
const LISTED_RESOURCES = 5;

/**
 * A dataset as a hover shows it: title, where it is documented, its resources, how often it is
 * updated and when it last changed. Several entries mean the identifier is documented more than once.
 */
export function datasetSummaryMarkdown(entries: readonly DatasetEntry[], settings: ServiceSettings): string {
  const entry = entries[0]!;
  const { dataset, file } = entry;
  const parts: string[] = [];
  parts.push(`**${escapeMarkdown(dataset.title ?? dataset.identifier ?? '')}** (\`${dataset.identifier ?? ''}\`)`);
  const where =
    file.kind === 'catalog' && dataset.index !== undefined
      ? t('Conjunto n.º {0} de [{1}]({2})', dataset.index + 1, fileName(file.id), file.id)
      : `[${fileName(file.id)}](${file.id})`;
  parts.push(where);
  const description = stringValue(valueOf(dataset.node, 'description'));
  if (description) parts.push(escapeMarkdown(description));

  const facts: string[] = [];
  const periodicity = stringValue(valueOf(dataset.node, 'accrualPeriodicity'));
  if (periodicity) {
    const known = findPeriodicity(periodicity);
    facts.push(`${t('Periodicidad:')} ${periodicity}${known ? ` (${known.word === periodicity ? known[settings.language] : `${known.word}, ${known[settings.language]}`})` : ''}`);
  }
  const modified = stringValue(valueOf(dataset.node, 'modified'));
  facts.push(`${t('Última modificación:')} ${modified ?? t('sin fecha')}`);
  const resources = dataset.distributions;
  facts.push(t('Recursos: {0}', resources.length));
  parts.push(facts.map((fact) => `- ${fact}`).join('\n'));

  if (resources.length > 0) {
    const lines = resources
      .slice(0, LISTED_RESOURCES)
      .map((resource) => `- ${escapeMarkdown(resource.title ?? t('(sin título)'))}${resource.mediaType ? ` · \`${resource.mediaType}\`` : ''}`);
    if (resources.length > LISTED_RESOURCES) lines.push(`- ${t('… y {0} más', resources.length - LISTED_RESOURCES)}`);
    parts.push(lines.join('\n'));
  }
  if (entries.length > 1) parts.push(t('⚠ Este identificador está documentado {0} veces.', entries.length));
  return parts.join('\n\n');
}

function fileName(id: string): string {
  return decodeURIComponent(id.split(/[\\/]/).pop() ?? id);
}

/** Text from the user's files shown in Markdown: its Markdown characters are shown as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-!|<>])/g, '\\$1');
}
