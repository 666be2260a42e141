import type { AnalysisStore } from '../model/analysis';
import { fileResources } from '../model/fileResources';
import { analyzeCsv, isDataFileAnalysis, type DataFileAnalysis } from './csvAnalysis';
import { checkCsvStream } from './csvCheck';
import { DEFAULT_MAX_DATA_FILE_MB } from './dataLimits';
import { isWithin } from '../files/within';
import { dataCandidates, TABULAR_DELIMITERS, tabularFormat, type DataRoot } from './dataLocation';
import type { LocalDataTarget, LocalDataView } from '../model/localDataView';

/** Where the data files' analyses are kept: a workspace's index, or one split by institution. */
export type DataIndex = AnalysisStore;

/** File access for the local data checks, given by the command line or the server (the core reads nothing itself). */
export interface DataReader {
  /** Size and modification time of a regular file; undefined when there is none. */
  stat(id: string): Promise<{ size: number; modified: number } | undefined>;
  /** The file's bytes in chunks, read as they are consumed. */
  open(id: string): AsyncIterable<Uint8Array>;
  /** The id with every link resolved (in the same form); undefined when it cannot be resolved. */
  realpath(id: string): Promise<string | undefined>;
}

/**
 * The workspace's local data files: finds the file behind each tabular resource (a relative
 * `downloadURL` or a mapped URL prefix), checks it as a stream, and keeps its analysis in the
 * workspace index as a file of kind `csv`. A file is read again only when its size or
 * modification time changed.
 */
export class LocalData implements LocalDataView {
  private links = new Map<string, LocalDataTarget>();
  /** See `LocalDataView.version`: bumped whenever `links` answers differently. */
  version = 0;
  /** The version at which each metadata file's links last answered differently (see `versionOf`). */
  private readonly changedAt = new Map<string, number>();
  private readonly checked = new Map<string, { stamp: string; analysis: DataFileAnalysis }>();
  private queued: Promise<boolean> | undefined;
  private last: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly reader: DataReader,
    private roots: readonly DataRoot[],
    private maxBytes = DEFAULT_MAX_DATA_FILE_MB * 1024 * 1024,
  ) {}

  /** Changes the workspace folders, their mappings or the size limit; the next sync applies them. */
  setRoots(roots: readonly DataRoot[], maxBytes = this.maxBytes): void {
    this.roots = roots;
    this.maxBytes = maxBytes;
  }

  target(metadataId: string, downloadURL: string): LocalDataTarget | undefined {
    return this.links.get(linkKey(metadataId, downloadURL.trim()));
  }

  /**
   * The version of the links of some metadata files only: it moves when one of theirs answers
   * differently, not when another file's does. A workspace of many institutions gives each its own
   * (a data file changed in one does not make the rules of the 299 others check every dataset again).
   */
  versionOf(metadataIds: Iterable<string>): number {
    let version = 0;
    for (const id of metadataIds) version = Math.max(version, this.changedAt.get(id) ?? 0);
    return version;
  }

  /**
   * Brings the index's data files up to date with its metadata: checks new or changed files and
   * drops those no resource points at. Resolves to whether anything a rule sees changed. Calls made
   * while one is waiting to start share it; a running one is never interrupted.
   */
  sync(index: DataIndex): Promise<boolean> {
    if (this.queued) return this.queued;
    const next = this.last.then(() => {
      this.queued = undefined;
      return this.run(index);
    });
    this.queued = next;
    this.last = next.catch(() => false);
    return next;
  }

  /**
   * `sync` for the resources of some metadata files only (`metadataIds`): their links and data
   * files are brought up to date, every other file's stay as they are, and no data file is dropped
   * (a full `sync` does that). The server indexing a national workspace checks each institution's
   * data files as soon as its files are read, so that it can be evaluated at once.
   */
  syncFiles(index: DataIndex, metadataIds: ReadonlySet<string>): Promise<boolean> {
    const next = this.last.then(() => this.run(index, metadataIds));
    this.last = next.catch(() => false);
    return next;
  }

  /**
   * Whether a data file, every link resolved, lies inside a workspace folder (whose links are
   * resolved too). Comparing path text is not enough: a file link, a folder link or a mapping through
   * a folder link would read files elsewhere, and their cells would appear in diagnostics.
   */
  private async insideRoots(id: string, realRoots: ReadonlyArray<string | undefined>): Promise<boolean> {
    const real = await this.reader.realpath(id).catch(() => undefined);
    if (real === undefined) return false;
    return realRoots.some((root) => root !== undefined && isWithin(root, real));
  }

  /** See `sync`; with `only`, see `syncFiles`. */
  private async run(index: DataIndex, only?: ReadonlySet<string>): Promise<boolean> {
    const stats = new Map<string, Promise<{ size: number; modified: number } | undefined>>();
    const stat = (id: string) => {
      let pending = stats.get(id);
      if (!pending) {
        pending = this.reader.stat(id).catch(() => undefined);
        stats.set(id, pending);
      }
      return pending;
    };
    const realRoots = await Promise.all(this.roots.map((root) => this.reader.realpath(root.id)));
    // A partial run keeps every other file's links as they are.
    const links = new Map<string, LocalDataTarget>(only === undefined ? [] : [...this.links].filter(([key]) => !only.has(metadataIdOf(key))));
    const wanted = new Map<string, { delimiter: string | undefined; size: number; modified: number }>();
    for (const file of index.all()) {
      if (only !== undefined && !only.has(file.id)) continue;
      for (const resource of fileResources(file)) {
        const url = resource.downloadURL?.trim();
        if (!url) continue;
        const format = tabularFormat(resource.mediaType, url);
        if (!format) continue;
        const candidates = dataCandidates(file.id, url, this.roots);
        if (candidates.length === 0) continue;
        let target: LocalDataTarget | undefined;
        for (const candidate of candidates) {
          const found = await stat(candidate.id);
          if (!found) continue;
          // The path is inside a workspace folder; through a link its file may not be.
          if (this.roots.length > 0 && !(await this.insideRoots(candidate.id, realRoots))) {
            target = { ...candidate, found: false, refused: 'fuera-del-espacio' };
            break;
          }
          if (found.size > this.maxBytes) {
            target = { ...candidate, found: false, refused: 'demasiado-grande', size: found.size, limit: this.maxBytes };
            break;
          }
          target = { ...candidate, found: true };
          wanted.set(candidate.id, { delimiter: TABULAR_DELIMITERS[format], ...found });
          break;
        }
        links.set(linkKey(file.id, url), target ?? { ...candidates[0]!, found: false });
      }
    }

    const moved = metadataWithOtherLinks(this.links, links);
    let changed = moved.size > 0;
    this.links = links;
    // Rules keep their results while the version stays: a sync that found the same files (a
    // keystroke in a download URL starts one) must not make them check every dataset again.
    if (changed) this.version++;
    for (const id of moved) this.changedAt.set(id, this.version);
    for (const [id, { delimiter, size, modified }] of wanted) {
      const stamp = `${size}:${modified}:${delimiter ?? ''}`;
      const cached = this.checked.get(id);
      if (cached?.stamp === stamp) {
        if (index.get(id) !== cached.analysis) {
          index.set(cached.analysis);
          changed = true;
        }
        continue;
      }
      let analysis: DataFileAnalysis;
      try {
        // The file checked is the one found inside the workspace: its real path, not the link to it.
        const real = await this.reader.realpath(id);
        if (real === undefined) continue;
        analysis = analyzeCsv(id, await checkCsvStream(this.reader.open(real), { delimiter }));
      } catch {
        // Unreadable now (locked, vanished mid-read): leave it out; the next sync tries again.
        continue;
      }
      this.checked.set(id, { stamp, analysis });
      index.set(analysis);
      changed = true;
    }
    // Only a full run knows which data files no resource points at any more.
    for (const id of only === undefined ? [...this.checked.keys()] : []) {
      if (wanted.has(id)) continue;
      this.checked.delete(id);
      const indexed = index.get(id);
      if (indexed && isDataFileAnalysis(indexed)) {
        index.delete(id);
        changed = true;
      }
    }
    return changed;
  }
}

function linkKey(metadataId: string, downloadURL: string): string {
  return `${metadataId}\n${downloadURL}`;
}

/** The metadata files (by id) whose links answer differently in `after` than in `before`. */
function metadataWithOtherLinks(before: ReadonlyMap<string, LocalDataTarget>, after: ReadonlyMap<string, LocalDataTarget>): Set<string> {
  const moved = new Set<string>();
  for (const [key, target] of before) if (!sameTarget(target, after.get(key))) moved.add(metadataIdOf(key));
  for (const key of after.keys()) if (!before.has(key)) moved.add(metadataIdOf(key));
  return moved;
}

function metadataIdOf(key: string): string {
  return key.slice(0, key.indexOf('\n'));
}

function sameTarget(target: LocalDataTarget, other: LocalDataTarget | undefined): boolean {
  return (
    other !== undefined &&
    other.id === target.id &&
    other.found === target.found &&
    other.via === target.via &&
    other.refused === target.refused &&
    other.size === target.size &&
    other.limit === target.limit
  );
}
