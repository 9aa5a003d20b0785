import { type Emergency, EmergencySchema } from '@hcc/shared/schemas/emergency';
import * as z from 'zod/mini';
import { kvGet, kvSet } from './idb';

const KEY = 'lastEmergencies';
const CachedSchema = z.array(EmergencySchema);

/**
 * The emergency messages last heard, so a TV that restarts while the server is down (a power cut
 * restarts the router too) shows them again, as it would have kept showing them had it stayed on:
 * each still ends at its own expiry.
 */
export async function loadCachedEmergencies(nowMs: number): Promise<Emergency[]> {
  try {
    // Those already over are left out here: until the centre is known the list is shown unfiltered.
    return (CachedSchema.safeParse(await kvGet(KEY)).data ?? []).filter((e) => Date.parse(e.expiresAt) > nowMs);
  } catch {
    return [];
  }
}

export function saveCachedEmergencies(list: Emergency[]): void {
  // Failing to cache must not stop the message: it still shows from memory.
  kvSet(KEY, list).catch(() => undefined);
}
