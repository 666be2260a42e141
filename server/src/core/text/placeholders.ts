import { foldText } from './accents';

/**
 * Text that stands in for a value nobody has written yet. Such a value is no evidence of anything:
 * it is not a name, a landing page, legal grounds or a quality statement, and every check treats it
 * as if the field were empty. Written once here; the schema validator and the rules both ask it.
 */

/** Whole values (compared without case, accents or final punctuation) that say «nothing yet». */
const PLACEHOLDER_WORDS = new Set([
  'pendiente',
  'pendientes',
  'por definir',
  'por completar',
  'por describir',
  'por asignar',
  'por confirmar',
  'por capturar',
  'en proceso',
  'sin definir',
  'sin dato',
  'sin datos',
  'sin informacion',
  'no disponible',
  'no definido',
  'no especificado',
  'n/a',
  'n / a',
  'n.a',
  'na',
  'n/d',
  'nd',
  's/d',
  'sd',
  'ninguno',
  'tbd',
  'tba',
  'todo',
  'fixme',
  'xxx',
  'lorem ipsum',
  'to be completed',
  'to be described',
  'to be defined',
  'pending',
  'not available',
  'none',
  'null',
  'undefined',
  '-',
  '--',
  '---',
  '.',
  '..',
  '...',
  '…',
  '?',
  '??',
  '???',
]);

/**
 * Beginnings that make a whole value a placeholder: the product's own stand-ins written by its quick
 * fixes and templates («Por completar», «Por describir cómo se controla la calidad…», in both
 * languages) and the usual «pendiente de…» / «por definir…» phrases.
 */
const PLACEHOLDER_STARTS = ['por completar', 'por describir', 'por definir', 'pendiente de ', 'pendiente:', 'to be completed', 'to be described', 'to be defined', 'lorem ipsum'];

/** Markers programmers leave, matched as written (capitals), so that the Spanish «todo» in a sentence is not one. */
const CODE_MARKERS = ['TODO', 'FIXME', 'TBD', 'XXX'];
const CODE_MARKER = new RegExp(`^(?:${CODE_MARKERS.join('|')})\\b`);

/**
 * The letters and digits some placeholder (word, phrase or marker) begins with, folded. A value
 * beginning with any other letter or digit is none, and is told so without folding or remembering it.
 */
const PLACEHOLDER_INITIALS = new Set(
  [...PLACEHOLDER_WORDS, ...PLACEHOLDER_STARTS, ...CODE_MARKERS].map((word) => word.charAt(0).toLowerCase()).filter((initial) => isAsciiWordCharacter(initial.charCodeAt(0))),
);

/**
 * The product's own mark for a value still to fill in a file it wrote (the «new dataset» and «new
 * plan» templates): the value's description between « and », as `title: «Nombre claro del conjunto»`.
 */
export function standIn(label: string): string {
  return `«${label}»`;
}

/** Whether a value is a stand-in written by `standIn` (surrounding spaces aside). */
export function isStandIn(value: unknown): boolean {
  return typeof value === 'string' && /^«[^«»\n]+»$/.test(value.trim());
}

function folded(text: string): string {
  return foldText(text).replace(/\s+/g, ' ');
}

/**
 * Verdicts already given. The same values are asked about again and again: each dataset's title by
 * the schema check, the dataset facts and several rules, and again on every keystroke in a
 * 2,000-dataset catalog; folding accents is the costly part. Bounded: forgotten at once when full.
 */
const verdicts = new Map<string, boolean>();
const MAX_REMEMBERED_VERDICTS = 20_000;

/**
 * Values longer than this are judged by their beginning (see `judgeLongValue`) and not remembered:
 * a description's verdict is quick to give from its first words, and remembering it cost more
 * (hashing the whole text) than giving it.
 */
const HEAD_LENGTH = 64;

/** True when `text` is blank or a stand-in (see the lists above) rather than a real value. */
export function isPlaceholder(text: string): boolean {
  if (ruledOutByInitial(text)) return false;
  if (text.length > HEAD_LENGTH) return judgeLongValue(text);
  let verdict = verdicts.get(text);
  if (verdict === undefined) {
    verdict = judgePlaceholder(text);
    if (verdicts.size >= MAX_REMEMBERED_VERDICTS) verdicts.clear();
    verdicts.set(text, verdict);
  }
  return verdict;
}

/**
 * Whether the value's first character (after spaces) rules out every placeholder: a letter or digit,
 * its accent dropped, that no placeholder begins with (`Índice…`, `https://…`, `2026-01-15`). Most
 * values are told this way: several hundred thousand a big catalog's validation and rules ask about.
 */
function ruledOutByInitial(text: string): boolean {
  let i = 0;
  while (i < text.length && isAsciiSpace(text.charCodeAt(i))) i++;
  if (i === text.length) return false;
  const first = text.charCodeAt(i) > 0x7f ? foldText(text.charAt(i)).charAt(0) : text.charAt(i).toLowerCase();
  return isAsciiWordCharacter(first.charCodeAt(0)) && !PLACEHOLDER_INITIALS.has(first);
}

/** Space, tab, line feed, vertical tab, form feed, carriage return. */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Whether a character code is an ASCII letter or digit. */
function isAsciiWordCharacter(code: number): boolean {
  const lower = code | 0x20; // `A`–`Z` to `a`–`z`
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** How many ASCII letters and digits `text` holds (other letters are not counted: fewer is safe below). */
function asciiWordCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isAsciiWordCharacter(text.charCodeAt(i))) count++;
  return count;
}

/**
 * Beginnings with more letters and digits than this cannot be a whole placeholder word, however
 * the rest goes: each word of the list has fewer, and folding keeps every letter and digit.
 * Nor is such a beginning cut short of a placeholder phrase's start.
 */
const MORE_THAN_ANY_PLACEHOLDER = Math.max(...[...PLACEHOLDER_WORDS].map(asciiWordCharacters), ...PLACEHOLDER_STARTS.map((start) => start.length));

/**
 * `judgePlaceholder` for a long value, reading its first `HEAD_LENGTH` characters when they say
 * enough: with more letters and digits than any placeholder word, only a phrase's start can make it
 * one. Otherwise (a value mostly of spaces or punctuation) the whole value is judged.
 */
function judgeLongValue(text: string): boolean {
  const head = text.trimStart().slice(0, HEAD_LENGTH);
  if (CODE_MARKER.test(head) || head.startsWith('«')) return judgePlaceholder(text);
  const plainHead = folded(head);
  if (asciiWordCharacters(plainHead) <= MORE_THAN_ANY_PLACEHOLDER) return judgePlaceholder(text);
  return PLACEHOLDER_STARTS.some((start) => plainHead.startsWith(start));
}

function judgePlaceholder(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  if (CODE_MARKER.test(trimmed) || isStandIn(trimmed)) return true;
  const plain = folded(trimmed);
  const bare = plain.replace(/[\s.…:;,!¡?¿()[\]"'«»-]+$/u, '').replace(/^[\s(["'«¿¡-]+/u, '');
  if (PLACEHOLDER_WORDS.has(plain) || PLACEHOLDER_WORDS.has(bare)) return true;
  return PLACEHOLDER_STARTS.some((start) => plain.startsWith(start));
}

/** `text` trimmed, or undefined when it is absent, blank or a placeholder: the value a check may count. */
export function evidenceText(text: string | undefined): string | undefined {
  if (text === undefined || isPlaceholder(text)) return undefined;
  return text.trim();
}
