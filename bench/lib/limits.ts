/**
 * The server's bounds on one device and one network (server/src/security/limits.ts, LIMITS in the
 * README) are sized for a centre and a province. A benchmark holds them where it measures what a
 * deployment does, and lifts only what one machine cannot look like: thousands of screens connecting
 * from 127.0.0.1 round after round (one network, where a province has many), and four screens sending
 * a province's ingest.
 */

/** Fan-out: every screen's messages pass the per-device bounds as in service; only the one network's handshakes are lifted. */
export const FLEET_LIMITS = JSON.stringify({ sockets: { handshakesPerNetwork: 1e9 } });

/** Ingest: four screens send what a province's hundreds would. */
export const INGEST_LIMITS = JSON.stringify({
  device: { eventsPerWindow: 1e9, rowsPerWindow: 1e9, connectsPerWindow: 1e6, inFlightPerSocket: 1e6 },
  sockets: { handshakesPerNetwork: 1e9 },
});
