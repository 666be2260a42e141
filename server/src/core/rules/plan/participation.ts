import { foldText, PARTICIPATION_TYPES } from '../../catalog/vocabularies';
import { t } from '../../l10n';
import { property, valueOf } from '../../parse/sourceTree';
import { firstKeyOf, textOf, valueSpan } from './planDocument';
import { logSection, planRule } from './planRule';
import { SEMESTER_MONTHS } from './periods';
import { pastEntries, requireRecentEntry } from './recency';

/**
 * intermedio-4a: actions that promote the use of the data (consultations, datathons, hackathons) are
 * logged with type, date and URL, at least one per semester. One piece of evidence per action plus
 * one for an action in the last six months; an empty list is unmet.
 */
export const participationActions = planRule('intermedio-4a', (context) => {
  const { plan } = context;
  const log = logSection(
    context,
    plan.root,
    undefined,
    'participacion',
    () => t('Falta «participacion»: registra las acciones que promueven el uso de los datos (tipo, fecha y url de cada consulta, datatón o hackatón), al menos una por semestre.'),
    { kind: 'fails', rule: 'sin-participacion', message: () => t('«participacion» está vacía: registra al menos una acción (consulta, datatón, hackatón) con tipo, fecha y url.') },
  );
  if (!log) return;
  const known = new Set(PARTICIPATION_TYPES.map(foldText));
  for (const { item, index } of pastEntries(context, log)) {
    let failed = plan.schemaFailsAt('intermedio-4a', ['participacion', index]);
    // The schema leaves `url` optional for older plans; the requirement asks for it as the action's public trace.
    if (!property(item, 'url')) {
      context.report(
        firstKeyOf(item),
        'mandatory',
        t('La acción de participación n.º {0} no tiene «url»: agrega el enlace público de la convocatoria o de sus resultados.', index + 1),
        { rule: 'participacion-sin-url' },
      );
      failed = true;
    }
    const typeNode = valueOf(item, 'tipo');
    const type = textOf(typeNode);
    if (typeNode && type && !known.has(foldText(type))) {
      context.report(valueSpan(typeNode), 'recommendation', t('«tipo» «{0}» no es uno de los tipos de acción conocidos: usa {1}.', type, PARTICIPATION_TYPES.join(', ')), {
        rule: 'tipo-de-participacion',
      });
    }
    context.count(failed);
  }
  requireRecentEntry(context, log, SEMESTER_MONTHS, 'sin-participacion-reciente', {
    stale: (latest, days, since) =>
      t(
        'La acción de participación más reciente fue el {0}, hace {1} días: promueve el uso de los datos al menos una vez por semestre y registra en «participacion» una acción a partir del {2}.',
        latest,
        days,
        since,
      ),
    undated: () => t('Ninguna acción de «participacion» tiene una fecha válida hasta la fecha de evaluación: anota en «fecha» el día (AAAA-MM-DD) de cada acción.'),
  });
});
