import { t } from '../../l10n';
import { certainIsoDate } from '../../text/writtenDates';
import { schemaAt } from '../schemaContext';
import { targetString, valueEdit, type Fix, type FixInput } from './fixTypes';

/**
 * Rewrites a date to ISO 8601 when it can mean only one day (rules `fecha-iso8601`, `formato`), read
 * by `text/writtenDates.ts` like the importer and the CSV checks: `05/06/2014` could be either and is
 * left alone.
 */
export function dateFix({ context, target, start }: FixInput): Fix[] {
  const found = targetString(target);
  if (!found || !target.path) return [];
  const schema = schemaAt(start, target.path)?.schema;
  if (target.data.rule === 'formato' && target.path[target.path.length - 1] !== 'fechaEstimada') return [];
  // The inventory's `fechaEstimada` keeps a month, a date-only field (`fechaPublicacion`) the day
  // alone, `modified` the time too.
  const precision = target.data.rule === 'formato' ? 'month' : schema?.format === 'date' ? 'date' : 'datetime';
  const iso = certainIsoDate(found.value, precision);
  if (!iso || iso === found.value) return [];
  return [
    {
      title: t('Escribir la fecha en ISO 8601: {0}', iso),
      edit: valueEdit(context, found.node, iso),
      safe: true,
      preferred: true,
    },
  ];
}
