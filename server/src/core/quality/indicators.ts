/**
 * The indicators of data.europa.eu's Metadata Quality Assessment (MQA) and their points: five
 * dimensions, 405 points in all. A dataset indicator counts whole or not at all; a distribution
 * indicator counts the share of the dataset's distributions that meet it. docs/CALIDAD.md explains
 * each one and which field of the guide's files feeds it.
 */

export const QUALITY_DIMENSIONS = ['findability', 'accessibility', 'interoperability', 'reusability', 'contextuality'] as const;
export type QualityDimension = (typeof QUALITY_DIMENSIONS)[number];

export type IndicatorId =
  | 'keyword'
  | 'theme'
  | 'spatial'
  | 'temporal'
  | 'accessUrlAccessible'
  | 'downloadUrl'
  | 'downloadUrlAccessible'
  | 'format'
  | 'mediaType'
  | 'formatFromVocabulary'
  | 'nonProprietary'
  | 'machineReadable'
  | 'dcatApCompliance'
  | 'licence'
  | 'licenceVocabulary'
  | 'accessRights'
  | 'accessRightsVocabulary'
  | 'contactPoint'
  | 'publisher'
  | 'rights'
  | 'byteSize'
  | 'issued'
  | 'modified';

export interface Indicator {
  id: IndicatorId;
  dimension: QualityDimension;
  points: number;
  /** Whether it is judged on the dataset or as the share of its distributions. */
  on: 'dataset' | 'distribution';
}

export const INDICATORS: readonly Indicator[] = [
  { id: 'keyword', dimension: 'findability', points: 30, on: 'dataset' },
  { id: 'theme', dimension: 'findability', points: 30, on: 'dataset' },
  { id: 'spatial', dimension: 'findability', points: 20, on: 'dataset' },
  { id: 'temporal', dimension: 'findability', points: 20, on: 'dataset' },
  { id: 'accessUrlAccessible', dimension: 'accessibility', points: 50, on: 'distribution' },
  { id: 'downloadUrl', dimension: 'accessibility', points: 20, on: 'distribution' },
  { id: 'downloadUrlAccessible', dimension: 'accessibility', points: 30, on: 'distribution' },
  { id: 'format', dimension: 'interoperability', points: 20, on: 'distribution' },
  { id: 'mediaType', dimension: 'interoperability', points: 10, on: 'distribution' },
  { id: 'formatFromVocabulary', dimension: 'interoperability', points: 10, on: 'distribution' },
  { id: 'nonProprietary', dimension: 'interoperability', points: 20, on: 'distribution' },
  { id: 'machineReadable', dimension: 'interoperability', points: 20, on: 'distribution' },
  { id: 'dcatApCompliance', dimension: 'interoperability', points: 30, on: 'dataset' },
  { id: 'licence', dimension: 'reusability', points: 20, on: 'distribution' },
  { id: 'licenceVocabulary', dimension: 'reusability', points: 10, on: 'distribution' },
  { id: 'accessRights', dimension: 'reusability', points: 10, on: 'dataset' },
  { id: 'accessRightsVocabulary', dimension: 'reusability', points: 5, on: 'dataset' },
  { id: 'contactPoint', dimension: 'reusability', points: 20, on: 'dataset' },
  { id: 'publisher', dimension: 'reusability', points: 10, on: 'dataset' },
  { id: 'rights', dimension: 'contextuality', points: 5, on: 'distribution' },
  { id: 'byteSize', dimension: 'contextuality', points: 5, on: 'distribution' },
  { id: 'issued', dimension: 'contextuality', points: 5, on: 'dataset' },
  { id: 'modified', dimension: 'contextuality', points: 5, on: 'dataset' },
];

export const MAX_QUALITY_POINTS = INDICATORS.reduce((sum, indicator) => sum + indicator.points, 0);

export type QualityRating = 'excellent' | 'good' | 'sufficient' | 'bad';

/** The MQA's rating bands: excellent 351–405, good 221–350, sufficient 121–220, bad 0–120. */
export function qualityRating(total: number): QualityRating {
  if (total >= 351) return 'excellent';
  if (total >= 221) return 'good';
  if (total >= 121) return 'sufficient';
  return 'bad';
}
