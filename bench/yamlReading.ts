import { Parser } from 'yaml';
import { readPlainYaml } from '../server/src/core/parse/plainYaml';
import { readPlainYamlText } from '../server/src/core/parse/plainYamlText';
import { findTopLevelLists } from '../server/src/core/parse/yamlLayout';
import { parseYaml } from '../server/src/core/parse/yamlParser';
import { catalogText } from './generate';
import { median } from './stats';

/**
 * `node --import tsx bench/yamlReading.ts [rounds]`: the 2,000 datasets of the big catalog with the
 * realistic flaw mix, each read alone as the server reads them, by each way of reading YAML: the
 * library's parse and composition (what every text got before), its tokens read without composing
 * (`plainYaml.ts`), and the text read directly (`plainYamlText.ts`). Prints the first round (cold)
 * and the median of the others, in ms, all in one process so the ratios are comparable.
 */
const ROUNDS = Number(process.argv[2] ?? 10);
const MAX_DEPTH = 200;

const text = catalogText(2_000, 2026, 'realistic');
const items = (findTopLevelLists(text) ?? []).flatMap((list) => list.items.map((span) => ({ text: text.slice(span.start, span.end), offset: span.start })));

const ways: Array<[string, (item: { text: string; offset: number }) => unknown]> = [
  ['biblioteca: parse y composición', (item) => parseYaml(item.text, { depthOffset: 1, offset: item.offset }, false)],
  ['tokens de la biblioteca, sin componer', (item) => readPlainYaml([...new Parser().parse(item.text)], item.offset, MAX_DEPTH - 1)],
  ['del texto, sin la biblioteca', (item) => readPlainYamlText(item.text, item.offset, MAX_DEPTH - 1)],
];

const times = new Map<string, number[]>(ways.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, read] of ways) {
    const start = performance.now();
    for (const item of items) if (read(item) === undefined) throw new Error(`${name}: an item of the generated catalog was not read`);
    times.get(name)!.push(performance.now() - start);
  }
}
console.log(`${items.length} conjuntos leídos uno por uno, ${ROUNDS} rondas`);
for (const [name, ms] of times) console.log(`${name.padEnd(40)} primera ${ms[0]!.toFixed(0).padStart(4)} ms   mediana ${median(ms.slice(1)).toFixed(0).padStart(4)} ms`);
