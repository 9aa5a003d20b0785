/**
 * A query's answer the page can wait for inside the tap's own handler, through memory it shares with the
 * search worker.
 *
 * Why: a tap is handled at the start of a frame, and the frame is painted as soon as the handler returns.
 * An answer posted back by the worker (1–3 ms later) always missed that frame and waited for the next
 * vsync: results came one frame (16.7 ms) after the letter would have (BENCHMARKS.md, "kiosk keystroke →
 * painted frame: where the 50 ms comes from"). Searching on the page's thread instead would bring the
 * engine and the index build (a 760 ms task) back to the page's start-up. So the index stays in the worker,
 * and the page waits a few milliseconds for its answer here, bounded: a worker busy indexing a new
 * catalogue, or slower than the bound, answers by message as before.
 *
 * Shared memory needs the page to be cross-origin isolated (the server sends the kiosk COOP and COEP);
 * without it `answerBuffer` is null and every answer comes by message.
 */

/** Int32 slots before the bytes: the number of the question whose answer the bytes hold (plus one), its length. */
const HEAD = 2;
/** Twenty hits of four short fields are 3–6 KB of JSON; an answer that does not fit comes by message only. */
const ANSWER_BYTES = 64 * 1024;

/** The memory to share with the worker, or null where the page may not share memory. */
export function answerBuffer(): SharedArrayBuffer | null {
  return globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(HEAD * 4 + ANSWER_BYTES) : null;
}

/** The worker's side: puts the answer to question `id` where the page waits for it. */
export function shareAnswer(buffer: SharedArrayBuffer, id: number, answer: unknown): void {
  // TextEncoder refuses shared memory: encode, then copy.
  const bytes = new TextEncoder().encode(JSON.stringify(answer));
  if (bytes.length > buffer.byteLength - HEAD * 4) return;
  new Uint8Array(buffer, HEAD * 4, bytes.length).set(bytes);
  const head = new Int32Array(buffer, 0, HEAD);
  Atomics.store(head, 1, bytes.length);
  // Stored last: once the page reads this number, the bytes before it are that answer's.
  Atomics.store(head, 0, id + 1);
}

/**
 * The page's side: waits up to `withinMs` for the answer to question `id`; undefined if it is not there by
 * then. The page's thread spins meanwhile (it may not block on Atomics.wait), which is the point: the
 * frame waits for its results. The worker answers in order and the page asks its next question only
 * after this returns, so the bytes cannot change while they are read.
 */
export function takeAnswer<T>(buffer: SharedArrayBuffer, id: number, withinMs: number): T | undefined {
  const head = new Int32Array(buffer, 0, HEAD);
  const until = performance.now() + withinMs;
  while (Atomics.load(head, 0) !== id + 1) if (performance.now() > until) return undefined;
  // TextDecoder refuses shared memory too: slice copies the bytes out.
  return JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, HEAD * 4, Atomics.load(head, 1)).slice())) as T;
}
