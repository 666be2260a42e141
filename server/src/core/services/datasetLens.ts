import type { FileAnalysis } from '../model/analysis';
import type { DatasetFacts } from '../model/facts';
import { t } from '../l10n';
import { stringValue, valueOf } from '../parse/sourceTree';
import { dayNumber, formatDay } from '../text/dates';
import type { Range } from '../text/lineIndex';
import { resourceFormat } from '../rules/datasets/resourceFormat';
import { isPlaceholder } from '../text/placeholders';
import { dueSoonWindow, dueState, nextUpdateDay, periodDays } from '../catalog/updateSchedule';

/** What clicking a lens does; the server maps it to a client command. */
export type LensAction = { kind: 'requirement'; requirement: string } | { kind: 'timeline'; identifier?: string } | { kind: 'none' };

/** A line of information shown above a dataset. LSP-agnostic: the server turns it into a CodeLens. */
export interface DatasetLens {
  range: Range;
  title: string;
  tooltip: string;
  action: LensAction;
}

/** Openness rating of a dataset: ADELA's stars for the best format among its resources. */
export interface Openness {
  /** 1-5; 0 when no resource can be downloaded (none, or none with a `downloadURL`). */
  stars: number;
  /** Resources left out of the rating: without a `downloadURL` (empty or still «…»). */
  withoutDownload: number;
  /** The format that gives the rating, e.g. `CSV`. */
  format?: string;
}

/** The requirement that asks for machine-readable formats (3+ stars, 4+ for some). */
const OPENNESS_REQUIREMENT = 'avanzado-2a';

/**
 * ADELA's rating: a resource in an unlisted format counts 1 star ("none below"); the best wins. A
 * resource nobody can download (no `downloadURL`) earns none: stars praise data people can get.
 */
export function opennessOf(dataset: DatasetFacts): Openness {
  let best: Omit<Openness, 'withoutDownload'> = { stars: 0 };
  let withoutDownload = 0;
  for (const resource of dataset.distributions) {
    const url = resource.downloadURL?.trim();
    if (!url || isPlaceholder(url)) {
      withoutDownload++;
      continue;
    }
    const { info } = resourceFormat(resource);
    const stars = info?.stars ?? 1;
    if (stars > best.stars) best = { stars, ...(info ? { format: (info.formats[0] ?? info.mediaType).toUpperCase() } : {}) };
  }
  return { ...best, withoutDownload };
}

/**
 * Two lenses above each dataset of a metadata file: its openness stars with its number of
 * resources, and when its next update is due at the evaluation day `today`.
 */
export function datasetLenses(file: FileAnalysis, today: number): DatasetLens[] {
  if (file.kind !== 'dataset' && file.kind !== 'catalog') return [];
  const lenses: DatasetLens[] = [];
  for (const dataset of file.datasets) {
    const line = file.parsed.lines.positionAt(dataset.node.start).line;
    const range: Range = { start: { line, character: 0 }, end: { line, character: 0 } };
    lenses.push(opennessLens(dataset, range), updateLens(dataset, range, today));
  }
  return lenses;
}

function opennessLens(dataset: DatasetFacts, range: Range): DatasetLens {
  const { stars, format, withoutDownload } = opennessOf(dataset);
  const resources = dataset.distributions.length;
  const icons = '$(star-full)'.repeat(stars) + '$(star-empty)'.repeat(5 - stars);
  const count = resources === 1 ? t('1 recurso') : t('{0} recursos', resources);
  const starsText = stars === 1 ? t('1 de 5 estrellas') : t('{0} de 5 estrellas', stars);
  const title =
    resources === 0
      ? t('Sin recursos: sin calificación de apertura')
      : stars === 0
        ? t('Sin URL de descarga: sin calificación de apertura · {0}', count)
        : `${icons} ${starsText} · ${count}`;
  const tooltip =
    resources === 0
      ? t('Agrega recursos en «distribution» para calificar la apertura del conjunto.')
      : stars === 0
        ? t('Ningún recurso tiene «downloadURL»: la apertura se califica por los archivos que se pueden descargar.')
        : format
          ? t('Calificación de apertura de ADELA por el mejor formato de sus recursos ({0}). Abre el requisito {1}.', format, OPENNESS_REQUIREMENT)
          : t('Calificación de apertura de ADELA: ningún recurso tiene un formato reconocido. Abre el requisito {0}.', OPENNESS_REQUIREMENT);
  const missing =
    stars > 0 && withoutDownload > 0
      ? ` ${withoutDownload === 1 ? t('Un recurso sin «downloadURL» no cuenta.') : t('{0} recursos sin «downloadURL» no cuentan.', withoutDownload)}`
      : '';
  return { range, title, tooltip: tooltip + missing, action: { kind: 'requirement', requirement: OPENNESS_REQUIREMENT } };
}

function updateLens(dataset: DatasetFacts, range: Range, today: number): DatasetLens {
  const periodicity = stringValue(valueOf(dataset.node, 'accrualPeriodicity'));
  const modified = stringValue(valueOf(dataset.node, 'modified'));
  const action: LensAction = { kind: 'timeline', ...(dataset.identifier !== undefined ? { identifier: dataset.identifier } : {}) };
  const tooltip = t('Fecha de «modified» más un periodo de «accrualPeriodicity». Abre la línea de tiempo del plan.');
  const next = nextUpdateDay(modified, periodicity);
  if (next === undefined) {
    const title =
      modified === undefined || dayNumber(modified.trim()) === undefined
        ? t('$(calendar) Próxima actualización: sin fecha «modified» válida')
        : t('$(calendar) Próxima actualización: sin fecha (periodicidad irregular o desconocida)');
    return { range, title, tooltip, action };
  }
  const date = formatDay(next);
  const days = next - today;
  switch (dueState(next, today, dueSoonWindow(periodDays(periodicity)))) {
    case 'overdue':
      return { range, title: t('$(warning) Actualización vencida desde el {0} ({1} de retraso)', date, daysText(-days)), tooltip, action };
    case 'due-soon':
      return {
        range,
        title: days === 0 ? t('$(bell) Actualización pendiente: vence hoy, {0}', date) : t('$(bell) Actualización pendiente: vence el {0} (en {1})', date, daysText(days)),
        tooltip,
        action,
      };
    case 'ok':
      return { range, title: t('$(calendar) Próxima actualización: {0}', date), tooltip, action };
  }
}

function daysText(days: number): string {
  return days === 1 ? t('1 día') : t('{0} días', days);
}
