import { createReadStream, promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DataReader } from './core/data/localData';

/** Chunk size for reading data files: big enough to be fast, small enough to keep the server responsive. */
const CHUNK_BYTES = 64 * 1024;

/** Reads local data files from disk for the core's checks; ids are paths or `file:` URIs. */
export const nodeDataReader: DataReader = {
  async stat(id) {
    try {
      const stat = await fs.stat(toPath(id));
      return stat.isFile() ? { size: stat.size, modified: stat.mtimeMs } : undefined;
    } catch {
      return undefined;
    }
  },
  open(id) {
    return createReadStream(toPath(id), { highWaterMark: CHUNK_BYTES });
  },
  async realpath(id) {
    try {
      const real = await fs.realpath(toPath(id));
      return id.startsWith('file:') ? pathToFileURL(real).href : real;
    } catch {
      return undefined;
    }
  },
};

function toPath(id: string): string {
  return id.startsWith('file:') ? fileURLToPath(id) : id;
}
