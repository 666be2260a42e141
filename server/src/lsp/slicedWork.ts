/**
 * How long the server works on a big document before it lets the requests that arrived meanwhile
 * (hover, completion, the outline of another file) be answered. Short enough that a person typing
 * elsewhere does not notice it even on a loaded machine; long enough that yielding costs little.
 */
export const SLICE_MS = 25;

/**
 * Runs `steps` (work done ahead, one small step each; see `DocumentAnalyzer.prepare`) in slices of
 * about `SLICE_MS`, answering what arrived between slices. Work that fits in one slice (a small
 * document, a keystroke) is done at once and gives true without waiting for a turn of the event
 * loop. Otherwise stops as soon as `stale` says the work is for a version of the document that a
 * newer one replaced, and then gives false; true when all is done.
 */
export function runSliced(steps: Iterable<void>, stale: () => boolean, sliceMs = SLICE_MS): true | Promise<boolean> {
  const iterator = steps[Symbol.iterator]();
  const start = performance.now();
  while (iterator.next().done !== true) {
    if (performance.now() - start >= sliceMs) return continueSliced(iterator, stale, sliceMs);
  }
  return true;
}

async function continueSliced(steps: Iterator<void>, stale: () => boolean, sliceMs: number): Promise<boolean> {
  for (;;) {
    await yieldToRequests();
    if (stale()) return false;
    const start = performance.now();
    do {
      if (steps.next().done === true) return true;
    } while (performance.now() - start < sliceMs);
  }
}

/**
 * Lets the messages that arrived while the server was busy be handled before it goes on. In Node,
 * the JSON-RPC layer dispatches what it read with `setImmediate`, queued after ours when the message
 * arrived while we worked: ours is queued once more, so it comes after them. Not a timer there: a
 * timer waits at least a millisecond, and a big document's open yields some 30 times. A browser's
 * worker (the web extension's server) has no `setImmediate`; there JSON-RPC dispatches in
 * microtasks, and a timer comes after them.
 */
export function yieldToRequests(): Promise<void> {
  if (typeof setImmediate !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
