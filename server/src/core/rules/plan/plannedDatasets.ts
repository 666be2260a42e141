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
  const { plan } = context;
  const entries = plan.section('plan')?.value;
  if (entries?.type !== 'array') return;
  const firstPosition = new Map<string, number>();
  entries.items.forEach((entry, index) => {
    let failed = plan.schemaFailsAt('basico-1c', ['plan', index]);
    const identifierNode = valueOf(entry, 'conjunto');
    const identifier = textOf(identifierNode);
    if (identifierNode && identifier) {
      const first = firstPosition.get(identifierKey(identifier));
      if (first === undefined) {
        firstPosition.set(identifierKey(identifier), index);
      } else {
        context.report(valueSpan(identifierNode), 'mandatory',
          t('El conjunto «{0}» ya está en el plan (entrada n.º {1}): cada conjunto se planea una sola vez; une las dos entradas o corrige el identificador.', identifier, first + 1),
          { rule: 'conjunto-repetido', conjunto: identifier, duplicateOf: first });
        failed = true;
      }
    }
    context.count(failed);
  });
});
