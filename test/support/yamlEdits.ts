import { Random } from '../../bench/random';

/**
 * Random edits of YAML text, as a person (or a slip of the hand) makes them: characters typed,
 * runs deleted, snippets pasted, lines moved. With a fixed seed, so a failure can be replayed.
 */

/** Pieces of text a person (or a slip of the hand) might insert. */
export const SNIPPETS = [
  'x',
  'é',
  '1',
  ' ',
  ': ',
  '\n',
  '\n  ',
  '\n    ',
  '\n  - ',
  '- ',
  '#',
  ' # nota',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '|',
  '>',
  '&a ',
  '*a',
  '!!str ',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '\t',
  '\r',
  '\r\n',
  '\n\n',
  '?',
  '@',
  '`',
  '\uFEFF',
  'dataset:\n',
  'title: otra\n',
  '  - identifier: nuevo\n    title: Nuevo\n',
];

export function randomEdit(random: Random, text: string): string {
  const at = random.int(text.length + 1);
  const choice = random.next();
  if (choice < 0.35) {
    // The common case: a character typed inside a value.
    return text.slice(0, at) + random.pick(['a', 'z', '0', '-', '.', 'ñ']) + text.slice(at);
  }
  if (choice < 0.6) {
    const length = 1 + random.int(random.chance(0.8) ? 4 : 80);
    return text.slice(0, at) + text.slice(at + length);
  }
  if (choice < 0.85) return text.slice(0, at) + random.pick(SNIPPETS) + text.slice(at);
  // Cut a run of whole lines and paste it elsewhere (moving an item, or half of one).
  const lines = text.split('\n');
  const from = random.int(lines.length);
  const moved = lines.splice(from, 1 + random.int(6));
  lines.splice(random.int(lines.length + 1), 0, ...moved);
  return lines.join('\n');
}

/**
 * Texts after `steps` random edits from `base`. Edits pile up in short runs, then the text starts
 * over, so that both long-broken and mostly valid documents are seen.
 */
export function* editSequence(seed: number, base: string, steps: number): Generator<string> {
  const random = new Random(seed);
  let text = base;
  for (let step = 0; step < steps; step++) {
    if (random.chance(0.3)) text = base;
    text = randomEdit(random, text);
    yield text;
  }
}
