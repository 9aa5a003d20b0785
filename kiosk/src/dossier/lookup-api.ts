import { dossierCodeKey } from '@hcc/shared/dossiers/code';
import { DOSSIER_PATHS, type DossierLookupAnswer, DossierLookupAnswerSchema } from '@hcc/shared/schemas/dossier';
import { kioskAuth } from '../device';

/** What a look-up can end in, besides the server's answer: each has its own friendly words. */
export type LookupOutcome = { kind: 'answer'; answer: DossierLookupAnswer } | { kind: 'not-a-code' } | { kind: 'offline' } | { kind: 'busy' } | { kind: 'unavailable' };

/**
 * Asks the server about a dossier code as the citizen gave it (typed, scanned, or a whole look-up URL
 * from a receipt's QR). Input that cannot be a code is answered here, without a request; the paired
 * kiosk sends its token, so its look-ups are counted and rate-limited as the kiosk's, not the hall's address.
 */
export async function lookUpDossier(raw: string, centreId: string | null): Promise<LookupOutcome> {
  if (!dossierCodeKey(raw)) return { kind: 'not-a-code' };
  const q = new URLSearchParams({ code: raw.trim().slice(0, 300) });
  if (centreId) q.set('centre', centreId);
  const res = await fetch(`${DOSSIER_PATHS.lookup}?${q}`, { headers: kioskAuth() }).catch(() => null);
  if (!res) return { kind: 'offline' };
  if (res.status === 429) return { kind: 'busy' };
  if (!res.ok) return { kind: 'unavailable' };
  const parsed = DossierLookupAnswerSchema.safeParse(await res.json().catch(() => null));
  return parsed.success ? { kind: 'answer', answer: parsed.data } : { kind: 'unavailable' };
}

/** The phone's address for the look-up (the QR the kiosk and the TV show). */
export const phoneLookupUrl = (origin: string, centreId: string | null): string => `${origin}/kiosk/?hoso=1${centreId ? `&centre=${encodeURIComponent(centreId)}` : ''}`;
