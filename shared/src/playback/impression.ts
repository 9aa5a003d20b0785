import type { Impression } from '../schemas/impression';

export interface Showing {
  id: string;
  deviceId: string;
  itemId: string;
  playlistId: string;
  playlistVersion: number;
  /** Device wall clock when the item appeared (ms since epoch). */
  startedWallMs: number;
  /** Monotonic clock (performance.now()) at start and end: immune to wall-clock jumps. */
  startedMono: number;
  endedMono: number;
  /** Server clock minus device clock, from clock:sync. */
  offsetMs: number;
  reason: Impression['reason'];
}

/**
 * Turn one showing into proof-of-play. The duration comes from the monotonic clock, so a TV whose wall
 * clock is corrected mid-item reports neither a negative nor an inflated duration; the start time is
 * moved onto the server's clock so reports line up across screens.
 */
export function toImpression(s: Showing): Impression {
  return {
    id: s.id,
    deviceId: s.deviceId,
    itemId: s.itemId,
    playlistId: s.playlistId,
    playlistVersion: s.playlistVersion,
    startedAt: new Date(s.startedWallMs + s.offsetMs).toISOString(),
    durationMs: Math.max(0, Math.min(24 * 3600_000, Math.round(s.endedMono - s.startedMono))),
    completed: s.reason === 'completed',
    reason: s.reason,
  };
}
