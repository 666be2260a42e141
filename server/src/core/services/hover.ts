import { LEVELS } from '../catalog/requirements';
import { ACCESS_VALUES, CRITERIA, findMediaType, findPeriodicity } from '../catalog/vocabularies';
import { t } from '../l10n';
import { nodeAtPath, type NodePath } from '../parse/sourceTree';
import { datasetIdentifierAt, datasetReferences, datasetsByIdentifier } from './datasetReferences';
import { datasetSummaryMarkdown, escapeMarkdown } from './datasetSummary';
import { fieldMarkdown, type FieldFacts } from './fieldDocs';
import { requiredFields, schemaAt, schemaStartOf, shallowValue, type SchemaStart } from './schemaContext';
import type { Hover, ServiceContext } from './serviceTypes';
import { locateAt } from './treeLocation';

/**
 * Hover at an offset: on a key, what the field means, an example, whether it is required and its
 * requirement with links; on a dataset identifier, a summary of that dataset; on a catalog value,
 * what the value means.
 */
export function hover(context: ServiceContext, offset: number): Hover | undefined {
  const { file } = context;
  const start = schemaStartOf(file.kind);
  const location = locateAt(file.parsed.root, offset);
  if (!start || !location || location.path.length === 0) return undefined;
  const lines = file.parsed.lines;
  if (location.onKey) {
    const field = fieldFacts(context, start, location.path);
    if (!field) return undefined;
    const property = location.property!;
    return { contents: { kind: 'markdown', value: fieldMarkdown(field, context.settings) }, range: lines.rangeOf(property.keyStart, property.keyEnd) };
  }
  const node = location.node;
  if (node.type !== 'scalar' || node.value === null || node.end <= node.start) return undefined;
  const parts: string[] = [];
  const identifier = datasetIdentifierAt(file, location.path, node);
  if (identifier !== undefined) parts.push(identifierMarkdown(context, identifier));
  else {
    const meaning = valueMeaning(context, location.path, String(node.value));
    if (meaning) parts.push(meaning);
  }
  const fieldPath = typeof location.path[location.path.length - 1] === 'number' ? location.path.slice(0, -1) : location.path;
  const field = fieldFacts(context, start, fieldPath);
  if (field) parts.push(fieldMarkdown(field, context.settings));
  if (parts.length === 0) return undefined;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: lines.rangeOf(node.start, node.end) };
}

/** What the schema says of the field at `path`, with whether its object requires it. */
export function fieldFacts(context: ServiceContext, start: SchemaStart, path: NodePath): FieldFacts | undefined {
  const name = path[path.length - 1];
  if (typeof name !== 'string') return undefined;
  const found = schemaAt(start, path);
  const parent = schemaAt(start, path.slice(0, -1));
  if (!found) return undefined;
  const parentNode = nodeAtPath(context.file.parsed.root, path.slice(0, -1));
  const required = parent ? requiredFields(parent.schema, parentNode?.type === 'object' ? shallowValue(parentNode) : undefined).has(name) : false;
  return { name, schema: found.schema, requirement: found.requirement, required };
}

function identifierMarkdown(context: ServiceContext, identifier: string): string {
  const entries = datasetsByIdentifier(context.index).get(identifier);
  const references = datasetReferences(context.index).filter((reference) => reference.identifier === identifier);
  const uses =
    references.length > 0 ? t('Lo mencionan {0} entradas de los planes (inventario, plan, herramientas, historias).', references.length) : t('Ningún plan lo menciona todavía.');
  if (!entries) {
    const reference =
      context.file.kind === 'plan'
        ? t('No hay metadatos de «{0}» en el espacio de trabajo: crea su archivo .dcat.yaml (hay una corrección rápida en el plan).', escapeMarkdown(identifier))
        : '';
    return [reference, uses].filter(Boolean).join('\n\n');
  }
  return `${datasetSummaryMarkdown(entries, context.settings)}\n\n${uses}`;
}

/** The meaning of a value from one of the guide's catalogs. */
function valueMeaning(context: ServiceContext, path: NodePath, value: string): string | undefined {
  const language = context.settings.language;
  const key = [...path].reverse().find((step): step is string => typeof step === 'string');
  if (key === 'accrualPeriodicity' || key === 'periodicidad') {
    const entry = findPeriodicity(value);
    if (!entry) return undefined;
    const age = entry.maxAgeDays === null ? t('Sin plazo de actualización.') : t('Se considera desactualizado si «modified» tiene más de {0} días.', entry.maxAgeDays);
    return `**${entry.word}** (${entry.iso}): ${entry[language]}. ${age}`;
  }
  if (key === 'mediaType') {
    const entry = findMediaType(value);
    if (!entry) return undefined;
    const openness = entry.open
      ? t('Formato abierto, {0} estrellas de apertura.', entry.stars)
      : t('Formato propietario ({0} estrellas): publícalo solo junto a un formato abierto.', entry.stars);
    return `**${entry.mediaType}**: ${entry[language]}. ${openness}`;
  }
  if (key === 'acceso') {
    const entry = ACCESS_VALUES.find((candidate) => candidate.value === value);
    return entry ? `**${entry.value}**: ${entry[language]}` : undefined;
  }
  if (key === 'criterios') {
    const entry = CRITERIA.find((candidate) => candidate.value === value);
    return entry ? `**${entry.value}**: ${entry[language]}` : undefined;
  }
  if (key === 'nivelObjetivo') {
    const level = LEVELS.find((candidate) => candidate.id === value);
    return level
      ? `**${level.title[language]}**: ${level.mandatory ? t('obligatorio para toda institución.') : t('voluntario; se informa en el tablero de mejora continua.')}`
      : undefined;
  }
  return undefined;
}
