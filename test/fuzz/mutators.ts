import type { SeedFile } from './corpus';
import type { Random } from '../../bench/random';

/** One way of breaking a file. Mutations are applied one after another, so they combine. */
export interface Mutator {
  name: string;
  apply(text: string, random: Random, seeds: readonly SeedFile[]): string;
}

/** Characters that mean something to YAML or JSON, or that parsers and line counters trip on. */
const NASTY = [
  ':',
  '-',
  '?',
  ',',
  '[',
  ']',
  '{',
  '}',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  '\\',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u00a0',
  '\ufeff',
  '\u0000',
  '\u001b',
  '\u007f',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  'ñ',
  '«',
  '\u200b',
  '\ufffd',
  ' ',
  '  ',
  '---',
  '...',
  '<<: *a',
];

/** Values of every type, to put where a field expects another. */
const WRONG_VALUES = [
  '[]',
  '{}',
  'null',
  '~',
  'true',
  'false',
  '0',
  '-1',
  '1e400',
  '.nan',
  '-.inf',
  '0x1F',
  '0o17',
  '12345678901234567890123',
  '[a, [b, [c]]]',
  '{a: {b: {c: 1}}}',
  '"texto"',
  "'texto'",
  '|\n  bloque\n  literal',
  '>-\n  plegado',
  '!!str 5',
  '!!int x',
  '!!map {}',
  '2026-02-30',
  '9999-99-99',
  '+12345-01-01',
  '-0001-01-01',
  '2026-13-01T25:61:61Z',
  'R/P',
  'R/P0Y',
  'R/PT',
  'R/-P1Y',
  'http://',
  'https://[::1',
  'https://ejemplo.gob.mx/' + 'a'.repeat(5000),
  'mailto:',
  'ftp://x',
  'javascript:alert(1)',
  'file:///etc/passwd',
  '../../../../etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\servidor\\recurso',
  'text/csv; charset=' + 'x'.repeat(300),
  'a'.repeat(100_000),
  '*ancla',
  '&ancla valor',
  '*inexistente',
  '__proto__',
  'constructor',
  'toString',
  '"\\ud800"',
  '"\\u0000"',
];

const JSON_WRONG_VALUES = [
  '[]',
  '{}',
  'null',
  'true',
  '0',
  '-0',
  '1e400',
  '-1.5e-400',
  '12345678901234567890123',
  '[[[[]]]]',
  '{"a":{"b":{}}}',
  '"\\ud800"',
  '"\\u0000"',
  '"' + 'a'.repeat(100_000) + '"',
  '"2026-02-30"',
  '"R/P0Y"',
  '"https://ejemplo.gob.mx/' + 'a'.repeat(5000) + '"',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {}}}',
  'NaN',
  'Infinity',
  "'comillas simples'",
  'undefined',
];

function lines(text: string): string[] {
  return text.split('\n');
}

function randomOffset(text: string, random: Random): number {
  return random.int(text.length + 1);
}

/** Where a YAML `key: value` or JSON `"key": value` line has its value, if any. */
function valueSpan(line: string): [number, number] | undefined {
  const match = /^(\s*(?:-\s+)?"?[^"\s:#][^":#]*"?\s*:\s+)(.*?)(,?)\s*$/.exec(line);
  if (!match || match[2] === '') return undefined;
  return [match[1]!.length, match[1]!.length + match[2]!.length];
}

export const MUTATORS: readonly Mutator[] = [
  {
    name: 'truncar',
    apply: (text, random) => text.slice(0, randomOffset(text, random)),
  },
  {
    name: 'bytes-al-azar',
    apply(text, random) {
      let result = text;
      for (let i = random.between(1, 8); i > 0; i--) {
        const at = randomOffset(result, random);
        const piece = random.chance(0.7) ? random.pick(NASTY) : String.fromCharCode(random.int(0x10000));
        const removed = random.chance(0.5) ? random.int(4) : 0;
        result = result.slice(0, at) + piece + result.slice(at + removed);
      }
      return result;
    },
  },
  {
    name: 'tipo-equivocado',
    apply(text, random, _seeds) {
      const all = lines(text);
      const candidates = all.map((line, index) => [index, valueSpan(line)] as const).filter(([, span]) => span !== undefined);
      if (candidates.length === 0) return text;
      for (let i = random.between(1, 4); i > 0; i--) {
        const [index, span] = random.pick(candidates);
        const line = all[index]!;
        const json = /^\s*"/.test(line);
        const replacement = random.pick(json ? JSON_WRONG_VALUES : WRONG_VALUES);
        const indent = /^\s*/.exec(line)![0];
        all[index] = line.slice(0, span![0]) + replacement.replace(/\n/g, '\n' + indent) + line.slice(span![1]);
      }
      return all.join('\n');
    },
  },
  {
    name: 'anidamiento-profundo',
    apply(text, random) {
      const depth = random.pick([10, 50, 150, 199, 200, 201, 250, 400, 1000, 5000]);
      const at = randomOffset(text, random);
      const shape = random.int(4);
      const nested =
        shape === 0
          ? '['.repeat(depth) + ']'.repeat(depth)
          : shape === 1
            ? '{"a": '.repeat(depth) + '1' + '}'.repeat(depth)
            : shape === 2
              ? '\n' + Array.from({ length: Math.min(depth, 600) }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' v\n'
              : '\n' + Array.from({ length: Math.min(depth, 600) }, (_, i) => ' '.repeat(i * 2) + '-').join('\n') + ' v\n';
      return text.slice(0, at) + nested + text.slice(at);
    },
  },
  {
    name: 'clave-duplicada',
    apply(text, random) {
      const all = lines(text);
      if (all.length === 0) return text;
      for (let i = random.between(1, 3); i > 0; i--) {
        const index = random.int(all.length);
        all.splice(index + random.int(3), 0, all[index]!);
      }
      return all.join('\n');
    },
  },
  {
    name: 'tabuladores',
    apply(text, random) {
      return lines(text)
        .map((line) => (random.chance(0.3) ? line.replace(/^( {1,4})/, random.chance(0.5) ? '\t' : '\t ') : line))
        .join('\n')
        .replace(/: /g, (match) => (random.chance(0.1) ? ':\t' : match));
    },
  },
  {
    name: 'fin-de-linea',
    apply(text, random) {
      const style = random.int(3);
      if (style === 0) return text.replace(/\n/g, '\r\n');
      if (style === 1) return text.replace(/\n/g, '\r');
      return text.replace(/\n/g, (match) => random.pick([match, '\r\n', '\r', '\n\r']));
    },
  },
  {
    name: 'bom',
    apply(text, random) {
      const at = random.chance(0.6) ? 0 : randomOffset(text, random);
      return text.slice(0, at) + '\ufeff'.repeat(random.between(1, 2)) + text.slice(at);
    },
  },
  {
    name: 'utf8-invalido',
    apply(text, random) {
      // What a reader makes of a file with invalid bytes: decoded with U+FFFD, or lone surrogates kept.
      const bytes = Buffer.from(text, 'utf8');
      for (let i = random.between(1, 6); i > 0 && bytes.length > 0; i--) bytes[random.int(bytes.length)] = random.between(0x80, 0xff);
      const decoded = bytes.toString(random.chance(0.8) ? 'utf8' : 'latin1');
      const at = randomOffset(decoded, random);
      return random.chance(0.3) ? decoded.slice(0, at) + random.pick(['\ud800', '\udc00', '\udbff\u0041']) + decoded.slice(at) : decoded;
    },
  },
  {
    name: 'lineas-revueltas',
    apply(text, random) {
      const all = lines(text);
      for (let i = random.between(1, 4); i > 0 && all.length > 1; i--) {
        const a = random.int(all.length);
        const b = random.int(all.length);
        const operation = random.int(3);
        if (operation === 0) [all[a], all[b]] = [all[b]!, all[a]!];
        else if (operation === 1) all.splice(a, 1);
        else all[a] = ' '.repeat(random.int(9)) + all[a]!.trimStart();
      }
      return all.join('\n');
    },
  },
  {
    name: 'injerto',
    apply(text, random, seeds) {
      const donor = random.pick(seeds).text;
      const from = random.int(donor.length);
      const piece = donor.slice(from, from + random.between(1, 400));
      const at = randomOffset(text, random);
      return text.slice(0, at) + piece + text.slice(at);
    },
  },
  {
    name: 'alias',
    apply(text, random) {
      const all = lines(text);
      const candidates = all.map((line, index) => [index, valueSpan(line)] as const).filter(([, span]) => span !== undefined);
      if (candidates.length < 2) return text;
      const [anchorLine, anchorSpan] = random.pick(candidates);
      const [aliasLine, aliasSpan] = random.pick(candidates);
      const name = random.pick(['a', 'b', 'ancla']);
      all[anchorLine] = all[anchorLine]!.slice(0, anchorSpan![0]) + `&${name} ` + all[anchorLine]!.slice(anchorSpan![0]);
      if (aliasLine !== anchorLine) all[aliasLine] = all[aliasLine]!.slice(0, aliasSpan![0]) + `*${random.chance(0.8) ? name : 'otro'}` + all[aliasLine]!.slice(aliasSpan![1]);
      return all.join('\n');
    },
  },
  {
    name: 'directivas',
    apply(text, random) {
      const at = random.chance(0.5) ? 0 : randomOffset(text, random);
      const piece = random.pick([
        '%YAML 1.1\n---\n',
        '%TAG ! tag:x,2000:\n---\n',
        '---\n',
        '...\n',
        '--- !!map\n',
        '? [a, b]\n: c\n',
        '? |\n  k\n: v\n',
        '<<: *a\n',
        '!!python/object:os.system\n',
        '$schema: plan.schema.json\n',
      ]);
      return text.slice(0, at) + piece + text.slice(at);
    },
  },
  {
    name: 'vacio',
    apply: (_text, random) => random.pick(['', ' ', '\n', '\ufeff', '---', '{}', '[]', 'null', '"texto"', '#', '\t', '\r\n\r\n', '- a', '0']),
  },
];

/** Applies one to three mutations to a seed's text; returns the text and the names of what was done. */
export function mutate(seed: SeedFile, random: Random, seeds: readonly SeedFile[]): { text: string; mutations: string[] } {
  let text = seed.text;
  const mutations: string[] = [];
  for (let i = random.between(1, 3); i > 0; i--) {
    const mutator = random.pick(MUTATORS);
    text = mutator.apply(text, random, seeds);
    mutations.push(mutator.name);
  }
  return { text, mutations };
}
