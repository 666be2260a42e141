/**
 * The V8 options of the language server's Node process: the desktop client starts it with them,
 * and the benchmarks start it the same way, so that they measure what users run.
 *
 * `--max-semi-space-size=32` (the default is 16 MB): indexing a workspace parses every file, and
 * each file's short-lived YAML document outgrew the young generation and was copied into the old
 * one, which then grew to about twice what the server keeps before a full collection. With twice
 * the room they die young. Measured on the national tree (300 institutions, 600 files;
 * `bench/nationalServer.ts`): peak memory 592 → 425–446 MB, indexing no slower (11.0–11.4 s
 * against 11.3–11.7 s).
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=32'];
