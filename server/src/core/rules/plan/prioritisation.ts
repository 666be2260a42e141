import { foldText } from '../../catalog/vocabularies';
import { t } from '../../l10n';
import { property, valueOf } from '../../parse/sourceTree';
import { firstKeyOf, identifierKey, keySpan, objectItems, textOf, valueSpan } from './planDocument';
import { planRule } from './planRule';

/**
 * intermedio-1b: every planned dataset names the criteria that justify it (the schema checks each
 * word against the guide's list), and every public inventory dataset is in the plan or already
 * published. One piece of evidence per plan entry and per public inventory dataset.
 */
export const prioritisation = planRule('intermedio-1b', (context) => {
  const { plan } = context;
  const entries = plan.section('plan')?.value;
  // Without a plan list there is nothing to prioritise yet: basico-1c says what to add.
  if (entries?.type !== 'array') return;

  const planned = new Set<string>();
  for (const { item, index } of objectItems(entries)) {
    const identifier = textOf(valueOf(item, 'conjunto'));
    if (identifier) planned.add(identifierKey(identifier));
    let failed = plan.schemaFailsAt('intermedio-1b', ['plan', index, 'criterios']);
    const criteria = property(item, 'criterios');
    const named = identifier ?? t('n.º {0}', index + 1);
    if (!criteria) {
      context.report(firstKeyOf(item), 'mandatory',
        t('El conjunto «{0}» del plan no dice por qué se prioriza: agrega «criterios» con al menos un criterio de la guía, por ejemplo [registro-publico] o [solicitudes-recurrentes].', named),
        { rule: 'sin-criterios', conjunto: identifier });
      failed = true;
    } else if (criteria.value.type === 'array' && criteria.value.items.length === 0) {
      context.report(keySpan(criteria), 'mandatory',
        t('«criterios» del conjunto «{0}» está vacía: escribe al menos un criterio de la guía que justifique abrirlo, por ejemplo registro-publico.', named),
        { rule: 'sin-criterios', conjunto: identifier });
      failed = true;
    }
    context.count(failed);
  }

  // An inventory has one row per resource: a public dataset outside the plan is reported once, on its first row.
  const checked = new Set<string>();
  for (const { item } of objectItems(plan.section('inventario')?.value)) {
    if (foldText(textOf(valueOf(item, 'acceso')) ?? '') !== 'publico') continue;
    const identifierNode = valueOf(item, 'conjunto');
    const identifier = textOf(identifierNode);
    if (!identifierNode || !identifier || checked.has(identifierKey(identifier))) continue;
    checked.add(identifierKey(identifier));
    // A dataset already published (its metadata is in the workspace) may have left the plan: it
    // stays on datos.gob.mx by the principle of permanence, so it is not "missing" from the plan.
    const outside = !planned.has(identifierKey(identifier)) && !context.metadata().identifiers.has(identifierKey(identifier));
    context.count(outside);
    if (!outside) continue;
    context.report(valueSpan(identifierNode), 'mandatory',
      t('El conjunto público «{0}» está en el inventario pero no en el plan: agrégalo a «plan» con su descripción, periodicidad, fecha de publicación y criterios, o corrige su «acceso» si no es público.', identifier),
      { rule: 'inventario-fuera-del-plan', conjunto: identifier });
  }
});
