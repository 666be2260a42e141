import { t } from '../../l10n';
import { valueOf } from '../../parse/sourceTree';
import { identifierKey, textOf, valueSpan } from './planDocument';
import { planRule } from './planRule';

/**
 * basico-1c: at least one planned dataset, each with identifier, description, periodicity and date
 * (the schema checks those fields and that the list is not empty). This rule counts one piece of
 * evidence per entry and adds that no identifier is planned twice.
 */
export const plannedDatasets = planRule('basico-1c', (context) => {
  const entries = context.plan.section('plan')?.value;
  if (entries?.type !== 'array') return;
  const rows = context.rows('plan', (row) => {
    const identifier = textOf(valueOf(row.node, 'conjunto'));
    return { schemaFailed: row.schemaFails('basico-1c'), identifier, key: identifier === undefined ? undefined : identifierKey(identifier) };
  });
  const firstPosition = new Map<string, number>();
  for (const row of rows) {
    context.keep(row);
    let failed = row.value.schemaFailed;
    const { identifier, key } = row.value;
    if (identifier !== undefined && key !== undefined) {
      const first = firstPosition.get(key);
      if (first === undefined) {
        firstPosition.set(key, row.index);
      } else {
        context.report(
          valueSpan(valueOf(entries.items[row.index], 'conjunto')!),
          'mandatory',
          t(
            'El conjunto «{0}» ya está en el plan (entrada n.º {1}): cada conjunto se planea una sola vez; une las dos entradas o corrige el identificador.',
            identifier,
            first + 1,
          ),
          { rule: 'conjunto-repetido', conjunto: identifier, duplicateOf: first },
        );
        failed = true;
      }
    }
    context.count(failed);
  }
});
