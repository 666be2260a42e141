import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiagnosticsPublisher } from '../server/src/lsp/diagnosticsPublisher';
import { GuideWorkspace } from '../server/src/lsp/guideWorkspace';
import { nodeWorkspaceFiles } from '../server/src/nodeWorkspaceFiles';
import { DEFAULT_SETTINGS } from '../server/src/protocol/settings';
import { writeNationalTree } from './national';

/** One stage's memory, in MB: the peak so far (`VmHWM`), then, after a full collection, what the process and its heap hold. */
interface StageMemory {
  stage: string;
  peakRss: number;
  rss: number;
  heapTotal: number;
  heapUsed: number;
}

const MB = 1024 * 1024;

function stageMemory(stage: string): StageMemory {
  const peakRss = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) / 1024;
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return { stage, peakRss, rss: usage.rss / MB, heapTotal: usage.heapTotal / MB, heapUsed: usage.heapUsed / MB };
}

/**
 * Where the server's memory goes on the national tree, by stage, in this process: the server's
 * model (`GuideWorkspace`) indexes the tree from disk, then the publisher evaluates every
 * institution and "sends" every file's diagnostics (serialised, as the connection would). The gap
 * between `heapUsed` (what is kept) and `rss` is the collector's room and Node itself, which no
 * change to what the model keeps removes. Run with `--expose-gc` so that `heapUsed` is what is kept.
 */
async function measure(institutions: number): Promise<{ stages: StageMemory[]; files: number; sentBytes: number }> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'guia-bench-memoria-'));
  try {
    const folder = path.join(root, 'pais');
    writeNationalTree(folder, institutions, 20261127);
    const stages = [stageMemory('start')];
    const workspace = new GuideWorkspace([folder], DEFAULT_SETTINGS, 'es', nodeWorkspaceFiles);
    let sentBytes = 0;
    const send = (...params: unknown[]): Promise<void> => {
      sentBytes += JSON.stringify(params.at(-1)).length;
      return Promise.resolve();
    };
    const publisher = new DiagnosticsPublisher({ sendDiagnostics: send, sendNotification: send } as never, workspace);
    await workspace.scan();
    stages.push(stageMemory('indexed'));
    await publisher.publishAllSliced();
    stages.push(stageMemory('evaluated and published'));
    return { stages, files: workspace.index.size, sentBytes };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** `node --expose-gc --import tsx bench/serverMemory.ts [institutions]`. */
if (require.main === module) {
  void measure(Number(process.argv[2] ?? 300)).then(({ stages, files, sentBytes }) => {
    const round = (value: number): number => Math.round(value);
    for (const stage of stages)
      process.stdout.write(`${stage.stage.padEnd(24)} peak ${round(stage.peakRss)} MB, rss ${round(stage.rss)}, heap ${round(stage.heapTotal)} (used ${round(stage.heapUsed)})\n`);
    process.stdout.write(`${files} files, ${(sentBytes / MB).toFixed(1)} MB of diagnostics sent\n`);
  });
}
