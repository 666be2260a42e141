import { LEVELS } from '../catalog/requirements';
import { ACCESS_VALUES, CRITERIA, MEDIA_TYPES, PARTICIPATION_TYPES, PERIODICITIES } from '../catalog/vocabularies';
import type { FileAnalysis } from '../model/analysis';
import { t } from '../l10n';
import { itemsOf, stringValue, valueOf, type NodePath } from '../parse/sourceTree';
import type { SchemaNode } from '../schema/schemaInfo';
import { datasetsByIdentifier, isDatasetReferencePath, referencesInPlan } from './datasetReferences';
import { datasetSummaryMarkdown } from './datasetSummary';
import { dateKind, todayFor } from './placeholders';
import { CompletionKind, type CompletionKindValue, type ServiceContext } from './serviceTypes';
import { identifierFrom } from '../catalog/identifiers';

/** A value the user may want at the cursor, before it is written in the document's syntax. */
export interface ValueCandidate {
  value: string;
  /** Shown instead of the value when they differ (never the case today, kept for clarity). */
  detail?: string;
  documentation?: string;
  kind: CompletionKindValue;
  numeric?: boolean;
  preselect?: boolean;
}

/** The licence datos.gob.mx applies to every dataset (the *Términos de Libre Uso MX*). */
const LIBRE_USO_MX = 'https://datos.gob.mx/libreusomx/';

/**
 * The values worth offering for the value at `path` whose schema is `schema`: the guide's catalogs,
 * the workspace's dataset identifiers, today's date in the field's format.
 */
export function valueCandidates(context: ServiceContext, path: NodePath, schema: SchemaNode, present: readonly string[]): ValueCandidate[] {
  const { file, settings } = context;
  const language = settings.language;
  const key = lastKey(path);
  const candidates: ValueCandidate[] = [];

  if (file.kind === 'plan' && (isDatasetReferencePath(path) || isConjuntosText(path))) {
    candidates.push(...datasetCandidates(context, path));
  }
  if (file.kind !== 'plan' && key === 'identifier' && path.filter((step) => step === 'distribution').length === 0) {
    candidates.push(...identifierCandidates(context, path));
  }

  const enumValues = schema.enum?.map(String);
  if (enumValues) {
    for (const value of enumValues) {
      candidates.push({ value, kind: CompletionKind.EnumMember, ...describeEnum(key, path, value, language) });
    }
  }
  if (schema.format === 'periodicidad' || (file.kind === 'plan' && key === 'frecuencia')) {
    for (const entry of PERIODICITIES) {
      const meaning = entry[language];
      candidates.push({ value: entry.word, kind: CompletionKind.EnumMember, detail: entry.iso === entry.word ? meaning : `${entry.iso} · ${meaning}` });
      if (entry.iso !== entry.word && schema.format === 'periodicidad') {
        candidates.push({ value: entry.iso, kind: CompletionKind.Constant, detail: `${entry.word} · ${meaning}` });
      }
    }
  }
  if (schema.format === 'tipo-mime') {
    // Open formats first, in the catalog's order (the most used in open data come first).
    const sorted = [...MEDIA_TYPES].sort((a, b) => Number(b.open) - Number(a.open));
    for (const entry of sorted) {
      const formats = entry.formats.map((format) => format.toUpperCase()).join(', ');
      const openness = entry.open ? t('abierto, {0} estrellas', entry.stars) : t('propietario: publícalo junto a un formato abierto');
      candidates.push({ value: entry.mediaType, kind: CompletionKind.Value, detail: `${formats ? `${formats} · ` : ''}${entry[language]} · ${openness}` });
    }
  }
  if (file.kind === 'plan' && key === 'tipo' && path[0] === 'participacion') {
    for (const type of PARTICIPATION_TYPES) candidates.push({ value: type, kind: CompletionKind.EnumMember });
  }
  if (key === 'license' && file.kind !== 'plan') {
    candidates.push({ value: LIBRE_USO_MX, kind: CompletionKind.Value, detail: t('Términos de Libre Uso MX (la licencia de datos.gob.mx)') });
  }
  const date = dateKind(schema);
  if (date) {
    const today = todayFor(date, settings);
    candidates.push({ value: today, kind: CompletionKind.Constant, detail: t('Hoy'), preselect: true });
    if (date === 'date-time') candidates.push({ value: settings.today, kind: CompletionKind.Constant, detail: t('Hoy (solo la fecha)') });
  }
  const seen = new Set(present);
  const unique = new Map<string, ValueCandidate>();
  for (const candidate of candidates) if (!seen.has(candidate.value) && !unique.has(candidate.value)) unique.set(candidate.value, candidate);
  return [...unique.values()];
}

function lastKey(path: NodePath): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/** `conjuntos: rezago-social` written as one identifier instead of a list. */
function isConjuntosText(path: NodePath): boolean {
  return path.length === 3 && (path[0] === 'herramientas' || path[0] === 'historias') && path[2] === 'conjuntos';
}

function describeEnum(key: string | undefined, path: NodePath, value: string, language: 'es' | 'en'): { detail?: string; documentation?: string } {
  if (key === 'acceso') return { detail: ACCESS_VALUES.find((entry) => entry.value === value)?.[language] };
  if (key === 'nivelObjetivo') {
    const level = LEVELS.find((entry) => entry.id === value);
    return { detail: level ? `${level.title[language]}${level.mandatory ? t(' (obligatorio)') : t(' (voluntario)')}` : undefined };
  }
  if (path.includes('criterios')) return { detail: CRITERIA.find((entry) => entry.value === value)?.[language] };
  return {};
}

/** Identifiers of the workspace's datasets, and for the plan those of its own inventory. */
function datasetCandidates(context: ServiceContext, path: NodePath): ValueCandidate[] {
  const candidates: ValueCandidate[] = [];
  const datasets = datasetsByIdentifier(context.index);
  for (const [identifier, entries] of [...datasets.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const entry = entries[0]!;
    candidates.push({
      value: identifier,
      kind: CompletionKind.Reference,
      detail: entry.dataset.title ?? identifier,
      documentation: datasetSummaryMarkdown(entries, context.settings),
    });
  }
  // A plan may name datasets that have no metadata yet: those of its own inventory and plan.
  const own = referencesInPlan(context.file).filter((reference) => reference.path[0] === 'inventario' || (reference.path[0] === 'plan' && path[0] !== 'plan'));
  for (const reference of own) {
    if (datasets.has(reference.identifier)) continue;
    candidates.push({
      value: reference.identifier,
      kind: CompletionKind.Reference,
      detail: reference.path[0] === 'inventario' ? t('del inventario (aún sin metadatos)') : t('del plan (aún sin metadatos)'),
    });
  }
  return candidates;
}

/** For a dataset's identifier: the plan's datasets that still lack metadata, and a slug of the title. */
function identifierCandidates(context: ServiceContext, path: NodePath): ValueCandidate[] {
  const candidates: ValueCandidate[] = [];
  const documented = datasetsByIdentifier(context.index);
  for (const plan of context.index.all().filter((file) => file.kind === 'plan')) {
    for (const entry of itemsOf(valueOf(plan.parsed.root, 'plan'))) {
      const identifier = stringValue(valueOf(entry, 'conjunto'))?.trim();
      if (!identifier || documented.has(identifier)) continue;
      const description = stringValue(valueOf(entry, 'descripcion'));
      candidates.push({
        value: identifier,
        kind: CompletionKind.Reference,
        detail: t('del plan de apertura, aún sin metadatos'),
        ...(description ? { documentation: description } : {}),
      });
    }
  }
  const title = stringValue(valueOf(datasetNodeOf(context.file, path), 'title'));
  const slug = title ? identifierFrom(title) : '';
  if (slug) candidates.push({ value: slug, kind: CompletionKind.Value, detail: t('a partir del título') });
  return candidates;
}

function datasetNodeOf(file: FileAnalysis, path: NodePath) {
  const root = file.parsed.root;
  return file.kind === 'catalog' && typeof path[1] === 'number' ? itemsOf(valueOf(root, 'dataset'))[path[1]] : root;
}
