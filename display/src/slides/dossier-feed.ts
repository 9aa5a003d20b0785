import { DOSSIER_PATHS, type DossierReadyList, DossierReadyListSchema, type DossierResults, DossierResultsSchema, DossierScreenUpdateSchema } from '@hcc/shared/schemas/dossier';
import { screenCentre } from './survey-results';

/** What the console's preview says in place of a dossier slide a TV would pass over (no data, or a stale feed). */
export const HIDDEN_NOTE = 'Chưa có dữ liệu mới: trên màn hình chờ, trang này tự ẩn.';

/** Fired with the centre's new ready list when the server says its dossiers changed (`dossiers:updated`). */
export const DOSSIERS_UPDATED = 'hcc:dossiers-updated';

/** Hands a socket push to the slide on air; a payload this player cannot parse is dropped. */
export function announceDossiers(payload: unknown): void {
  const parsed = DossierScreenUpdateSchema.safeParse(payload);
  if (parsed.success) window.dispatchEvent(new CustomEvent<DossierReadyList>(DOSSIERS_UPDATED, { detail: parsed.data.ready }));
}

/** The paired screen's token: the ready list is served to the centre's own screens and to signed-in staff only. */
let deviceToken: string | null = null;
export const setDossierDevice = (token: string | null) => {
  deviceToken = token;
};

/** `centre` for the console's preview of a playlist; the TV asks for its own centre. */
async function load<T>(path: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, centre: string | null): Promise<T | null> {
  const id = centre ?? screenCentre();
  if (!id) return null;
  // The console's preview goes with the staff session cookie instead.
  const res = await fetch(`${path}?centre=${encodeURIComponent(id)}`, { headers: deviceToken ? { Authorization: `Bearer ${deviceToken}` } : {} }).catch(() => null);
  if (!res?.ok) return null;
  const parsed = schema.safeParse(await res.json().catch(() => null));
  return parsed.success ? parsed.data : null;
}

export const loadReadyList = (centre: string | null = null) => load<DossierReadyList>(DOSSIER_PATHS.ready, DossierReadyListSchema, centre);
export const loadDossierResults = (centre: string | null = null) => load<DossierResults>(DOSSIER_PATHS.results, DossierResultsSchema, centre);

/** The phone's dossier look-up for this screen's centre (the QR on the ready-list slide). */
export const phoneLookupLink = (centre: string | null = null): string | null => {
  const id = centre ?? screenCentre();
  return id ? `${location.origin}/kiosk/?hoso=1&centre=${encodeURIComponent(id)}` : null;
};
