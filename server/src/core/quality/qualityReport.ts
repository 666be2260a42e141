import { t } from '../l10n';
import { escapeHtml } from '../text/html';
import type { QualityScore, WorkspaceQuality } from './datasetQuality';
import { QUALITY_DIMENSIONS } from './indicators';
import { DIMENSION_LABELS, RATING_LABELS } from './qualityLens';

/** What the board shows of the metadata quality: the workspace's mean and each dataset's score. */
export interface QualitySummary {
  workspace: QualityScore | undefined;
  datasets: Array<{ identifier: string; file: string; quality: QualityScore }>;
}

/** The scores without the per-indicator detail, small enough for the board's notifications. */
export function qualitySummary(quality: WorkspaceQuality): QualitySummary {
  return { workspace: quality.workspace, datasets: quality.datasets.map(({ identifier, file, quality: score }) => ({ identifier, file, quality: score })) };
}

const headers = (): string[] => [t('Conjunto'), t('Total'), t('Calificación'), ...QUALITY_DIMENSIONS.map((dimension) => DIMENSION_LABELS[dimension]())];

const cells = (name: string, score: QualityScore): string[] => [
  name,
  `${score.total}/${score.max}`,
  RATING_LABELS[score.rating](),
  ...QUALITY_DIMENSIONS.map((dimension) => String(score.dimensions[dimension])),
];

const intro = (): string =>
  t(
    'Calidad de los metadatos como la mide data.europa.eu (MQA): cinco dimensiones, 405 puntos; excelente desde 351, buena desde 221, suficiente desde 121. Los hallazgos de la guía siguen siendo el veredicto principal.',
  );

/** The quality section of the Markdown board report; nothing when the workspace has no datasets. */
export function qualityMarkdown(summary: QualitySummary | undefined): string[] {
  if (!summary?.workspace) return [];
  const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return [
    `## ${t('Calidad de los metadatos (MQA)')}`,
    '',
    intro(),
    '',
    `| ${headers().join(' | ')} |`,
    `|---|${headers()
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
    `| ${cells(`**${t('Espacio de trabajo (promedio)')}**`, summary.workspace).join(' | ')} |`,
    ...summary.datasets.map((dataset) => `| ${cells(cell(dataset.identifier), dataset.quality).join(' | ')} |`),
    '',
  ];
}

/** The same section as an HTML table, for the exported page and the board view. */
export function qualityHtml(summary: QualitySummary | undefined): string {
  if (!summary?.workspace) return '';
  const row = (name: string, score: QualityScore, header = false): string => {
    const [first, ...rest] = cells(name, score);
    return `<tr${header ? ' class="total"' : ''}><th scope="row">${escapeHtml(first!)}</th>${rest.map((value) => `<td class="n">${escapeHtml(value)}</td>`).join('')}</tr>`;
  };
  return [
    `<table class="details quality"><caption>${escapeHtml(t('Calidad de los metadatos (MQA)'))}</caption>`,
    `<thead><tr>${headers()
      .map((header) => `<th scope="col">${escapeHtml(header)}</th>`)
      .join('')}</tr></thead><tbody>`,
    row(t('Espacio de trabajo (promedio)'), summary.workspace, true),
    ...summary.datasets.map((dataset) => row(dataset.identifier, dataset.quality)),
    '</tbody></table>',
    `<p class="legend">${escapeHtml(intro())}</p>`,
  ].join('\n');
}
