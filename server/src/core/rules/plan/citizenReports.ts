import { t } from '../../l10n';
import { property, valueOf } from '../../parse/sourceTree';
import { formatDay } from '../../text/dates';
import { dayOf, textOf, valueSpan } from './planDocument';
import { logSection, planRule } from './planRule';
import { REPORT_ANSWER_DAYS } from './periods';

/**
 * intermedio-3a: citizen reports are answered within 30 calendar days. Each report is one piece of
 * evidence; it fails when a report is still open more than 30 days after it was received, or its
 * dates cannot be true (in the future, answered before received). Answering late is a
 * recommendation: the answer was given. `reportes: []` declares that none were received and counts
 * as met; without the key there is no evidence.
 */
export const citizenReports = planRule('intermedio-3a', (context) => {
  const { plan, today } = context;
  const log = logSection(
    context,
    plan.root,
    undefined,
    'reportes',
    () => t('Falta «reportes»: registra cada reporte ciudadano sobre los datos con folio, recibido y respondido, o escribe «reportes: []» si no se ha recibido ninguno.'),
    { kind: 'declares-none' },
  );
  if (!log) return;
  for (const { item, index } of log.entries) {
    let failed = plan.schemaFailsAt('intermedio-3a', ['reportes', index]);
    const folio = textOf(valueOf(item, 'folio')) ?? t('n.º {0}', index + 1);
    const receivedNode = valueOf(item, 'recibido');
    const answeredNode = valueOf(item, 'respondido');
    const received = dayOf(receivedNode);
    const answered = dayOf(answeredNode);
    const future = (node: typeof receivedNode, day: number | undefined, field: string): boolean => {
      if (!node || day === undefined || day <= today) return false;
      context.report(
        valueSpan(node),
        'mandatory',
        t('«{0}» del reporte «{1}» ({2}) es posterior a la fecha de evaluación ({3}): anota la fecha real.', field, folio, formatDay(day), formatDay(today)),
        { rule: 'fecha-futura', folio },
      );
      return true;
    };
    const impossible = future(receivedNode, received, 'recibido') || future(answeredNode, answered, 'respondido');
    if (impossible) {
      failed = true;
    } else if (received !== undefined && answered !== undefined && answeredNode) {
      if (answered < received) {
        context.report(
          valueSpan(answeredNode),
          'mandatory',
          t('El reporte «{0}» se respondió ({1}) antes de recibirse ({2}): corrige «respondido» o «recibido».', folio, formatDay(answered), formatDay(received)),
          { rule: 'respuesta-antes-de-recibir', folio },
        );
        failed = true;
      } else if (answered - received > REPORT_ANSWER_DAYS) {
        context.report(
          valueSpan(answeredNode),
          'recommendation',
          t('El reporte «{0}» se respondió {1} días después de recibirse: la guía pide responder en 30 días naturales como máximo.', folio, answered - received),
          { rule: 'respuesta-tardia', folio },
        );
      }
    } else if (received !== undefined && receivedNode && !property(item, 'respondido') && today - received > REPORT_ANSWER_DAYS) {
      context.report(
        valueSpan(receivedNode),
        'mandatory',
        t(
          'El reporte «{0}» se recibió el {1} y lleva {2} días sin respuesta: respóndelo (la guía pide hacerlo en 30 días naturales) y anota la fecha en «respondido».',
          folio,
          formatDay(received),
          today - received,
        ),
        { rule: 'reporte-sin-respuesta', folio },
      );
      failed = true;
    }
    context.count(failed);
  }
});
