import { foldText } from '../../catalog/vocabularies';
import { t } from '../../l10n';
import { itemsOf, property, valueOf } from '../../parse/sourceTree';
import { firstKeyOf, identifierKey, keySpan, textOf, valueSpan } from './planDocument';
import { planRule } from './planRule';

/**
 * intermedio-1b: every planned dataset names the criteria that justify it (the schema checks each
 * word against the guide's list), and every public inventory dataset is in the plan or already
 * published. One piece of evidence per plan entry and per public inventory dataset.
 */
export const prioritisation = planRule('intermedio-1b', (context) => {
  const entries = context.plan.section('plan')?.value;
  // Without a plan list there is nothing to prioritise yet: basico-1c says what to add.
  if (entries?.type !== 'array') return;

  const planned = new Set<string>();
  const rows = context.rows('plan', (row) => {
    if (row.node.type !== 'object') return undefined;
    const identifier = textOf(valueOf(row.node, 'conjunto'));
    let failed = row.schemaFails('intermedio-1b', ['criterios']);
    const criteria = property(row.node, 'criterios');
    const named = identifier ?? t('n.º {0}', row.index + 1);
    if (!criteria) {
      row.report(
        firstKeyOf(row.node),
        'mandatory',
        t(
          'El conjunto «{0}» del plan no dice por qué se prioriza: agrega «criterios» con al menos un criterio de la guía, por ejemplo [registro-publico] o [solicitudes-recurrentes].',
          named,
        ),
        { rule: 'sin-criterios', conjunto: identifier },
      );
      failed = true;
    } else if (criteria.value.type === 'array' && criteria.value.items.length === 0) {
      row.report(
        keySpan(criteria),
        'mandatory',
        t('«criterios» del conjunto «{0}» está vacía: escribe al menos un criterio de la guía que justifique abrirlo, por ejemplo registro-publico.', named),
        { rule: 'sin-criterios', conjunto: identifier },
      );
      failed = true;
    }
    row.count(failed);
    return identifier === undefined ? undefined : identifierKey(identifier);
  });
  for (const row of rows) {
    context.keep(row);
    if (row.value !== undefined) planned.add(row.value);
  }

  // An inventory has one row per resource: a public dataset outside the plan is reported once, on its first row.
  const publicDatasets = context.rows('inventario', (row) => {
    if (foldText(textOf(valueOf(row.node, 'acceso')) ?? '') !== 'publico') return undefined;
    const identifier = textOf(valueOf(row.node, 'conjunto'));
    return identifier === undefined ? undefined : { identifier, key: identifierKey(identifier) };
  });
  const inventory = itemsOf(context.plan.section('inventario')?.value);
  const checked = new Set<string>();
  for (const { index, value } of publicDatasets) {
    if (value === undefined || checked.has(value.key)) continue;
    checked.add(value.key);
    // A dataset already published (its metadata is in the workspace) may have left the plan: it
    // stays on datos.gob.mx by the principle of permanence, so it is not "missing" from the plan.
    const outside = !planned.has(value.key) && !context.metadata().identifiers.has(value.key);
    context.count(outside);
    if (!outside) continue;
    context.report(
      valueSpan(valueOf(inventory[index], 'conjunto')!),
      'mandatory',
      t(
        'El conjunto público «{0}» está en el inventario pero no en el plan: agrégalo a «plan» con su descripción, periodicidad, fecha de publicación y criterios, o corrige su «acceso» si no es público.',
        value.identifier,
      ),
      { rule: 'inventario-fuera-del-plan', conjunto: value.identifier },
    );
  }
});
