import vocabularies from '../../../../schemas/vocabularies.json';
import { foldText } from '../text/accents';

export { foldText };

/** One word of the guide's update periodicity catalog with its ISO 8601 repeat. */
export interface Periodicity {
  word: string;
  iso: string;
  /** How old `modified` may be for this periodicity before the data counts as stale; null = never. */
  maxAgeDays: number | null;
  es: string;
  en: string;
}

export interface MediaTypeInfo {
  mediaType: string;
  formats: string[];
  /** ADELA's openness stars for this format (1-5). */
  stars: number;
  open: boolean;
  /** True for web services and feeds (JSON, XML, RSS, Atom) that serve frequently changing data. */
  service?: boolean;
  /** What the format holds, to suggest an open format that fits: `tabla`, `geo`, `documento`… */
  kind: string;
  /** Free words catalogs write for this format (`excel`, `aspx`), folded to lower case without accents. */
  words?: string[];
  /** The types to declare for a resource in this format when its own type is not IANA's (a shapefile is published zipped). */
  publishedAs?: string[];
  es: string;
  en: string;
}

export interface CodedValue {
  value: string;
  es: string;
  en: string;
}

export const PERIODICITIES: readonly Periodicity[] = vocabularies.periodicity;
export const MEDIA_TYPES: readonly MediaTypeInfo[] = vocabularies.mediaTypes;
export const ACCESS_VALUES: readonly CodedValue[] = vocabularies.access;
export const CRITERIA: readonly CodedValue[] = vocabularies.criteria;
export const TARGET_LEVELS: readonly string[] = vocabularies.targetLevels;
export const PARTICIPATION_TYPES: readonly string[] = vocabularies.participationTypes;
export const FILE_FORMAT_WORDS: ReadonlySet<string> = new Set(vocabularies.fileFormatsNotStores);

const ISO_REPEAT = /^R\d*\/P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(?:[.,]\d+)?S)?)?$/;

/** The catalog entry a periodicity value names, as a word (any case or accents) or as an ISO repeat. */
export function findPeriodicity(value: string): Periodicity | undefined {
  const folded = foldText(value);
  const byWord = PERIODICITIES.find((entry) => entry.word === folded);
  if (byWord) return byWord;
  const upper = value.trim().toUpperCase();
  return PERIODICITIES.find((entry) => entry.iso.toUpperCase() === upper);
}

/** The catalog word an adverb names: `trimestralmente` → trimestral, `mensualmente` → mensual (ADELA files write them). */
export function periodicityFromAdverb(value: string): Periodicity | undefined {
  const folded = foldText(value);
  if (!folded.endsWith('mente')) return undefined;
  return findPeriodicity(folded.replace(/mente$/, '')) ?? findPeriodicity(folded.replace(/amente$/, 'o'));
}

/** A value the guide accepts for a periodicity: a catalog word or any ISO 8601 repeating interval. */
export function isPeriodicity(value: string): boolean {
  return findPeriodicity(value) !== undefined || ISO_REPEAT.test(value.trim().toUpperCase());
}

/** Days an ISO repeat such as `R/P3M` spans, for repeats outside the catalog; undefined if not one. */
export function isoRepeatDays(value: string): number | undefined {
  const match = ISO_REPEAT.exec(value.trim().toUpperCase());
  if (!match) return undefined;
  const number = (part: string | undefined): number => (part ? parseFloat(part) : 0);
  const days =
    number(match[1]) * 365.25 + number(match[2]) * 30.5 + number(match[3]) * 7 + number(match[4]) + (number(match[6]) / 24 + number(match[7]) / 1440 + number(match[8]) / 86400);
  return days > 0 ? Math.ceil(days) : undefined;
}

export function findMediaType(mediaType: string): MediaTypeInfo | undefined {
  const base = mediaType.split(';')[0]!.trim().toLowerCase();
  return MEDIA_TYPES.find((entry) => entry.mediaType === base);
}

/** The media type a format name such as `CSV` or `.xlsx` stands for. */
export function mediaTypeForFormat(format: string): MediaTypeInfo | undefined {
  const name = format.trim().toLowerCase().replace(/^\./, '');
  return MEDIA_TYPES.find((entry) => entry.formats.includes(name));
}

const MEDIA_TYPE = /^(application|audio|font|example|image|message|model|multipart|text|video)\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}(\s*;.*)?$/i;

/** A media type of one of IANA's registered top-level types, such as `text/csv`. */
export function isMediaType(value: string): boolean {
  return MEDIA_TYPE.test(value.trim());
}
