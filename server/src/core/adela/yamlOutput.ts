import { Document, isNode, type Node } from 'yaml';
import { t } from '../l10n';
import type { FieldComment, PlainObject } from './importModel';

/**
 * Writes an imported dataset or plan as YAML, the product's main format: header comments say
 * where it came from, and each value kept as written carries a comment saying what to fix.
 */
export function writeYaml(value: PlainObject, header: string[], comments: readonly FieldComment[], flowKeys: ReadonlySet<string>): string {
  const document = new Document(value);
  if (header.length > 0) document.commentBefore = header.map((line) => ` ${line}`).join('\n');
  for (const comment of comments) {
    const node: unknown = document.getIn(comment.path, true);
    if (isNode(node)) (node as Node).comment = ` ${comment.text}`;
  }
  // Short lists (keywords, criteria) read best on one line, as the guide's examples write them.
  markFlow(document.contents, flowKeys);
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function markFlow(node: unknown, flowKeys: ReadonlySet<string>): void {
  if (!isNode(node)) return;
  const collection = node as Node & { items?: unknown[] };
  if (!Array.isArray(collection.items)) return;
  for (const item of collection.items) {
    const pair = item as { key?: { value?: unknown }; value?: unknown };
    if (pair && typeof pair === 'object' && 'key' in pair) {
      const key = pair.key?.value;
      const value = pair.value as (Node & { flow?: boolean; items?: unknown[] }) | undefined;
      if (typeof key === 'string' && flowKeys.has(key) && value && Array.isArray(value.items) && value.items.every((entry) => !(entry as { items?: unknown }).items))
        value.flow = true;
      else markFlow(value, flowKeys);
    } else {
      markFlow(item, flowKeys);
    }
  }
}

/** The header of a written file: its sources, and a note when some values need a person. */
export function importHeader(what: string, sources: string[], hasKeptValues: boolean): string[] {
  const lines = [t('{0} importado de {1} con «guia import».', what, sources.join(', '))];
  if (hasKeptValues) lines.push(t('Los valores con un comentario se conservaron como venían: corrígelos.'));
  return lines;
}
