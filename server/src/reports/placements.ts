import { readMoves } from '../devices/moves';
import type { Store } from '../store/store';

/** A screen's move between centres: where it stood until `at`. */
interface Move {
  at: string;
  from: string;
}

/**
 * Where each screen stood over time, so a report counts a showing at the centre the screen was in when
 * it showed it, not where it stands now: a screen moved mid-quarter takes none of its old centre's
 * showings along (the moves come from the audit log, devices/moves.ts).
 */
export interface Placements {
  /** The centre the screen stood in at `at` (UTC ISO), given where it stands now. */
  centreAt(deviceId: string, current: string, at: string): string;
  /** Every centre the screen stood in from `since` on (with the present one). */
  centresSince(deviceId: string, current: string): Set<string>;
  /** When the screen moved between `from` and `to` (UTC ISO). */
  movesWithin(deviceId: string, from: string, to: string): string[];
  /** The last centre the screen stood in before `before` among those `wanted`; null if none. */
  lastIn(deviceId: string, current: string, before: string, wanted: (centreId: string) => boolean): string | null;
}

/** The moves made since `since` (a report's first instant): earlier ones cannot change where its showings belong. */
export async function placementsSince(store: Store, since: string): Promise<Placements> {
  const moves = new Map<string, Move[]>();
  for (const m of await readMoves(store, { since })) {
    // A move within its centre (another group) does not change which report its showings belong to.
    if (m.before.centreId === m.after.centreId) continue;
    const list = moves.get(m.deviceId) ?? [];
    list.push({ at: m.at, from: m.before.centreId });
    moves.set(m.deviceId, list);
  }
  return {
    // Before the first move after `at`, the screen stood where that move took it from.
    centreAt: (id, current, at) => moves.get(id)?.find((m) => m.at > at)?.from ?? current,
    centresSince: (id, current) => new Set([current, ...(moves.get(id) ?? []).map((m) => m.from)]),
    movesWithin: (id, from, to) => (moves.get(id) ?? []).filter((m) => m.at >= from && m.at < to).map((m) => m.at),
    lastIn: (id, current, before, wanted) => {
      const list = moves.get(id) ?? [];
      // Each stay runs from the move before it (or ever) to the move after it (or now).
      const stays = [...list.map((m, i) => ({ centre: m.from, since: list[i - 1]?.at ?? '' })), { centre: current, since: list.at(-1)?.at ?? '' }];
      return stays.filter((x) => x.since < before && wanted(x.centre)).at(-1)?.centre ?? null;
    },
  };
}
