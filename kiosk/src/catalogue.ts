import { buildSearchIndex, search, type SearchIndex, type SearchResult } from '@hcc/shared/search/engine';
import { compileLexicon } from '@hcc/shared/search/lexicon-compile';
import { type CatalogueIndex, CatalogueIndexSchema } from '@hcc/shared/schemas/usage';
import { CATALOGUE_CHANGED, loadKioskCredentials } from './device';

/**
 * The kiosk's own copy of the catalogue: searched in the browser as the citizen types, so a keystroke
 * costs no round trip and search keeps working when the network does not. The service worker keeps
 * the last copy; a fresh one is asked for every 15 seconds (a 304 when nothing changed).
 */
export interface LocalCatalogue {
  index: SearchIndex;
  data: CatalogueIndex;
  views: ReadonlyMap<string, number>;
}

const REFRESH_MS = 15_000;
/** The kiosk's centre: the one it is paired with, else the address's ?centre= (a phone, an unpaired page). */
export const centreParam = () => {
  const params = new URLSearchParams(location.search);
  const onPhone = params.get('survey') === '1' || params.get('hoso') === '1';
  return (onPhone ? null : loadKioskCredentials()?.centreId) ?? params.get('centre') ?? '';
};

async function fetchIndex(): Promise<{ data: CatalogueIndex; etag: string | null } | null> {
  const centre = centreParam();
  const res = await fetch(`/api/procedures/index${centre ? `?centre=${encodeURIComponent(centre)}` : ''}`);
  if (!res.ok) return null;
  const parsed = CatalogueIndexSchema.safeParse(await res.json());
  return parsed.success ? { data: parsed.data, etag: res.headers.get('etag') } : null;
}

/** Loads the catalogue, then calls back again whenever a newer one is published. */
export function watchCatalogue(onChange: (c: LocalCatalogue) => void): () => void {
  let etag: string | null | undefined;
  const load = async () => {
    const got = await fetchIndex().catch(() => null);
    if (!got || (etag !== undefined && got.etag === etag && got.etag !== null)) return;
    etag = got.etag;
    const start = performance.now();
    const index = buildSearchIndex(got.data.items, compileLexicon(got.data.lexicon));
    // Visible in the browser's performance panel, and read by the kiosk benchmark.
    performance.measure('catalogue-index-build', { start, end: performance.now() });
    onChange({ index, data: got.data, views: new Map(Object.entries(got.data.views)) });
  };
  void load();
  const timer = setInterval(() => void load(), REFRESH_MS);
  window.addEventListener('online', load);
  // Pushed by the paired kiosk's socket (device.ts); the poll above is the fallback while it is down.
  window.addEventListener(CATALOGUE_CHANGED, load);
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', load);
    window.removeEventListener(CATALOGUE_CHANGED, load);
  };
}

export function searchLocal(c: LocalCatalogue, q: string, limit = 20): SearchResult {
  return search(c.index, q, { limit, preferLevel: c.data.preferLevel, views: c.views });
}
