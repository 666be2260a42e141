import { t } from '../../l10n';
import { addMonths, formatDay } from '../../text/dates';
import { dayOf, keySpan, valueSpan } from './planDocument';
import { logSection, planRule, reportMissingSection } from './planRule';
import { YEAR_MONTHS } from './periods';
import { pastEntries } from './recency';

/**
 * avanzado-1a: a public consultation is recorded (date, URL and outcome, checked by the schema and
 * counted here), and the plan was revised within the last twelve months.
 */
export const citizenPrioritisation = planRule('avanzado-1a', (context) => {
  const { plan, today } = context;
  const log = logSection(
    context,
    plan.root,
    undefined,
    'consultas',
    () => t('Falta «consultas»: registra la consulta pública con la que la ciudadanía participó en la priorización (fecha, url y resultado).'),
    { kind: 'fails', rule: 'sin-consultas', message: () => t('«consultas» está vacía: registra al menos una consulta pública con fecha, url y resultado.') },
  );
  if (log) {
    const held = pastEntries(context, log);
    for (const { index } of held) context.count(plan.schemaFailsAt('avanzado-1a', ['consultas', index]));
    if (held.length === 0) {
      context.report(
        keySpan(log.property),
        'mandatory',
        t('Ninguna consulta de «consultas» se ha realizado a la fecha de evaluación: registra una consulta pública ya hecha, con fecha, url y resultado.'),
        { rule: 'sin-consulta-realizada' },
      );
      context.count(true);
    }
  }

  const revised = plan.section('revisado');
  if (!revised) {
    reportMissingSection(
      context,
      'revisado',
      t('Falta «revisado»: anota la fecha AAAA-MM-DD de la última revisión del plan; la guía pide mantenerlo vigente y revisarlo al menos cada 12 meses.'),
    );
    return;
  }
  const day = dayOf(revised.value);
  // A malformed date is the schema's finding; it still is no evidence of a revision.
  if (day === undefined) {
    context.count(true);
    return;
  }
  if (day > today) {
    context.report(
      valueSpan(revised.value),
      'mandatory',
      t('«revisado» ({0}) es posterior a la fecha de evaluación ({1}): escribe la fecha en que se revisó el plan por última vez.', formatDay(day), formatDay(today)),
      { rule: 'revision-futura' },
    );
    context.count(true);
    return;
  }
  const stale = day < addMonths(today, -YEAR_MONTHS);
  context.count(stale);
  if (stale) {
    context.report(
      valueSpan(revised.value),
      'mandatory',
      t('El plan se revisó por última vez el {0}, hace {1} días: revísalo al menos cada 12 meses y actualiza «revisado».', formatDay(day), today - day),
      { rule: 'plan-sin-revision-reciente' },
    );
  }
});
