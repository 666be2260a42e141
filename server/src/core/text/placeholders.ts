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
const CODE_MARKER = /^(?:TODO|FIXME|TBD|XXX)\b/;

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

/** True when `text` is blank or a stand-in (see the lists above) rather than a real value. */
export function isPlaceholder(text: string): boolean {
  let verdict = verdicts.get(text);
  if (verdict === undefined) {
    verdict = judgePlaceholder(text);
    if (verdicts.size >= MAX_REMEMBERED_VERDICTS) verdicts.clear();
    verdicts.set(text, verdict);
  }
  return verdict;
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
