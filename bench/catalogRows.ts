import type { CatalogComparison, Pair } from './catalogComparison';
import { KEYSTROKE_GAP_MS } from './ourServer';
import type { Row } from './report';
import { median, percentile, round } from './stats';
import { YAML_LS_DEBOUNCE_MS } from './yamlLanguageServer';

/** One big catalog compared (see `compareOnCatalog`): how to name its rows. */
export interface CatalogRun {
  /** Prefix of the rows' keys ('' for the main catalog, whose keys the history files use). */
  keyPrefix: string;
  /** The catalog, as the labels say it: `catálogo de 2,000 conjuntos (…)`. */
  name: string;
  comparison: CatalogComparison;
  /** Whether its figures are judged against the targets (the realistic catalog), or shown beside them. */
  judged: boolean;
}

/** The median over pairs of the ratio of our figure to another taken at the same moment. */
function pairedRatio(pairs: readonly Pair[], other: (pair: Pair) => number | undefined): number {
  return median(pairs.map((pair) => pair.ours / other(pair)!));
}

/**
 * The catalog's figures next to their targets: keystroke → diagnostics at most ¼ of
 * yaml-language-server's and ⅓ of the bare parse, open at most 1.5× the parse. Ratios are taken
 * pair by pair, between figures measured next to each other (see `catalogComparison.ts`), and the
 * targets judged on their medians.
 */
export function catalogRows({ keyPrefix, name, comparison, judged }: CatalogRun): Row[] {
  const { ours, peer, floorMs: floorSamples } = comparison;
  const floorMs = median(floorSamples);
  const peerChange = median(peer.changeMs) - YAML_LS_DEBOUNCE_MS;
  const changeToPeer = pairedRatio(comparison.changePairs, (pair) => pair.peer);
  const changeToFloor = pairedRatio(comparison.changePairs, (pair) => pair.floor);
  const openToFloor = pairedRatio(comparison.openPairs, (pair) => pair.floor);
  const judge = (pass: boolean): { pass?: boolean } => (judged ? { pass } : {});
  return [
    {
      key: `${keyPrefix}floor.yamlParse`,
      label: `Suelo: yaml parseDocument del ${name}`,
      value: floorMs,
      unit: 'ms',
      note: `mediana de ${floorSamples.length}, cada una junto a otra medida; la primera, en frío: ${Math.round(comparison.floorColdMs)} ms`,
    },
    {
      key: `${keyPrefix}peer.open`,
      label: `yaml-language-server ${peer.version}, ${name}: abrir → diagnósticos`,
      value: peer.openMs - YAML_LS_DEBOUNCE_MS,
      unit: 'ms',
      note: `${Math.round(peer.openMs)} ms medidos menos su espera fija de ${YAML_LS_DEBOUNCE_MS} ms; ${peer.diagnostics} diagnósticos`,
    },
    {
      key: `${keyPrefix}peer.change`,
      label: `yaml-language-server ${peer.version}, ${name}: cambio → diagnósticos`,
      value: peerChange,
      unit: 'ms',
      note: `mediana de ${peer.changeMs.length} teclas, ${Math.round(median(peer.changeMs))} ms medidos menos su espera fija de ${YAML_LS_DEBOUNCE_MS} ms`,
    },
    {
      key: `${keyPrefix}server.catalog.change`,
      label: `Nuestro servidor, ${name}: cambio → diagnósticos`,
      value: median(ours.changeMs),
      unit: 'ms',
      target: `≤ ¼ yaml-ls y ≤ ⅓ suelo: ${round(changeToPeer, 3)}× y ${round(changeToFloor, 3)}×`,
      ...judge(changeToPeer <= 0.25 && changeToFloor <= 1 / 3),
      note: `mediana de ${ours.changeMs.length} teclas, una cada ${KEYSTROKE_GAP_MS} ms (p95 ${Math.round(percentile(ours.changeMs, 95))} ms); el servidor trabajó ${Math.round(ours.changeCpuMs)} ms de procesador por tecla; proporciones: medianas de ${comparison.changePairs.length} rondas de 1 suelo, 3 teclas nuestras y 1 de yaml-ls; ${ours.diagnostics} diagnósticos publicados`,
    },
    {
      key: `${keyPrefix}server.catalog.open`,
      label: `Nuestro servidor, ${name}: abrir → diagnósticos`,
      value: median(ours.openMs),
      unit: 'ms',
      target: `≤ 1.5× suelo: ${round(openToFloor, 2)}×`,
      ...judge(openToFloor <= 1.5),
      note: `mediana de ${ours.openMs.length} aperturas, cada una junto a un suelo (la primera, en un servidor recién iniciado, con el primer suelo, en frío): ${comparison.openPairs.map((pair) => `${Math.round(pair.ours)}/${Math.round(pair.floor)}`).join(', ')} ms`,
    },
  ];
}
