import { foldText } from '../../catalog/vocabularies';

/**
 * The ways DCAT's `spatial` can name a place so other systems can cross it: INEGI's keys of the
 * geostatistical framework, words for the coverage level, the 32 states by name, GeoNames URLs, or
 * a bounding box. A list of places (`Jalisco, Colima`) is recognised when each of them is.
 */

/** The 32 states, folded (no accents, lower case), with the other names they are commonly given. */
const STATE_NAMES = [
  'aguascalientes',
  'baja california',
  'baja california sur',
  'campeche',
  'coahuila',
  'coahuila de zaragoza',
  'colima',
  'chiapas',
  'chihuahua',
  'ciudad de mexico',
  'cdmx',
  'distrito federal',
  'durango',
  'guanajuato',
  'guerrero',
  'hidalgo',
  'jalisco',
  'mexico',
  'estado de mexico',
  'edomex',
  'michoacan',
  'michoacan de ocampo',
  'morelos',
  'nayarit',
  'nuevo leon',
  'oaxaca',
  'puebla',
  'queretaro',
  'queretaro de arteaga',
  'quintana roo',
  'san luis potosi',
  'sinaloa',
  'sonora',
  'tabasco',
  'tamaulipas',
  'tlaxcala',
  'veracruz',
  'veracruz de ignacio de la llave',
  'yucatan',
  'zacatecas',
];

/**
 * Words for the coverage level, as INEGI's geostatistical framework names its levels (CONEVAL's
 * ADELA catalog wrote `localidades` next to `estatal` and `municipal`), and the names of the whole country.
 */
const LEVEL_WORDS = ['nacional', 'estatal', 'entidad federativa', 'municipal', 'localidad', 'localidades', 'ageb', 'republica mexicana', 'estados unidos mexicanos'];

const RECOGNISED = new Set([...STATE_NAMES, ...LEVEL_WORDS]);

const GEONAMES = /^https?:\/\/(?:www\.|sws\.)?geonames\.org\/\d+(?:\/[^\s]*)?$/i;
const NUMBER = String.raw`[-+]?\d+(?:\.\d+)?`;
const BOUNDING_BOX = new RegExp(String.raw`^${NUMBER}(?:\s*[,;\s]\s*${NUMBER}){3}$`);

/** An INEGI key: a state (`01`-`32`, or `00` for the country), a municipality (5 digits) or a locality (9). */
export function isInegiKey(text: string): boolean {
  if (!/^\d+$/.test(text)) return false;
  if (text.length !== 2 && text.length !== 5 && text.length !== 9) return false;
  const state = Number(text.slice(0, 2));
  if (text.length === 2) return state <= 32;
  if (state < 1 || state > 32) return false;
  if (text.length === 5) return Number(text.slice(2)) >= 1;
  return Number(text.slice(2, 5)) >= 1;
}

export interface SpatialVerdict {
  recognised: boolean;
  /** Whether the value uses INEGI keys, which makes the resources' `codelists` necessary. */
  usesInegiKeys: boolean;
}

export function recogniseSpatial(value: string): SpatialVerdict {
  const text = value.trim();
  if (text === '') return { recognised: true, usesInegiKeys: false };
  if (GEONAMES.test(text) || isBoundingBox(text)) return { recognised: true, usesInegiKeys: false };
  const parts = text
    .split(/\s*[,;|]\s*|\s+y\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  let usesInegiKeys = false;
  let recognised = parts.length > 0;
  for (const part of parts) {
    if (isInegiKey(part)) usesInegiKeys = true;
    else if (!RECOGNISED.has(foldText(part).replace(/\s+/g, ' ')) && !GEONAMES.test(part)) recognised = false;
  }
  return { recognised, usesInegiKeys };
}

function isBoundingBox(text: string): boolean {
  if (!BOUNDING_BOX.test(text)) return false;
  const numbers = text.split(/[\s,;]+/).map(Number);
  // Degrees: two longitudes within ±180 and two latitudes within ±90, in either of the usual orders.
  return numbers.every((number) => Math.abs(number) <= 180) && numbers.filter((number) => Math.abs(number) <= 90).length >= 2;
}
