import { pathToFileURL } from 'node:url';
import type { FileAnalysis } from '../core/check/analyzeFile';
import type { WorkspaceIndex } from '../core/check/workspaceIndex';
import { LocalData } from '../core/data/localData';
import type { LocalDataView } from '../core/data/localDataView';
import { nodeDataReader } from '../nodeDataReader';

/** Data files the server checks when a resource points at them (the watcher reports their changes). */
const DATA_FILE = /\.(csv|tsv|psv)$/i;

/**
 * Keeps the server's local data checks in step with the workspace, never blocking a request: when
 * the resources of the metadata change (or the settings do), the data files are found and streamed
 * in the background, and `onChange` is called once the index holds their new analyses.
 */
export class LocalDataSync {
  private readonly localData = new LocalData(nodeDataReader, []);
  /** The resources each metadata file had at the last look, to notice when they change. */
  private readonly seen = new Map<string, { analysis: FileAnalysis; resources: string }>();
  private pending = true;
  /** Called when a background check changed what the rules see; the server publishes again. */
  onChange: () => void = () => {};

  constructor(private readonly index: WorkspaceIndex) {}

  /** What the rules are given: where each resource's local file is. */
  get view(): LocalDataView {
    return this.localData;
  }

  /** The workspace folders and the `guia.dataMappings` setting; the next look checks again. */
  configure(folders: readonly string[], mappings: Readonly<Record<string, string>>): void {
    this.localData.setRoots(folders.map((folder) => ({ id: pathToFileURL(folder).href, mappings })));
    this.pending = true;
  }

  /**
   * Called on every evaluation: compares each metadata file's resources with the last look (only
   * for files whose analysis changed) and starts a background check if any differ.
   */
  noticeChanges(): void {
    let changed = this.pending;
    const present = new Set<string>();
    for (const file of this.index.all()) {
      if (file.kind === 'csv') continue;
      present.add(file.id);
      const last = this.seen.get(file.id);
      if (last?.analysis === file) continue;
      const resources = file.datasets.flatMap((dataset) => dataset.distributions.map((resource) => `${resource.downloadURL ?? ''}\u0000${resource.mediaType ?? ''}`)).join('\n');
      if (last?.resources !== resources) changed = true;
      this.seen.set(file.id, { analysis: file, resources });
    }
    for (const id of [...this.seen.keys()]) {
      if (present.has(id)) continue;
      this.seen.delete(id);
      changed = true;
    }
    if (!changed) return;
    this.pending = false;
    void this.sync().then((different) => {
      if (different) this.onChange();
    });
  }

  isDataFile(uri: string): boolean {
    return DATA_FILE.test(uri);
  }

  /** Checks the data files again now (one changed on disk); resolves to whether anything changed. */
  sync(): Promise<boolean> {
    return this.localData.sync(this.index).catch(() => false);
  }
}
