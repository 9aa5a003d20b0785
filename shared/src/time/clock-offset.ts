/** One round trip of `clock:sync`: client wall clock at send and receive, server time in between. */
export interface ClockSample {
  sentAt: number;
  serverTime: number;
  receivedAt: number;
}

/**
 * How far the server's clock is ahead of this device's (ms), NTP-style: assume the server answered
 * half-way through the round trip, and trust the sample with the shortest round trip most, since it
 * has the least room for asymmetric delay. A TV whose clock is hours off still schedules correctly by
 * adding this offset to its own clock.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): { offsetMs: number; rttMs: number } | null {
  let best: { offsetMs: number; rttMs: number } | null = null;
  for (const s of samples) {
    const rttMs = s.receivedAt - s.sentAt;
    if (rttMs < 0) continue; // the wall clock jumped during the round trip: the sample means nothing
    const offsetMs = s.serverTime - (s.sentAt + rttMs / 2);
    if (!best || rttMs < best.rttMs) best = { offsetMs, rttMs };
  }
  return best;
}
