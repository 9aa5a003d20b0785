import { dossierCodeKey } from '@hcc/shared/dossiers/code';
import { dossierApi } from '@hcc/shared/api/dossiers';
import type { DossierLookupAnswer } from '@hcc/shared/schemas/dossier';
import { attempt } from '../api';
import { loadKioskCredentials } from '../device';

/** What a look-up can end in, besides the server's answer: each has its own friendly words. */
export type LookupOutcome = { kind: 'answer'; answer: DossierLookupAnswer } | { kind: 'not-a-code' } | { kind: 'offline' } | { kind: 'busy' } | { kind: 'unavailable' };

/**
 * Asks the server about a dossier code as the citizen gave it (typed, scanned, or a whole look-up URL
 * from a receipt's QR). Input that cannot be a code is answered here, without a request; the paired
 * kiosk sends its token, so its look-ups are counted and rate-limited as the kiosk's, not the hall's address.
 */
export async function lookUpDossier(raw: string, centreId: string | null): Promise<LookupOutcome> {
  if (!dossierCodeKey(raw)) return { kind: 'not-a-code' };
  const token = loadKioskCredentials()?.token;
  const r = await attempt(dossierApi.lookup, { query: { code: raw.trim().slice(0, 300), ...(centreId ? { centre: centreId } : {}) } }, token ? { token } : {});
  if (r.ok) return { kind: 'answer', answer: r.data };
  if (r.status === null) return { kind: 'offline' };
  return r.status === 429 ? { kind: 'busy' } : { kind: 'unavailable' };
}

/** The phone's address for the look-up (the QR the kiosk and the TV show). */
export const phoneLookupUrl = (origin: string, centreId: string | null): string => `${origin}/kiosk/?hoso=1${centreId ? `&centre=${encodeURIComponent(centreId)}` : ''}`;
