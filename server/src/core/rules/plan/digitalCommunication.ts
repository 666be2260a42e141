import { t } from '../../l10n';
import { valueOf, type SourceNode } from '../../parse/sourceTree';
import { isWebUrl } from '../../schema/formats';
import { addMonths, formatDay } from '../../text/dates';
import type { MetadataIndex } from './metadataIndex';
import { dayOf, keySpan, textOf, valueSpan } from './planDocument';
import { logSection, planRule } from './planRule';
import { COMMUNICATION_GAP_MONTHS, YEAR_MONTHS } from './periods';
import { pastEntries } from './recency';
import { isPortalDatasetPage, urlKey } from './urls';

/** A URL that leads straight to a dataset: one of the workspace's download or documentation URLs, or its page on datos.gob.mx. */
function isDirectDatasetUrl(url: string, metadata: MetadataIndex): boolean {
  const key = urlKey(url);
  return (key !== undefined && metadata.datasetUrls.has(key)) || isPortalDatasetPage(url);
}

/**
 * intermedio-4b: communication actions about data releases come at most two months apart, the last
 * one within two months of the evaluation date, and each cites a direct dataset URL. One piece of
 * evidence per action plus one for the cadence. Gaps are looked for in the last year only: an old
 * gap that has since been mended should not stay an error forever, nor push people to delete history.
 */
export const digitalCommunication = planRule('intermedio-4b', (context) => {
  const { plan, today } = context;
  const log = logSection(
    context,
    plan.root,
    undefined,
    'comunicacion',
    () => t('Falta «comunicacion»: registra las acciones de comunicación digital sobre publicaciones de datos (fecha, canal y url directa al conjunto), al menos cada 2 meses.'),
    {
      kind: 'fails',
      rule: 'sin-comunicacion',
      message: () => t('«comunicacion» está vacía: registra las acciones de comunicación digital con fecha, canal y url directa al conjunto, al menos cada 2 meses.'),
    },
  );
  if (!log) return;

  const dated: Array<{ day: number; node: SourceNode }> = [];
  for (const { item, index } of pastEntries(context, log)) {
    let failed = plan.schemaFailsAt('intermedio-4b', ['comunicacion', index]);
    const urlNode = valueOf(item, 'url');
    const url = textOf(urlNode);
    if (urlNode && url && isWebUrl(url) && !isDirectDatasetUrl(url, context.metadata())) {
      context.report(
        valueSpan(urlNode),
        'mandatory',
        t(
          '«url» de la comunicación n.º {0} no lleva directo a un conjunto de datos: cita el downloadURL o la landingPage de un conjunto del catálogo, o su página en datos.gob.mx (https://datos.gob.mx/busca/dataset/…).',
          index + 1,
        ),
        { rule: 'url-no-directa' },
      );
      failed = true;
    }
    const dateNode = valueOf(item, 'fecha');
    const day = dayOf(dateNode);
    if (dateNode && day !== undefined) dated.push({ day, node: dateNode });
    context.count(failed);
  }

  dated.sort((a, b) => a.day - b.day);
  let cadenceFails = false;
  for (let i = 1; i < dated.length; i++) {
    const previous = dated[i - 1]!;
    const current = dated[i]!;
    const gap = current.day - previous.day;
    if (current.day <= addMonths(previous.day, COMMUNICATION_GAP_MONTHS) || current.day < addMonths(today, -YEAR_MONTHS)) continue;
    cadenceFails = true;
    context.report(
      valueSpan(current.node),
      'mandatory',
      t(
        'Pasaron {0} días entre la comunicación del {1} y la del {2}: comunica las publicaciones de datos al menos cada 2 meses.',
        gap,
        formatDay(previous.day),
        formatDay(current.day),
      ),
      { rule: 'comunicacion-espaciada', desde: formatDay(previous.day), hasta: formatDay(current.day) },
    );
  }
  const last = dated[dated.length - 1];
  if (last === undefined || last.day < addMonths(today, -COMMUNICATION_GAP_MONTHS)) {
    cadenceFails = true;
    context.report(
      keySpan(log.property),
      'mandatory',
      last === undefined
        ? t('Ninguna acción de «comunicacion» tiene una fecha válida hasta la fecha de evaluación: anota en «fecha» el día (AAAA-MM-DD) de cada acción.')
        : t(
            'La comunicación más reciente fue el {0}, hace {1} días: comunica las publicaciones de datos al menos cada 2 meses y registra la siguiente en «comunicacion».',
            formatDay(last.day),
            today - last.day,
          ),
      { rule: 'sin-comunicacion-reciente' },
    );
  }
  context.count(cadenceFails);
});
