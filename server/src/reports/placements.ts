import type { Store } from '../store/store';

/** A screen's move between centres: where it stood until `at`. */
interface Move {
  at: string;
  from: string;
}

/**
 * Where each screen stood over time, so a report counts a showing at the centre the screen was in when
 * it showed it, not where it stands now: a screen moved mid-quarter takes none of its old centre's
 * showings along. The devices table keeps only the present centre; the audit log keeps every move
 * (`device.update` with the centre before and after), and is never pruned.
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

const centreOf = (v: unknown) => (v && typeof v === 'object' && 'centreId' in v && typeof v.centreId === 'string' ? v.centreId : null);

/** The moves made since `since` (a report's first instant): earlier ones cannot change where its showings belong. */
export async function placementsSince(store: Store, since: string): Promise<Placements> {
  const moves = new Map<string, Move[]>();
  for (const e of await store.audit.query({ action: 'device.update', from: since, limit: Number.MAX_SAFE_INTEGER })) {
    const [from, to] = [centreOf(e.before), centreOf(e.after)];
    if (!from || !to || from === to) continue;
    const list = moves.get(e.subject) ?? [];
    list.push({ at: e.at, from });
    moves.set(e.subject, list);
  }
  for (const list of moves.values()) list.sort((a, b) => a.at.localeCompare(b.at));
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
