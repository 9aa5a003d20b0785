/**
 * The server's bounds on one device and one network (server/src/security/limits.ts, LIMITS in the
 * README) are sized for a centre: tens of screens behind one address, each sending a few messages a
 * minute. A benchmark connects thousands of screens from 127.0.0.1, and drives four screens at a
 * province's ingest rate: these lift the bounds so it measures the server, not its refusals.
 */
export const BENCH_LIMITS = JSON.stringify({
  device: { eventsPerWindow: 1e9, rowsPerWindow: 1e9, connectsPerWindow: 1e6, inFlightPerSocket: 1e6 },
  sockets: { handshakesPerNetwork: 1e9 },
});
