import { t } from '../../l10n';
import { logSection, planRule } from './planRule';
import { SEMESTER_MONTHS } from './periods';
import { pastEntries, requireRecentEntry } from './recency';

/**
 * avanzado-3a: compliance with the policy is verified (normally by the OIC) every semester. Each
 * logged verification is one piece of evidence (date and who, checked by the schema), plus one for
 * a verification in the last six months.
 */
export const complianceVerifications = planRule('avanzado-3a', (context) => {
  const { plan } = context;
  const log = logSection(
    context,
    plan.root,
    undefined,
    'verificaciones',
    () => t('Falta «verificaciones»: registra cada verificación del cumplimiento de la política con fecha y responsable (normalmente el OIC); se pide una cada semestre.'),
    { kind: 'fails', rule: 'sin-verificaciones', message: () => t('«verificaciones» está vacía: registra al menos una verificación del cumplimiento con fecha y responsable.') },
  );
  if (!log) return;
  for (const { index } of pastEntries(context, log)) context.count(plan.schemaFailsAt('avanzado-3a', ['verificaciones', index]));
  requireRecentEntry(context, log, SEMESTER_MONTHS, 'sin-verificacion-reciente', {
    stale: (latest, days, since) =>
      t(
        'La verificación más reciente fue el {0}, hace {1} días: el cumplimiento se verifica cada semestre. Registra en «verificaciones» una verificación a partir del {2}.',
        latest,
        days,
        since,
      ),
    undated: () => t('Ninguna verificación de «verificaciones» tiene una fecha válida hasta la fecha de evaluación: anota en «fecha» el día (AAAA-MM-DD) de la verificación.'),
  });
});
