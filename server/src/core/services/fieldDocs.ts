import { levelRank, levelTitle, requirementById, requirementPageUri, stepTitle } from '../catalog/requirements';
import { t } from '../l10n';
import type { SchemaNode } from '../schema/schemaInfo';
import type { ServiceSettings } from './serviceTypes';

/** What the schema says of one field, in the user's language. */
export interface FieldFacts {
  name: string;
  schema: SchemaNode;
  requirement: string | undefined;
  required: boolean;
}

export function fieldTitle(schema: SchemaNode, settings: ServiceSettings): string | undefined {
  return settings.language === 'en' ? (schema['x-title-en'] ?? schema.title) : schema.title;
}

export function fieldDescription(schema: SchemaNode, settings: ServiceSettings): string | undefined {
  return settings.language === 'en' ? (schema['x-description-en'] ?? schema.description) : schema.description;
}

/** Whether a requirement's level is above the level the workspace aims at. */
function aboveTarget(requirementId: string | undefined, settings: ServiceSettings): boolean {
  const requirement = requirementId ? requirementById(requirementId) : undefined;
  return requirement !== undefined && levelRank(requirement.level) > levelRank(settings.targetLevel);
}

/**
 * A short label of how much a field matters at the target level, for a completion's detail:
 * «obligatorio», «obligatorio en nivel Intermedio» (above the target), or nothing.
 */
export function requirednessLabel(field: FieldFacts, settings: ServiceSettings): string | undefined {
  const requirement = field.requirement ? requirementById(field.requirement) : undefined;
  if (field.required) {
    return requirement && aboveTarget(field.requirement, settings) ? t('obligatorio en nivel {0}', levelTitle(requirement.level, settings.language)) : t('obligatorio');
  }
  return undefined;
}

/** One line naming a requirement with links to our page and to the guide's section. */
export function requirementMarkdown(requirementId: string, settings: ServiceSettings): string | undefined {
  const requirement = requirementById(requirementId);
  if (!requirement) return undefined;
  const language = settings.language;
  const page = requirementPageUri(settings.pagesRoot, requirement.id, language);
  const where = t('nivel {0}, paso {1} ({2})', levelTitle(requirement.level, language), requirement.step, stepTitle(requirement.step, language));
  const above = aboveTarget(requirement.id, settings) ? t(' — por encima de tu nivel objetivo ({0})', levelTitle(settings.targetLevel, language)) : '';
  const guide = requirement.guideUrl ? ` · [${t('Guía §{0}', requirement.sections.join(', '))}](${requirement.guideUrl})` : '';
  return `${t('Requisito')} [${requirement.id}](${page}): ${requirement.title[language]} (${where})${above}${guide}`;
}

/** The documentation of a field as Markdown: meaning, example, whether required, requirement. */
export function fieldMarkdown(field: FieldFacts, settings: ServiceSettings): string {
  const parts: string[] = [];
  const title = fieldTitle(field.schema, settings);
  parts.push(title ? `**${field.name}** — ${title}` : `**${field.name}**`);
  const description = fieldDescription(field.schema, settings);
  if (description) parts.push(description);
  const example = field.schema.examples?.[0];
  if (example !== undefined) parts.push(`${t('Ejemplo:')} \`${exampleText(example)}\``);
  if (field.required) {
    const requirement = field.requirement ? requirementById(field.requirement) : undefined;
    parts.push(
      requirement && aboveTarget(field.requirement, settings) ? t('Campo obligatorio en el nivel {0}.', levelTitle(requirement.level, settings.language)) : t('Campo obligatorio.'),
    );
  }
  const requirement = field.requirement ? requirementMarkdown(field.requirement, settings) : undefined;
  if (requirement) parts.push(requirement);
  return parts.join('\n\n');
}

function exampleText(example: unknown): string {
  if (Array.isArray(example)) return `[${example.map(String).join(', ')}]`;
  if (example !== null && typeof example === 'object') return JSON.stringify(example);
  return String(example);
}
