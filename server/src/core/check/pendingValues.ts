import type { Finding } from '../findings';
import { t } from '../l10n';
import type { SourceNode } from '../parse/sourceTree';
import { isStandIn } from '../text/placeholders';

/** A value of a file still marked as a placeholder (`«…»`), with the field it belongs to. */
export interface PendingValue {
  field: string;
  start: number;
  end: number;
}

/** The placeholders of a document, in text order, each with its field's name (or its list's). */
export function pendingValues(root: SourceNode | undefined): PendingValue[] {
  const found: PendingValue[] = [];
  const walk = (node: SourceNode, field: string): void => {
    if (node.type === 'scalar') {
      if (isStandIn(node.value)) found.push({ field, start: node.start, end: node.end });
    } else if (node.type === 'array') {
      for (const item of node.items) walk(item, field);
    } else {
      for (const entry of node.properties) walk(entry.value, entry.key);
    }
  };
  if (root) walk(root, '');
  return found;
}

/** Whether a finding points at a placeholder: what it says is left to fill, not yet an error. */
export function isOnPending(finding: Finding, pending: readonly PendingValue[]): boolean {
  return pending.some((value) => finding.start >= value.start && finding.end <= value.end && finding.end > finding.start);
}

/** The one message that lists what a file still has to fill. */
export function pendingSummary(pending: readonly PendingValue[]): string {
  const fields = [...new Set(pending.map((value) => value.field).filter(Boolean))];
  const shown = fields
    .slice(0, 8)
    .map((field) => `«${field}»`)
    .join(', ');
  const more = fields.length > 8 ? t(' y {0} más', fields.length - 8) : '';
  return pending.length === 1
    ? t('Queda 1 valor por completar (marcado entre « »): {0}. Escribe encima; los diagnósticos revisan lo que escribas.', shown)
    : t('Quedan {0} valores por completar (marcados entre « »): {1}{2}. Escribe encima de cada uno; los diagnósticos revisan lo que escribas.', pending.length, shown, more);
}
