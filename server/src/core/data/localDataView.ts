/** Where the local copy of a resource's data was found by the last local data check. */
export interface LocalDataTarget {
  /** The data file's id, in the same form as the metadata file's (a path or a file URI). */
  id: string;
  /** False when a relative `downloadURL` points at no file. */
  found: boolean;
  /** How it was located: a path relative to the metadata file, or a URL prefix mapped to a folder. */
  via: 'relative' | 'mapping';
}

/**
 * What the rules may ask about local data files. Undefined for a resource whose file has not been
 * looked for (not tabular, not local, or the asynchronous check has not reached it yet), so a rule
 * never reports a file as missing before it was looked for.
 */
export interface LocalDataView {
  target(metadataId: string, downloadURL: string): LocalDataTarget | undefined;
  /** Changes whenever `target` may answer differently, so rule results can be reused until it does. */
  readonly version?: number;
}
