import { t } from '../../l10n';
import { logSection, planRule, reportMissingSection } from './planRule';
import { SEMESTER_MONTHS } from './periods';
import { pastEntries, requireRecentEntry } from './recency';

/**
 * intermedio-1a: the working group's sessions are logged with date, place, attendees and minutes
 * (fields checked by the schema, counted here per session), and one of them falls in the last six
 * months. An empty list is unmet: the requirement is that the group meets.
 */
export const workingGroupSessions = planRule('intermedio-1a', (context) => {
  const { plan } = context;
  const group = plan.section('grupoDeTrabajo');
  if (!group) {
    reportMissingSection(
      context,
      'grupoDeTrabajo',
      t(
        'Falta «grupoDeTrabajo»: registra en «sesiones» cada sesión del Grupo de Trabajo Institucional con fecha, lugar, asistentes y minuta; el grupo sesiona al menos una vez por semestre.',
      ),
    );
    return;
  }
  if (group.value.type !== 'object') return;
  const log = logSection(
    context,
    group.value,
    group,
    'sesiones',
    () => t('Falta «sesiones» en «grupoDeTrabajo»: registra cada sesión con fecha, lugar, asistentes y minuta; el grupo sesiona al menos una vez por semestre.'),
    { kind: 'fails', rule: 'sin-sesiones', message: () => t('«sesiones» está vacía: registra cada sesión del grupo de trabajo con fecha, lugar, asistentes y minuta.') },
  );
  if (!log) return;
  for (const { index } of pastEntries(context, log)) context.count(plan.schemaFailsAt('intermedio-1a', ['grupoDeTrabajo', 'sesiones', index]));
  requireRecentEntry(context, log, SEMESTER_MONTHS, 'sin-sesion-reciente', {
    stale: (latest, days, since) =>
      t(
        'La sesión más reciente del grupo de trabajo fue el {0}, hace {1} días: el grupo sesiona al menos una vez por semestre. Registra en «sesiones» una sesión a partir del {2}.',
        latest,
        days,
        since,
      ),
    undated: () => t('Ninguna sesión de «sesiones» tiene una fecha válida hasta la fecha de evaluación: anota en «fecha» el día (AAAA-MM-DD) en que sesionó el grupo.'),
  });
});
