import { findPeriodicity, isoRepeatDays } from '../../catalog/vocabularies';
import { t } from '../../l10n';
import { valueOf, type SourceNode } from '../../parse/sourceTree';
import { dayNumber, formatDay, isIsoDateOrDateTime } from '../../text/dates';
import { datasetRule, fieldSpan, fieldText, resourceName, type DatasetScope } from './datasetRule';

/**
 * Extra days after the declared periodicity before data counts as stale: a quarter of the period,
 * and never less than a week, so a monthly dataset published a few days late, or a daily one over a
 * long weekend, is not flagged, while a yearly one is given three months.
 */
export function graceDays(maxAgeDays: number): number {
  return Math.max(7, Math.ceil(maxAgeDays * 0.25));
}

/**
 * basico-3a, data kept up to date: `modified` is no older than `accrualPeriodicity` allows plus the
 * grace period, counted to the evaluation date (`irregular` never goes stale), and neither the
 * dataset's nor a resource's `modified` is after the evaluation date. A dataset without a valid
 * `modified`, or without a periodicity to measure it by, is not shown up to date.
 */
export const freshness = datasetRule('basico-3a', (scope) => {
  const { dataset, input } = scope;
  const modified = datedField(scope, dataset.node, t('el conjunto'));
  for (const resource of dataset.distributions) datedField(scope, resource.node, t('el recurso «{0}»', resourceName(dataset, resource)));
  // Without a valid date there is nothing to show fresh; the schema (basico-2b) already says what is wrong with it.
  if (modified === undefined) return scope.failsWithoutFinding();
  if (modified > input.today) return;

  const periodicity = fieldText(dataset.node, 'accrualPeriodicity');
  const entry = periodicity === undefined ? undefined : findPeriodicity(periodicity);
  // `irregular` has no period (maxAgeDays null): it never goes stale.
  const maxAgeDays = entry ? entry.maxAgeDays : periodicity === undefined ? undefined : isoRepeatDays(periodicity);
  if (maxAgeDays === undefined) {
    // Without a period nothing says how old the data may be: it cannot be shown up to date. A
    // periodicity written but not in the catalog, or left blank or as a stand-in, is said once, by
    // the schema, on the value itself.
    if (periodicity !== undefined || valueOf(dataset.node, 'accrualPeriodicity') !== undefined) return scope.failsWithoutFinding();
    scope.report(
      fieldSpan(dataset.node, 'modified')!,
      'mandatory',
      t(
        'No se puede saber si los datos de «{0}» están al día: el conjunto no declara «accrualPeriodicity» (cada cuánto se actualiza). Escribe su periodicidad, por ejemplo anual o R/P1Y, o irregular si no tiene una.',
        scope.name,
      ),
      { rule: 'frescura-sin-periodicidad', modified: formatDay(modified) },
    );
    return;
  }
  if (maxAgeDays === null) return;
  const grace = graceDays(maxAgeDays);
  const due = modified + maxAgeDays + grace;
  if (input.today <= due) return;
  scope.report(
    fieldSpan(dataset.node, 'modified')!,
    'mandatory',
    t(
      'Los datos de «{0}» se modificaron por última vez el {1} y «accrualPeriodicity» es {2} (cada {3} días): con el margen de gracia de {4} días (un 25 % del periodo, al menos 7) debían actualizarse a más tardar el {5}. Actualiza los datos y «modified», o corrige la periodicidad si cambió.',
      scope.name,
      formatDay(modified),
      periodicity!,
      maxAgeDays,
      grace,
      formatDay(due),
    ),
    { rule: 'datos-desactualizados', modified: formatDay(modified), maxAgeDays, graceDays: grace, due: formatDay(due) },
  );
});

/** The day of a `modified` field, reporting it when it is after the evaluation date. */
function datedField(scope: DatasetScope, node: SourceNode, owner: string): number | undefined {
  const value = fieldText(node, 'modified');
  // A malformed date is the schema's (basico-2b) finding and intermedio-2a's.
  if (value === undefined || !isIsoDateOrDateTime(value)) return undefined;
  const day = dayNumber(value)!;
  if (day > scope.input.today) {
    scope.report(
      fieldSpan(node, 'modified')!,
      'mandatory',
      t(
        '«modified» de {0} ({1}) es posterior a la fecha de evaluación ({2}): escribe la fecha real de la última modificación de los datos.',
        owner,
        value,
        formatDay(scope.input.today),
      ),
      { rule: 'fecha-futura', modified: value },
    );
  }
  return day;
}
