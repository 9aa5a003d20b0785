/**
 * The id a screen gives a showing: a UUIDv7 (RFC 9562), whose first 48 bits are the time it was made,
 * so ids arrive at the server in about the order they sort. The server keeps every id in a unique index
 * (a re-sent showing is stored once). Random v4 ids land on a random leaf each, so past 100,000 rows
 * a batch of 500 dirtied ~500 index pages: measured through the store, every 100,000 showings wrote
 * 0.5–1.0 GB (WAL, then checkpoint) and took 4.0–4.6 CPU-s; with v7 ids, which go to the index's right
 * edge, 73 MB and 2.5 CPU-s (BENCHMARKS.md, 2026-12-03). A player still sending v4 is served the same.
 * Written out rather than taken from `uuid`: its v7 is 0.64 KB gzipped, over the player's 60 KB budget.
 */
export function newShowingId(nowMs = Date.now()): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  for (let i = 5, t = nowMs; i >= 0; i -= 1, t = Math.floor(t / 256)) b[i] = t % 256;
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x70;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
