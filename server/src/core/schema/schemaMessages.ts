import type { ErrorObject } from 'ajv';
import { identifierFrom } from '../catalog/identifiers';
import { counted, t } from '../l10n';
import { isoReadings, readWrittenDate, type DatePrecision } from '../text/writtenDates';
import { escapedUrl, severalEmails } from './formats';
import type { FieldInfo } from './schemaInfo';

/** A schema error explained for a person: what is wrong with which field and what to write instead. */
export interface ExplainedError {
  rule: string;
  message: string;
  /** Where the finding points: the offending value, the unknown key, or the key holding a missing field. */
  target: 'value' | 'key' | 'parent';
  weight: 'mandatory' | 'recommendation';
}

/**
 * How a message names a field: `«mbox» (Correo de contacto)`; an item of a list by its position,
 * `Fila del inventario n.º 2 de «inventario»`, since list items have no key of their own.
 */
export function fieldLabel(key: string | undefined, info: FieldInfo | undefined, index?: number): string {
  if (index !== undefined && key !== undefined) return t('{0} n.º {1} de «{2}»', info?.title ?? t('el elemento'), index + 1, key);
  if (key === undefined) return info?.title ? `«${info.title}»` : t('el documento');
  return info?.title ? `«${key}» (${info.title})` : `«${key}»`;
}

function exampleText(info: FieldInfo | undefined): string {
  const example = info?.example;
  if (example === undefined) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the schemas' examples are scalars or lists of scalars (objects go through JSON.stringify)
  const text = Array.isArray(example) ? `[${example.join(', ')}]` : typeof example === 'object' ? JSON.stringify(example) : String(example);
  return t(' Ejemplo: {0}', text);
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function typeName(type: string): string {
  switch (type) {
    case 'string':
      return t('texto');
    case 'number':
      return t('un número');
    case 'integer':
      return t('un número entero');
    case 'boolean':
      return t('verdadero o falso');
    case 'array':
      return t('una lista');
    case 'object':
      return t('un objeto con campos');
    case 'null':
      return t('vacío');
    default:
      return type;
  }
}

function actualType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Explains one Ajv error. `key` is the name of the field at the error's path (undefined at the root),
 * `info` what the schema says of that field, `missingInfo` what it says of a missing property.
 */
export function explainError(
  error: ErrorObject,
  key: string | undefined,
  info: FieldInfo | undefined,
  missingInfo: FieldInfo | undefined,
  index?: number,
): ExplainedError | undefined {
  const label = fieldLabel(key, info, index);
  const value = error.data;
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      return {
        rule: 'campo-obligatorio',
        target: 'parent',
        weight: 'mandatory',
        message: t('Falta el campo obligatorio {0} en {1}. Agrégalo.{2}', fieldLabel(missing, missingInfo), label, exampleText(missingInfo)),
      };
    }
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      return {
        rule: 'campo-desconocido',
        target: 'key',
        weight: 'recommendation',
        message: t('Campo desconocido «{0}» en {1}: revisa cómo se escribe o elimínalo.', extra, label),
      };
    }
    case 'minLength':
      return { rule: 'campo-vacio', target: 'value', weight: 'mandatory', message: t('{0} está vacío: escribe un valor.{1}', label, exampleText(info)) };
    case 'type': {
      const expected = String((error.params as { type: string }).type)
        .split(',')
        .map(typeName)
        .join(t(' o '));
      if (value === null) return { rule: 'campo-vacio', target: 'value', weight: 'mandatory', message: t('{0} está vacío: escribe un valor.{1}', label, exampleText(info)) };
      return { rule: 'tipo', target: 'value', weight: 'mandatory', message: t('{0} debe ser {1}, no {2}.{3}', label, expected, typeName(actualType(value)), exampleText(info)) };
    }
    case 'format':
      return explainFormat(String((error.params as { format: string }).format), label, value, info);
    case 'pattern':
      if (key === 'identifier' && typeof value === 'string') return identifierForm(value, label);
      return { rule: 'formato', target: 'value', weight: 'mandatory', message: t('{0} no tiene el formato esperado: «{1}».{2}', label, shown(value), exampleText(info)) };
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String).join(', ');
      return {
        rule: 'valor-no-permitido',
        target: 'value',
        weight: 'mandatory',
        message: t('{0}: «{1}» no es un valor permitido. Usa uno de: {2}.', label, shown(value), allowed),
      };
    }
    case 'minItems': {
      const limit = Number((error.params as { limit: number }).limit);
      if (key === 'distribution')
        return {
          rule: 'sin-recursos',
          target: 'value',
          weight: 'mandatory',
          message: t('El conjunto no tiene recursos: agrega al menos uno en «distribution» con su title, downloadURL y mediaType.'),
        };
      return {
        rule: 'lista-vacia',
        target: 'value',
        weight: 'mandatory',
        message: counted(limit, t('{0} debe tener al menos 1 elemento.', label), t('{0} debe tener al menos {1} elementos.', label, limit)),
      };
    }
    case 'minimum':
      return { rule: 'valor-negativo', target: 'value', weight: 'mandatory', message: t('{0} no puede ser negativo.', label) };
    default:
      // Wrapper keywords (if, allOf, anyOf) repeat what their inner errors already say.
      return undefined;
  }
}

/**
 * An identifier outside the schema's pattern. Accents and spaces are intermedio-2a's ASCII finding
 * (one finding per cause); an ASCII identifier of another form (`Rezago_Social.V2`, `PPPR`) is
 * told the guide's form, as a recommendation: ADELA accepted them and other files may use them.
 */
function identifierForm(value: string, label: string): ExplainedError | undefined {
  if (!/^[\x21-\x7e]+$/.test(value.trim())) return undefined;
  const slug = identifierFrom(value);
  return {
    rule: 'identificador-forma',
    target: 'value',
    weight: 'recommendation',
    message: slug
      ? t('{0} («{1}») no tiene la forma que pide la guía: letras minúsculas sin acentos, números y guiones. Escríbelo como «{2}».', label, value, slug)
      : t('{0} («{1}») no tiene la forma que pide la guía: letras minúsculas sin acentos, números y guiones, como rezago-social.', label, value),
  };
}

/**
 * A field that holds no value: empty, blank, or a placeholder such as «pendiente» or the product's
 * own «Por completar». One finding, whatever else the empty value then fails (format, list, choices).
 */
export function explainBlank(text: string, key: string | undefined, info: FieldInfo | undefined, index?: number): ExplainedError {
  const label = fieldLabel(key, info, index);
  const message =
    text.trim() === ''
      ? t('{0} está vacío: escribe un valor.{1}', label, exampleText(info))
      : t('{0} tiene un texto provisional («{1}»), que no cuenta como valor: escribe el dato real.{2}', label, shown(text.trim()), exampleText(info));
  return { rule: 'campo-vacio', target: 'value', weight: 'mandatory', message };
}

const withHint = (message: string, hint: string | undefined): string => (hint ? `${message} ${hint}` : message);

/**
 * What a date that is not ISO 8601 means, read as the importer and the quick fix read it
 * (`text/writtenDates.ts`): its one reading (`7/29/2013 9:00:00`), its two (`6/1/2015`), or why an
 * ISO-shaped text is no date (`2012-16-02`, which CONEVAL's ADELA catalog holds: there is no month 16).
 */
function dateHint(value: unknown, precision: DatePrecision): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const date = readWrittenDate(text, 'date');
  const readings = date && date.readings.every((reading) => reading.day !== undefined) ? isoReadings(date, precision) : [];
  if (readings.length === 1 && readings[0] !== text) return t('Escríbela como {0}.', readings[0]!);
  if (readings.length > 1) return t('Puede ser {0} o {1}: escribe la que corresponda.', readings[0]!, readings[1]!);
  const parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!parts) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12) return t('El mes {0} no existe.', parts[2]!);
  if (day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return t('El día {0} no existe en {1}-{2}.', parts[3]!, parts[1]!, parts[2]!);
  return undefined;
}

function explainFormat(format: string, label: string, value: unknown, info: FieldInfo | undefined): ExplainedError {
  const text = shown(value);
  const mandatory = (rule: string, message: string): ExplainedError => ({ rule, target: 'value', weight: 'mandatory', message });
  switch (format) {
    case 'fecha-iso8601':
      return mandatory(
        'fecha-iso8601',
        withHint(t('{0} debe ser una fecha ISO 8601, como 2026-05-27 o 2026-05-27T01:42:05-05:00; se encontró «{1}».', label, text), dateHint(value, 'datetime')),
      );
    case 'date':
      return mandatory('fecha-iso8601', withHint(t('{0} debe ser una fecha válida AAAA-MM-DD, como 2026-06-30; se encontró «{1}».', label, text), dateHint(value, 'date')));
    case 'correo': {
      const several = typeof value === 'string' ? severalEmails(value) : undefined;
      if (several)
        return mandatory(
          'correo-varios',
          t('{0} lleva {1} direcciones de correo («{2}»); el campo admite una sola. Deja la del área que responde por los datos.', label, several.length, text),
        );
      return mandatory('correo', t('{0} no es un correo electrónico válido: «{1}». Escribe una dirección como datos@institucion.gob.mx.', label, text));
    }
    case 'url':
    case 'url-descarga': {
      // Spaces and other characters a URL cannot hold are the problem to name, with the escaped URL.
      const escaped = typeof value === 'string' && /[\s"<>\\^`{|}]/.test(value.trim()) ? escapedUrl(value) : undefined;
      if (escaped)
        return mandatory(
          'url-sin-escapar',
          t(
            '{0} tiene espacios u otros caracteres que una URL no puede llevar sin escapar («{1}»): escríbela escapada, como «{2}», o mejor publica el archivo con un nombre sin espacios.',
            label,
            text,
            escaped,
          ),
        );
      return mandatory('url', t('{0} debe ser una URL completa que empiece con http:// o https:// (mejor https); se encontró «{1}».', label, text));
    }
    case 'periodicidad':
      return mandatory(
        'periodicidad',
        t(
          '{0}: «{1}» no es una periodicidad del catálogo. Usa una palabra (irregular, tiempo real, horario, diario, semanal, quincenal, mensual, bimestral, trimestral, cuatrimestral, semestral, anual, bianual, quinquenal, decenal) o su intervalo ISO 8601, como R/P1M.',
          label,
          text,
        ),
      );
    case 'tipo-mime':
      return mandatory('tipo-de-medio', t('{0}: «{1}» no es un tipo de medio IANA. Escribe, por ejemplo, text/csv o application/json.', label, text));
    default:
      return mandatory('formato', t('{0} no tiene el formato esperado: «{1}».{2}', label, text, exampleText(info)));
  }
}
