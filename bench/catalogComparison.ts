import * as path from 'node:path';
import { CatalogSession, type BenchLevel, type LatencyFigures } from './ourServer';
import { median } from './stats';
import { YamlFloor } from './yamlFloor';
import { PeerSession, YAML_LS_DEBOUNCE_MS, yamlLanguageServerVersion } from './yamlLanguageServer';

/** Rounds of the keystroke comparison: each one floor parse, a few of our keystrokes, one of the peer's. */
const ROUNDS = 8;
const OUR_KEYSTROKES_PER_ROUND = 3;
/** Opens of the catalog in our server (under new names, so no cached result helps). */
const OPENS = 3;

/** One comparison taken at one moment: figures next to each other, so a busy machine affects them alike. */
export interface Pair {
  ours: number;
  floor: number;
  /** yaml-language-server's time with its fixed wait subtracted (keystroke pairs only). */
  peer?: number;
}

export interface CatalogComparison {
  /** The first `parseDocument` in a fresh process, then every one taken next to another figure. */
  floorColdMs: number;
  floorMs: number[];
  ours: {
    openMs: number[];
    changeMs: number[];
    /** Our server's processor time per keystroke, on average. */
    changeCpuMs: number;
    diagnostics: number;
    completion?: LatencyFigures;
    hover?: LatencyFigures;
    rssMb: number;
  };
  peer: { version: string; openMs: number; changeMs: number[]; diagnostics: number };
  openPairs: Pair[];
  changePairs: Pair[];
}

/**
 * The big catalog in our server, in yaml-language-server and through the bare `yaml` parse, taken
 * in turns: each open of ours next to a floor parse (the first, cold, with the floor's first), and
 * each round of keystrokes as a floor parse, a few of our keystrokes and one of the peer's. The machine this runs on may be shared; the
 * ratios are taken within each pair, then their median is reported. Our editor aims at `targetLevel`.
 */
export async function compareOnCatalog(bundle: string, root: string, catalogPath: string, text: string, targetLevel: BenchLevel = 'basico'): Promise<CatalogComparison> {
  const floor = new YamlFloor(catalogPath);
  const floorColdMs = await floor.parse();
  const ours = await CatalogSession.start(bundle, path.join(root, 'editor-guia'), text, targetLevel);
  const peer = await PeerSession.start(path.join(root, 'editor-yamlls'), text);
  try {
    const floorMs: number[] = [];
    const takeFloor = async (): Promise<number> => {
      const ms = await floor.parse();
      floorMs.push(ms);
      return ms;
    };

    // The first open, in a server just started, pairs with the floor's first parse, in a process
    // just started: both cold. The others pair with a floor parse taken right before them.
    const openPairs: Pair[] = [];
    for (let run = 1; run <= OPENS; run++) {
      const floorNow = run === 1 ? floorColdMs : await takeFloor();
      openPairs.push({ floor: floorNow, ours: await ours.openAs(`catalogo-grande-${run}.yaml`) });
    }
    const peerOpenMs = await peer.open();
    await ours.openForEditing();

    const changeMs: number[] = [];
    const peerChangeMs: number[] = [];
    const changePairs: Pair[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const floorNow = await takeFloor();
      const mine: number[] = [];
      for (let i = 0; i < OUR_KEYSTROKES_PER_ROUND; i++) mine.push(await ours.keystroke());
      const theirs = await peer.keystroke();
      changeMs.push(...mine);
      peerChangeMs.push(theirs);
      changePairs.push({ ours: median(mine), floor: floorNow, peer: theirs - YAML_LS_DEBOUNCE_MS });
    }

    const completion = await ours.latency('textDocument/completion');
    const hover = await ours.latency('textDocument/hover');
    return {
      floorColdMs,
      floorMs,
      ours: {
        openMs: openPairs.map((pair) => pair.ours),
        changeMs,
        changeCpuMs: ours.keystrokeCpuMs / changeMs.length,
        diagnostics: ours.diagnostics,
        completion,
        hover,
        rssMb: ours.rssMb(),
      },
      peer: { version: yamlLanguageServerVersion(), openMs: peerOpenMs, changeMs: peerChangeMs, diagnostics: peer.diagnostics },
      openPairs,
      changePairs,
    };
  } finally {
    floor.close();
    await Promise.all([ours.shutdown(), peer.shutdown()]);
  }
}
