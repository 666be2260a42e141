/** Where the local copy of a resource's data was found by the last local data check. */
export interface LocalDataTarget {
  /** The data file's id, in the same form as the metadata file's (a path or a file URI). */
  id: string;
  /** False when a relative `downloadURL` points at no file. */
  found: boolean;
  /** How it was located: a path relative to the metadata file, or a URL prefix mapped to a folder. */
  via: 'relative' | 'mapping';
  /**
   * Why a file that is there was not read: through a link it lies outside the workspace folders, or
   * it is larger than the data size limit (`size` and `limit` in bytes).
   */
  refused?: 'fuera-del-espacio' | 'demasiado-grande';
  size?: number;
  limit?: number;
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
