import type { FileAnalysis } from '../core/check/analyzeFile';
import { LocalData, type DataIndex, type DataReader } from '../core/data/localData';
import type { LocalDataView } from '../core/model/localDataView';

/** Data files the server checks when a resource points at them (the watcher reports their changes). */
const DATA_FILE = /\.(csv|tsv|psv)$/i;

/**
 * Keeps the server's local data checks in step with the workspace, never blocking a request: when
 * the resources of the metadata change (or the settings do), the data files are found and streamed
 * in the background, and `onChange` is called once the index holds their new analyses.
 */
export class LocalDataSync {
  private readonly localData: LocalData;
  /** Each metadata file's analysis at the last look, to notice when its resources change. */
  private readonly seen = new Map<string, FileAnalysis>();
  private pending = true;
  /** Called when a background check changed what the rules see; the server publishes again. */
  onChange: () => void = () => {};

  constructor(
    private readonly index: DataIndex,
    reader: DataReader,
  ) {
    this.localData = new LocalData(reader, []);
  }

  /** What the rules are given: where each resource's local file is. */
  get view(): LocalDataView {
    return this.localData;
  }

  /**
   * What the rules of one institution (starting at `root`, holding `files`) are given: the answers
   * of `view`, with a version that moves only when the links of its own files change (see
   * `LocalData.versionOf`), so a data file changed in one institution does not make every other
   * one be evaluated again. The same object while that version stays.
   */
  viewFor(root: string, files: readonly FileAnalysis[]): LocalDataView {
    const version = this.localData.versionOf(files.map((file) => file.id));
    let view = this.views.get(root);
    if (view?.version !== version) {
      const localData = this.localData;
      view = { target: (metadataId, downloadURL) => localData.target(metadataId, downloadURL), version };
      this.views.set(root, view);
    }
    return view;
  }

  /** Each institution's view (see `viewFor`), by its root. */
  private readonly views = new Map<string, LocalDataView>();

  /** The workspace folders (by URI), each with its own `guia.dataMappings`, and the data size limit; the next look checks again. */
  configure(folders: ReadonlyArray<{ folder: string; mappings: Readonly<Record<string, string>> }>, maxDataFileSizeMB: number): void {
    this.localData.setRoots(
      folders.map(({ folder, mappings }) => ({ id: folder, mappings })),
      maxDataFileSizeMB * 1024 * 1024,
    );
    this.pending = true;
  }

  /**
   * Called on every evaluation: compares each metadata file's resources with the last look (only
   * for files whose analysis changed) and starts a background check if any differ.
   */
  noticeChanges(): void {
    if (!this.look()) return;
    void this.sync().then((different) => {
      if (different) this.onChange();
    });
  }

  /**
   * Looks at every metadata file's resources now and waits for their data files' checks. Done at the
   * end of indexing, so that the evaluation that follows sees them: otherwise a workspace whose
   * resources point at local files is evaluated twice over, before the checks and after.
   */
  async settle(): Promise<void> {
    this.look();
    await this.sync();
  }

  /**
   * Checks now the data files the resources of some metadata files point at (see
   * `LocalData.syncFiles`); the indexing does it for each institution as soon as its files are read.
   */
  async settleFiles(metadataIds: ReadonlySet<string>): Promise<void> {
    await this.localData.syncFiles(this.index, metadataIds).catch(() => false);
  }

  /** Records each metadata file's analysis; says whether any file's resources differ from the last look. */
  private look(): boolean {
    let changed = this.pending;
    const present = new Set<string>();
    for (const file of this.index.all()) {
      if (file.kind === 'csv') continue;
      present.add(file.id);
      const last = this.seen.get(file.id);
      if (last === file) continue;
      if (last === undefined || !sameResources(last, file)) changed = true;
      this.seen.set(file.id, file);
    }
    for (const id of [...this.seen.keys()]) {
      if (present.has(id)) continue;
      this.seen.delete(id);
      changed = true;
    }
    this.pending = false;
    return changed;
  }

  isDataFile(uri: string): boolean {
    return DATA_FILE.test(uri);
  }

  /** Checks the data files again now (one changed on disk); resolves to whether anything changed. */
  sync(): Promise<boolean> {
    return this.localData.sync(this.index).catch(() => false);
  }
}

/**
 * Whether two analyses of a file list the same resources (download URL and media type, in order):
 * compared in place, since this runs on every keystroke in a catalog of thousands of datasets.
 */
function sameResources(a: FileAnalysis, b: FileAnalysis): boolean {
  if (a.datasets.length !== b.datasets.length) return false;
  for (let i = 0; i < a.datasets.length; i++) {
    const left = a.datasets[i]!.distributions;
    const right = b.datasets[i]!.distributions;
    if (left.length !== right.length) return false;
    for (let j = 0; j < left.length; j++) {
      if (left[j]!.downloadURL !== right[j]!.downloadURL || left[j]!.mediaType !== right[j]!.mediaType) return false;
    }
  }
  return true;
}
