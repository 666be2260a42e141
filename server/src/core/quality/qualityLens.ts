import type { FileAnalysis } from '../model/analysis';
import { t } from '../l10n';
import type { LinkCheckReport } from '../model/linkResults';
import type { DatasetLens } from '../services/datasetLens';
import type { Range } from '../text/lineIndex';
import { fileQuality, type QualityScore } from './datasetQuality';
import { QUALITY_DIMENSIONS, type QualityDimension, type QualityRating } from './indicators';

export const RATING_LABELS: Record<QualityRating, () => string> = {
  excellent: () => t('excelente'),
  good: () => t('buena'),
  sufficient: () => t('suficiente'),
  bad: () => t('mala'),
};

export const DIMENSION_LABELS: Record<QualityDimension, () => string> = {
  findability: () => t('Localización'),
  accessibility: () => t('Accesibilidad'),
  interoperability: () => t('Interoperabilidad'),
  reusability: () => t('Reutilización'),
  contextuality: () => t('Contexto'),
};

/** `Localización 70 · Accesibilidad 20 · …`: the five dimensions of a score in one line. */
export function dimensionsLine(score: QualityScore): string {
  return QUALITY_DIMENSIONS.map((dimension) => `${DIMENSION_LABELS[dimension]()} ${score.dimensions[dimension]}`).join(' · ');
}

/**
 * A lens above each dataset with its metadata quality in the MQA's terms. The plan files come
 * along because the export (which the score reads) names the plan's institution as publisher.
 */
export function qualityLenses(file: FileAnalysis, planFiles: readonly FileAnalysis[], linkCheck: LinkCheckReport | undefined): DatasetLens[] {
  if (file.kind !== 'dataset' && file.kind !== 'catalog') return [];
  const scores = fileQuality(file, planFiles, linkCheck);
  return file.datasets.flatMap((dataset, index) => {
    const score = scores.find((candidate) => dataset.identifier !== undefined && candidate.identifier === dataset.identifier) ?? scores[index];
    if (!score) return [];
    const line = file.parsed.lines.positionAt(dataset.node.start).line;
    const range: Range = { start: { line, character: 0 }, end: { line, character: 0 } };
    const { total, max, rating } = score.quality;
    const network = linkCheck
      ? t('Accesibilidad según la última revisión de enlaces.')
      : t('Sin revisión de enlaces: la accesibilidad solo cuenta las URL de descarga declaradas.');
    return [
      {
        range,
        title: t('$(graph) Calidad de metadatos: {0}/{1} · {2}', total, max, RATING_LABELS[rating]()),
        tooltip: `${t('Calidad de los metadatos como la mide data.europa.eu (MQA) sobre la exportación DCAT-AP.')}\n${dimensionsLine(score.quality)}\n${network}`,
        action: { kind: 'none' },
      },
    ];
  });
}
