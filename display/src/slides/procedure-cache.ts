import { procedureApi } from '@hcc/shared/api/procedures';
import type { Procedure } from '@hcc/shared/schemas/procedure';
import { request } from '../lib/api';

const cache = new Map<string, Promise<Procedure | null>>();
/** The same procedures once they have arrived, so a spotlight shown again renders in its first pass. */
const arrived = new Map<string, Procedure>();

export const cachedProcedure = (code: string): Procedure | undefined => arrived.get(code);

/** Spotlights fetch their procedure once per code; the service worker keeps a copy for offline starts. */
export function loadProcedure(code: string): Promise<Procedure | null> {
  let p = cache.get(code);
  if (!p) {
    // Unknown, refused or offline: the slide reports a failure and the next showing asks again.
    p = request(procedureApi.get, { params: { code } }).catch(() => null);
    p.then((v) => (v === null ? cache.delete(code) : arrived.set(code, v)));
    cache.set(code, p);
  }
  return p;
}

/** After a catalogue import the next showing fetches the procedure again. */
export function clearProcedureCache(): void {
  cache.clear();
  arrived.clear();
}

/** A procedure already in hand (the slide lab draws the whole catalogue without a server round trip per code). */
export function primeProcedure(p: Procedure): void {
  cache.set(p.code, Promise.resolve(p));
  arrived.set(p.code, p);
}
