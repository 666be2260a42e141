import { t } from '../../l10n';
import { property } from '../../parse/sourceTree';
import { keySpan } from './planDocument';
import { planRule, reportMissingSection } from './planRule';

/**
 * basico-3b, the plan's side: a monitoring method for the published URLs is recorded (the schema
 * checks `metodo`), and how often it runs is a recommendation. The results of an on-demand link
 * check are the other half of the requirement and come from the dataset rules.
 */
export const linkMonitoring = planRule('basico-3b', (context) => {
  const { plan } = context;
  const monitoring = plan.section('monitoreo');
  if (!monitoring) {
    reportMissingSection(context, 'monitoreo', t('Falta «monitoreo»: describe en «metodo» cómo se vigila que las URL publicadas respondan y en «frecuencia» cada cuánto se hace.'));
    return;
  }
  context.count(plan.schemaFailsAt('basico-3b', ['monitoreo']));
  if (monitoring.value.type === 'object' && !property(monitoring.value, 'frecuencia')) {
    context.report(keySpan(monitoring), 'recommendation', t('«monitoreo» no dice cada cuánto se revisan las URL: agrega «frecuencia», por ejemplo semanal.'), {
      rule: 'monitoreo-sin-frecuencia',
    });
  }
});
