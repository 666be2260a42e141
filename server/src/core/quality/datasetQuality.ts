import type { PlainObject } from '../adela/importModel';
import { distributionsOf, isPlainObject, text, workspaceContent } from '../adela/workspaceContent';
import { findMediaType } from '../catalog/vocabularies';
import type { FileAnalysis } from '../model/analysis';
import { exportDcatAp } from '../dcat/dcatAp';
import { EU_AUTHORITY } from '../dcat/euVocabularies';
import { webIri } from '../dcat/rdfValues';
import type { LinkCheckReport } from '../model/linkResults';
import type { PlainValue } from '../parse/sourceTree';
import { INDICATORS, MAX_QUALITY_POINTS, QUALITY_DIMENSIONS, qualityRating, type IndicatorId, type QualityDimension, type QualityRating } from './indicators';

/** A metadata quality score in the MQA's terms. */
export interface QualityScore {
  total: number;
  max: number;
  rating: QualityRating;
  dimensions: Record<QualityDimension, number>;
}

/** A dataset's score, with the share (0–1) each indicator met, for explanations. */
export interface DatasetQuality {
  identifier: string;
  /** The workspace file that holds the dataset. */
  file: string;
  quality: QualityScore;
  indicators: Record<IndicatorId, number>;
}

export interface WorkspaceQuality {
  datasets: DatasetQuality[];
  /** The mean of the datasets' scores, as the MQA scores a catalog; undefined without datasets. */
  workspace: QualityScore | undefined;
}

/**
 * Scores every dataset of a workspace as data.europa.eu's MQA would score its DCAT-AP export: the
 * score reads the graph `guia export dcat-ap` writes (so EU vocabularies and the plan's institution
 * count as a harvester sees them) and the files as written (for DCAT-AP compliance). URLs count as
 * accessible only when a link check answered for them; without one, the accessibility indicators
 * that need the network score 0. Each metadata file is scored with the plan files alone, so a cache
 * can keep the scores of the files that did not change.
 */
export function workspaceQuality(files: readonly FileAnalysis[], linkCheck?: LinkCheckReport, cache?: QualityCache): WorkspaceQuality {
  const plans = files.filter((file) => file.kind === 'plan');
  const datasets = files
    .filter((file) => file.kind === 'dataset' || file.kind === 'catalog')
    .flatMap((file) => (cache ? cache.of(file, plans, linkCheck) : fileQuality(file, plans, linkCheck)));
  return { datasets, workspace: datasets.length > 0 ? meanScore(datasets.map((dataset) => dataset.quality)) : undefined };
}

/** The scores of one metadata file's datasets, with the workspace's plan files. */
export function fileQuality(file: FileAnalysis, plans: readonly FileAnalysis[], linkCheck: LinkCheckReport | undefined): DatasetQuality[] {
  const content = workspaceContent([...plans, file]);
  const graph = exportDcatAp(content).graph;
  const nodes = Array.isArray(graph['dcat:dataset']) ? graph['dcat:dataset'].filter(isPlainObject) : [];
  // The URLs that answered, written as the export writes them, so that they compare equal.
  const answered = new Set(linkCheck ? linkCheck.results.filter((result) => result.ok).flatMap((result) => webIri(result.url) ?? []) : []);
  return content.datasets.map((dataset, index) => {
    const indicators = measure(nodes[index] ?? {}, dataset.value, answered);
    return { identifier: text(dataset.value, 'identifier') ?? '', file: dataset.file, quality: score(indicators), indicators };
  });
}

/**
 * The scores of files already scored, kept while the file, the plan files and the link check are
 * the same objects: the server re-scores only the files an edit changed.
 */
export class QualityCache {
  private readonly byFile = new WeakMap<FileAnalysis, { plans: readonly FileAnalysis[]; linkCheck: LinkCheckReport | undefined; datasets: DatasetQuality[] }>();

  of(file: FileAnalysis, plans: readonly FileAnalysis[], linkCheck: LinkCheckReport | undefined): DatasetQuality[] {
    const cached = this.byFile.get(file);
    if (cached && cached.linkCheck === linkCheck && cached.plans.length === plans.length && cached.plans.every((plan, index) => plan === plans[index])) return cached.datasets;
    const datasets = fileQuality(file, plans, linkCheck);
    this.byFile.set(file, { plans, linkCheck, datasets });
    return datasets;
  }
}

function score(indicators: Record<IndicatorId, number>): QualityScore {
  const dimensions = Object.fromEntries(QUALITY_DIMENSIONS.map((dimension) => [dimension, 0])) as Record<QualityDimension, number>;
  for (const indicator of INDICATORS) dimensions[indicator.dimension] += indicator.points * indicators[indicator.id];
  for (const dimension of QUALITY_DIMENSIONS) dimensions[dimension] = Math.round(dimensions[dimension]);
  const total = QUALITY_DIMENSIONS.reduce((sum, dimension) => sum + dimensions[dimension], 0);
  return { total, max: MAX_QUALITY_POINTS, rating: qualityRating(total), dimensions };
}

/** The mean of some scores, as the MQA scores a catalog from its datasets. */
export function meanScore(scores: readonly QualityScore[]): QualityScore {
  const dimensions = Object.fromEntries(
    QUALITY_DIMENSIONS.map((dimension) => [dimension, Math.round(scores.reduce((sum, item) => sum + item.dimensions[dimension], 0) / scores.length)]),
  ) as Record<QualityDimension, number>;
  const total = QUALITY_DIMENSIONS.reduce((sum, dimension) => sum + dimensions[dimension], 0);
  return { total, max: MAX_QUALITY_POINTS, rating: qualityRating(total), dimensions };
}

const has = (node: PlainObject, key: string): boolean => {
  const value = node[key];
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
};

const idOf = (value: PlainValue | undefined): string | undefined => (isPlainObject(value) && typeof value['@id'] === 'string' ? value['@id'] : undefined);

/** Media types of data formats a program reads as data (a document or an archive is not one). */
const NOT_MACHINE_READABLE = new Set(['application/vnd.oasis.opendocument.text', 'text/plain', 'application/zip']);

function measure(node: PlainObject, source: PlainObject, accessible: ReadonlySet<string>): Record<IndicatorId, number> {
  const distributions = Array.isArray(node['dcat:distribution']) ? node['dcat:distribution'].filter(isPlainObject) : [];
  const share = (test: (distribution: PlainObject) => boolean): number => (distributions.length === 0 ? 0 : distributions.filter(test).length / distributions.length);
  const answered = (value: PlainValue | undefined): boolean => accessible.has(idOf(value) ?? '');
  const catalogEntry = (distribution: PlainObject) => {
    const iri = idOf(distribution['dcat:mediaType']);
    return iri ? findMediaType(iri.slice(iri.indexOf('/media-types/') + '/media-types/'.length)) : undefined;
  };
  const accessRights = idOf(node['dct:accessRights']);
  const sourceDistributions = distributionsOf(source);
  return {
    keyword: Number(has(node, 'dcat:keyword')),
    theme: Number(has(node, 'dcat:theme')),
    spatial: Number(has(node, 'dct:spatial')),
    temporal: Number(has(node, 'dct:temporal')),
    accessUrlAccessible: share((distribution) => answered(distribution['dcat:accessURL'])),
    downloadUrl: share((distribution) => has(distribution, 'dcat:downloadURL')),
    downloadUrlAccessible: share((distribution) => answered(distribution['dcat:downloadURL'])),
    format: share((distribution) => has(distribution, 'dct:format')),
    mediaType: share((distribution) => has(distribution, 'dcat:mediaType')),
    formatFromVocabulary: share((distribution) => (idOf(distribution['dct:format']) ?? '').startsWith(`${EU_AUTHORITY}file-type/`) || catalogEntry(distribution) !== undefined),
    nonProprietary: share((distribution) => catalogEntry(distribution)?.open === true),
    machineReadable: share((distribution) => {
      const entry = catalogEntry(distribution);
      return entry !== undefined && entry.stars >= 2 && !NOT_MACHINE_READABLE.has(entry.mediaType);
    }),
    // What the file says, not what the export filled in: a title, a description, and an absolute
    // URL on every resource.
    dcatApCompliance: Number(
      text(source, 'title') !== undefined &&
        text(source, 'description') !== undefined &&
        sourceDistributions.every((distribution) => webIri(text(distribution, 'accessURL') ?? text(distribution, 'downloadURL')) !== undefined),
    ),
    licence: share((distribution) => has(distribution, 'dct:license')),
    licenceVocabulary: share((distribution) => (idOf(distribution['dct:license']) ?? '').startsWith(`${EU_AUTHORITY}licence/`)),
    accessRights: Number(accessRights !== undefined),
    accessRightsVocabulary: Number((accessRights ?? '').startsWith(`${EU_AUTHORITY}access-right/`)),
    contactPoint: Number(has(node, 'dcat:contactPoint')),
    publisher: Number(has(node, 'dct:publisher')),
    rights: share((distribution) => has(distribution, 'dct:rights')),
    byteSize: share((distribution) => has(distribution, 'dcat:byteSize')),
    issued: Number(has(node, 'dct:issued')),
    modified: Number(has(node, 'dct:modified')),
  };
}
