import { MEDIA_TYPES, PERIODICITIES } from '../catalog/vocabularies';
import { standIn } from '../text/placeholders';
import { t } from '../l10n';
import { resolve, type SchemaNode } from '../schema/schemaInfo';
import { isArraySchema, isObjectSchema, requiredFields, typesOf, type SchemaStart } from './schemaContext';
import type { ServiceSettings } from './serviceTypes';
import { numberSlot, scalar, slot, type MapTemplate, type Template } from './valueTemplates';

/**
 * A value nobody has written yet, as the templates and snippets write it: its description between
 * « and » (see `standIn`, which every check reads as no evidence). A finding on it is something
 * left to fill (a hint), not an error, until the user types over it.
 */
export const placeholder = standIn;

/** Values known from the workspace for fields of the object being filled (by field name). */
export type FieldHints = Readonly<Record<string, string | string[] | undefined>>;

export interface PlaceholderOptions {
  settings: ServiceSettings;
  /** Snippet (tab stops, empty free text) or plain text (a quick fix: every value valid). */
  snippet: boolean;
  /**
   * Plain text whose unknown values are stand-ins («Por completar»), not the schema's examples: for
   * a section the plan lacks, whose every value only the user knows (an example there would read as
   * evidence the checks accept). The checks keep asking for each stand-in until it is replaced.
   */
  stubs?: boolean;
  hints?: FieldHints;
}

/** Valid stand-ins for a URL or an address nobody has given yet: the national portal's. */
const PLACEHOLDER_URL = 'https://datos.gob.mx/';
const PLACEHOLDER_EMAIL = 'contacto@datos.gob.mx';
const MONTH_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])$';
const MAX_DEPTH = 4;

/** The open media types most used in open data, first in choices. */
export function commonMediaTypes(): string[] {
  return MEDIA_TYPES.filter((entry) => entry.open && entry.formats.length > 0).map((entry) => entry.mediaType);
}

/** `AAAA-MM-DDThh:mm:ss±hh:mm` for today at the current time, with the machine's UTC offset. */
export function nowDateTime(settings: ServiceSettings): string {
  const now = settings.now;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${settings.today}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${zone}`;
}

/** The kind of date a field holds, if any: its format decides what "today" looks like. */
export function dateKind(schema: SchemaNode): 'date' | 'date-time' | 'month' | undefined {
  if (schema.format === 'date') return 'date';
  if (schema.format === 'fecha-iso8601') return 'date-time';
  if (schema.pattern === MONTH_PATTERN) return 'month';
  return undefined;
}

/** Today written for a date field of the given kind. */
export function todayFor(kind: 'date' | 'date-time' | 'month', settings: ServiceSettings): string {
  if (kind === 'month') return settings.today.slice(0, 7);
  if (kind === 'date') return settings.today;
  return nowDateTime(settings);
}

/** A template of a value that satisfies `schema`, for a field named `key`. */
export function templateFor(start: SchemaStart, schema: SchemaNode, key: string, options: PlaceholderOptions, depth = 0): Template {
  const resolved = resolve(start.root, schema);
  const hint = options.hints?.[key];
  if (isArraySchema(resolved)) return listTemplate(start, resolved, key, options, depth, hint);
  if (isObjectSchema(resolved) && !typesOf(resolved).includes('string')) return objectTemplate(start, resolved, options, depth);
  return scalarTemplate(resolved, options, typeof hint === 'string' ? hint : hint?.[0]);
}

/** An object with its required fields, in the schema's order. */
export function objectTemplate(start: SchemaStart, schema: SchemaNode, options: PlaceholderOptions, depth = 0, only?: Set<string>): MapTemplate {
  const required = only ?? requiredFields(schema, undefined);
  const entries: Array<[string, Template]> = [];
  if (depth >= MAX_DEPTH) return { kind: 'map', entries };
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    if (!required.has(name)) continue;
    entries.push([name, templateFor(start, field, name, { ...options, hints: depth === 0 ? options.hints : undefined }, depth + 1)]);
  }
  return { kind: 'map', entries };
}

function listTemplate(start: SchemaStart, schema: SchemaNode, key: string, options: PlaceholderOptions, depth: number, hint: string | string[] | undefined): Template {
  if (Array.isArray(hint)) return { kind: 'list', items: hint.map((item) => (options.snippet ? slot(item) : scalar(item))) };
  const items = schema.items ? resolve(start.root, schema.items) : undefined;
  if (!items) return { kind: 'list', items: [] };
  if (isObjectSchema(items)) return { kind: 'list', items: [objectTemplate(start, items, options, depth + 1)] };
  if (items.enum) return { kind: 'list', items: [slot('', items.enum.map(String))] };
  if (options.snippet) return { kind: 'list', items: [slot(typeof hint === 'string' ? hint : '')] };
  if (options.stubs) return { kind: 'list', items: [scalar(typeof hint === 'string' ? hint : t('Por completar'))] };
  const example = schema.examples?.[0];
  const values = Array.isArray(example) ? example.map(String) : [typeof hint === 'string' ? hint : placeholder(t('Por completar'))];
  return { kind: 'list', items: values.map((value) => scalar(value)) };
}

function scalarTemplate(schema: SchemaNode, options: PlaceholderOptions, hint: string | undefined): Template {
  const { settings, snippet } = options;
  if (schema.enum) return slot(hint ?? '', schema.enum.map(String));
  if (options.stubs && hint === undefined && !typesOf(schema).some((type) => type === 'integer' || type === 'number')) {
    return slot(t('Por completar'), schema.format === 'periodicidad' ? PERIODICITIES.map((entry) => entry.word) : undefined);
  }
  const date = dateKind(schema);
  if (date) return slot(hint ?? todayFor(date, settings));
  if (schema.format === 'periodicidad')
    return slot(
      hint ?? (snippet ? '' : 'irregular'),
      PERIODICITIES.map((entry) => entry.word),
    );
  if (schema.format === 'tipo-mime') return slot(hint ?? (snippet ? '' : 'text/csv'), commonMediaTypes());
  const types = typesOf(schema);
  if (types.includes('integer') || types.includes('number')) {
    const example = schema.examples?.find((value): value is number => typeof value === 'number');
    return numberSlot(hint !== undefined && /^\d+$/.test(hint) ? Number(hint) : (example ?? 0));
  }
  if (hint !== undefined) return slot(hint);
  if (snippet) return slot('');
  // A quick fix must leave a valid value: the schema's example, which the user is led to review.
  const example = schema.examples?.find((value) => typeof value === 'string');
  if (typeof example === 'string') return slot(example);
  if (schema.format === 'url' || schema.format === 'url-descarga') return slot(PLACEHOLDER_URL);
  if (schema.format === 'correo') return slot(PLACEHOLDER_EMAIL);
  return slot(placeholder(t('Por completar')));
}
