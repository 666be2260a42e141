import { identifierFrom } from '../../catalog/identifiers';
import { t } from '../../l10n';
import { datasetReferences } from '../datasetReferences';
import type { TextEdit, WorkspaceEdit } from '../serviceTypes';
import { yamlScalar } from '../valueTemplates';
import { scalarText, targetString, type Fix, type FixInput } from './fixTypes';

/**
 * Rewrites a dataset identifier in the guide's form and every reference to it in the plans (rules
 * `identificador-ascii`, data `{ identifier, slug }`, and the schema's `identificador-forma`). Not
 * in "fix all": it renames a key that others may already use.
 */
export function asciiIdentifierFix({ context, target }: FixInput): Fix[] {
  const found = targetString(target);
  const data = target.data as { identifier?: unknown; slug?: unknown };
  const identifier = data.identifier ?? found?.value.trim();
  const slug = data.slug ?? (typeof identifier === 'string' ? identifierFrom(identifier) : undefined);
  if (typeof identifier !== 'string' || typeof slug !== 'string' || !slug || !found || found.value.trim() !== identifier) return [];
  const changes: Record<string, TextEdit[]> = {
    [context.file.id]: [{ range: context.file.parsed.lines.rangeOf(found.node.start, found.node.end), newText: scalarText(context, found.node, slug) }],
  };
  let count = 0;
  for (const reference of datasetReferences(context.index)) {
    if (reference.identifier !== identifier) continue;
    const file = reference.file;
    const quote = file.parsed.text[reference.node.start];
    const newText = /\.json$/i.test(file.id) || quote === '"' ? JSON.stringify(slug) : quote === "'" ? `'${slug}'` : yamlScalar(slug, true);
    (changes[file.id] ??= []).push({ range: file.parsed.lines.rangeOf(reference.node.start, reference.node.end), newText });
    count++;
  }
  const edit: WorkspaceEdit = { changes };
  return [
    {
      title: count > 0 ? t('Cambiar el identificador a «{0}» y sus {1} referencias en el plan', slug, count) : t('Cambiar el identificador a «{0}»', slug),
      edit,
      safe: false,
      preferred: true,
    },
  ];
}
