import { findPeriodicity, foldText, PARTICIPATION_TYPES, periodicityFromAdverb, PERIODICITIES } from '../../catalog/vocabularies';
import { mediaTypesFor, readFormatCell } from '../../catalog/formatWords';
import { t } from '../../l10n';
import { nodeAtPath, property } from '../../parse/sourceTree';
import { isMachineField, itemSchema, schemaAt } from '../schemaContext';
import { suggestionsFor } from '../similarity';
import { documentEdit, replaceSpan, targetString, valueEdit, type Fix, type FixInput } from './fixTypes';

/** Ways people write a periodicity that mean exactly one catalog word (`cada mes`, `monthly`). */
const PERIODICITY_PHRASES: Readonly<Record<string, string>> = {
  'cada hora': 'horario',
  'cada dia': 'diario',
  'cada semana': 'semanal',
  'cada quincena': 'quincenal',
  'cada mes': 'mensual',
  'cada bimestre': 'bimestral',
  'cada trimestre': 'trimestral',
  'cada cuatrimestre': 'cuatrimestral',
  'cada semestre': 'semestral',
  'cada ano': 'anual',
  'cada dos anos': 'bianual',
  'cada 2 anos': 'bianual',
  'cada cinco anos': 'quinquenal',
  'cada 5 anos': 'quinquenal',
  'cada diez anos': 'decenal',
  'cada 10 anos': 'decenal',
  'en tiempo real': 'tiempo real',
  hourly: 'horario',
  daily: 'diario',
  weekly: 'semanal',
  biweekly: 'quincenal',
  fortnightly: 'quincenal',
  monthly: 'mensual',
  bimonthly: 'bimestral',
  quarterly: 'trimestral',
  yearly: 'anual',
  annually: 'anual',
  annual: 'anual',
  biennial: 'bianual',
  'real time': 'tiempo real',
  realtime: 'tiempo real',
};

/** Replaces the value at the diagnostic with each suggestion; safe only for a unique sure one. */
function replacements(input: FixInput, suggestions: Array<{ value: string; sure: boolean }>): Fix[] {
  const { context } = input;
  const found = targetString(input.target);
  if (!found) return [];
  const unique = suggestions.filter((suggestion, position) => suggestions.findIndex((other) => other.value === suggestion.value) === position);
  return unique.map((suggestion, position) => ({
    title: t('Cambiar a «{0}»', suggestion.value),
    edit: valueEdit(context, found.node, suggestion.value),
    safe: suggestion.sure && unique.length === 1,
    preferred: position === 0 && (suggestion.sure || unique.length === 1),
  }));
}

/** Did-you-mean for a periodicity outside the catalog: `mensualmente` → `mensual` (rule `periodicidad`). */
export function periodicityFix(input: FixInput): Fix[] {
  const found = targetString(input.target);
  if (!found) return [];
  const folded = foldText(found.value).replace(/\s+/g, ' ');
  const sure =
    PERIODICITY_PHRASES[folded] ??
    periodicityFromAdverb(folded)?.word ??
    (/^p\d/i.test(folded) && findPeriodicity(`R/${found.value.trim()}`) ? `R/${found.value.trim().toUpperCase()}` : undefined);
  if (sure) return replacements(input, [{ value: sure, sure: true }]);
  const words = PERIODICITIES.map((entry) => entry.word);
  return replacements(
    input,
    suggestionsFor(found.value, words).map((suggestion) => ({ value: suggestion.value, sure: suggestion.sameWord })),
  );
}

/** Did-you-mean for a value outside its field's list (rule `valor-no-permitido`): `Público` → `publico`. */
export function enumValueFix(input: FixInput): Fix[] {
  const { target, start } = input;
  const found = targetString(target);
  if (!found || !target.path) return [];
  const schema = schemaAt(start, target.path)?.schema;
  const parent = typeof target.path[target.path.length - 1] === 'number' ? schemaAt(start, target.path.slice(0, -1))?.schema : undefined;
  const values = (schema?.enum ?? (parent ? itemSchema(start, parent)?.enum : undefined))?.map(String);
  if (!values) return [];
  return replacements(
    input,
    suggestionsFor(found.value, values).map((suggestion) => ({ value: suggestion.value, sure: suggestion.sameWord })),
  );
}

/** Did-you-mean for a participation action's type (rule `tipo-de-participacion`): `datathon` → `datatón`. */
export function participationTypeFix(input: FixInput): Fix[] {
  const found = targetString(input.target);
  if (!found) return [];
  return replacements(
    input,
    suggestionsFor(found.value, PARTICIPATION_TYPES).map((suggestion) => ({ value: suggestion.value, sure: suggestion.sameWord })),
  );
}

/**
 * The media type a format word stands for (rule `tipo-de-medio`): `CSV` → `text/csv`, `Excel ` →
 * `application/vnd.ms-excel`, `shp` → a zipped shapefile. One named format is sure; a list
 * (`excel, pdf`) offers each, since one resource has one format and only its author knows which.
 */
export function mediaTypeFix(input: FixInput): Fix[] {
  const found = targetString(input.target);
  if (!found) return [];
  const reading = readFormatCell(found.value);
  const types = reading.formats.flatMap(mediaTypesFor);
  const sure = reading.formats.length === 1 && reading.unknown.length === 0 && reading.stores.length === 0 && types.length === 1;
  return replacements(
    input,
    types.map((value) => ({ value, sure })),
  );
}

/** Spanish or older names of DCAT fields that people write in their place. */
const FIELD_ALIASES: Readonly<Record<string, string>> = {
  titulo: 'title',
  descripcion: 'description',
  identificador: 'identifier',
  palabrasclave: 'keyword',
  keywords: 'keyword',
  modificado: 'modified',
  fechamodificacion: 'modified',
  contacto: 'contactPoint',
  correo: 'mbox',
  email: 'mbox',
  periodicidad: 'accrualPeriodicity',
  frecuencia: 'accrualPeriodicity',
  calidad: 'quality',
  recursos: 'distribution',
  distributions: 'distribution',
  cobertura: 'spatial',
  periodo: 'temporal',
  url: 'downloadURL',
  urldescarga: 'downloadURL',
  formato: 'mediaType',
  tamano: 'byteSize',
  size: 'byteSize',
  paginadocumentacion: 'landingPage',
  diccionario: 'landingPage',
};

/** Did-you-mean for an unknown field (rule `campo-desconocido`): renames the key. */
export function unknownFieldFix(input: FixInput): Fix[] {
  const { context, target, start } = input;
  const field = typeof target.data.field === 'string' ? target.data.field : undefined;
  if (!field || !target.path) return [];
  const schema = schemaAt(start, target.path)?.schema;
  const object = nodeAtPath(context.file.parsed.root, target.path);
  const written = property(object, field);
  if (!schema?.properties || !written) return [];
  const present = new Set(object?.type === 'object' ? object.properties.map((entry) => entry.key) : []);
  const candidates = Object.entries(schema.properties)
    .filter(([name, inner]) => !present.has(name) && !isMachineField(name, inner))
    .map(([name]) => name);
  const machine = Object.keys(schema.properties).filter((name) => !present.has(name) && !candidates.includes(name));
  const folded = foldText(field).replace(/[\s_-]/g, '');
  const suggestions: Array<{ value: string; sure: boolean }> = [];
  for (const name of [...candidates, ...machine]) if (foldText(name) === foldText(field)) suggestions.push({ value: name, sure: true });
  const alias = FIELD_ALIASES[folded];
  if (alias && candidates.includes(alias)) suggestions.push({ value: alias, sure: false });
  for (const suggestion of suggestionsFor(field, candidates)) suggestions.push({ value: suggestion.value, sure: suggestion.sameWord });
  const unique = suggestions.filter((suggestion, position) => suggestions.findIndex((other) => other.value === suggestion.value) === position).slice(0, 3);
  const json = /\.json$/i.test(context.file.id) || context.file.parsed.text[written.keyStart] === '"';
  return unique.map((suggestion, position) => ({
    title: t('Cambiar el campo «{0}» por «{1}»', field, suggestion.value),
    edit: documentEdit(context, [replaceSpan(context, written.keyStart, written.keyEnd, json ? JSON.stringify(suggestion.value) : suggestion.value)]),
    safe: suggestion.sure && unique.length === 1,
    preferred: position === 0,
  }));
}
