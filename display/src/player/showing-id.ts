import { v7 } from 'uuid';

/**
 * The id a screen gives a showing: a UUIDv7 (RFC 9562), whose first 48 bits are the time it was made,
 * so ids arrive at the server in about the order they sort. The server keeps every id in a unique index
 * (a re-sent showing is stored once). Random v4 ids land on a random leaf each, so past 100,000 rows
 * a batch of 500 dirtied ~500 index pages: measured through the store, every 100,000 showings wrote
 * 0.5–1.0 GB (WAL, then checkpoint) and took 4.0–4.6 CPU-s; with v7 ids, which go to the index's right
 * edge, 73 MB and 2.5 CPU-s (BENCHMARKS.md, 2026-12-03). A player still sending v4 is served the same.
 */
export const newShowingId = (nowMs = Date.now()): string => v7({ msecs: nowMs });
