/**
 * Data files larger than this are not read, by default (`guia.maxDataFileSizeMB`). Apart from the
 * local data checks, so that the settings (which the client reads too) do not take them along.
 */
export const DEFAULT_MAX_DATA_FILE_MB = 100;
