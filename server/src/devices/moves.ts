import type { Store } from '../store/store';

/** Where a device stands: its centre and its group within it. */
export interface Place {
  centreId: string;
  group: string | null;
}

/** A device moved to another centre or group at `at` (UTC ISO), from `before` to `after`. */
export interface Move {
  deviceId: string;
  at: string;
  before: Place;
  after: Place;
}

const placeOf = (v: unknown): Place | null =>
  v && typeof v === 'object' && 'centreId' in v && typeof v.centreId === 'string' ? { centreId: v.centreId, group: 'group' in v && typeof v.group === 'string' ? v.group : null } : null;

/**
 * The moves of one device, or of every device since an instant, oldest first. The devices table keeps
 * only the present place; the audit log keeps each `device.update` with the place before and after,
 * and is never pruned.
 */
export async function readMoves(store: Store, of: { deviceId: string } | { since: string }): Promise<Move[]> {
  const entries = await store.audit.query({
    action: 'device.update',
    ...('deviceId' in of ? { subject: of.deviceId } : { from: of.since }),
    limit: Number.MAX_SAFE_INTEGER,
  });
  const moves: Move[] = [];
  for (const e of entries) {
    const [before, after] = [placeOf(e.before), placeOf(e.after)];
    if (before && after && (before.centreId !== after.centreId || before.group !== after.group)) moves.push({ deviceId: e.subject, at: e.at, before, after });
  }
  return moves.sort((a, b) => a.at.localeCompare(b.at));
}
